import { describe, expect, it } from 'vitest';
import { applyMasks, findExact, maskText, passageKey, proposePassages } from './masking';

const G7 = 'OSL 21 kap. 7 §';
const G1 = 'OSL 21 kap. 1 §';

describe('masking the records of a request', () => {
	it('replaces a masked passage by a marker naming its ground', () => {
		const text = 'Ring mig på 070-312 45 78 i kväll.';
		const [phone] = proposePassages('perspective_1', 'text', text);
		expect(phone.kind).toBe('phone');
		expect(maskText(text, [{ ...phone, ground: G7 }])).toBe('Ring mig på [MASKERAT – OSL 21 kap. 7 §] i kväll.');
	});

	it('proposes names, phone numbers and email addresses with stable keys', () => {
		const text = 'Min granne Lena Sjöberg, 070-312 45 78, lena.sjoberg@example.se';
		const found = proposePassages('perspective_1', 'text', text);
		expect(found.map((p) => p.kind)).toEqual(['name', 'phone', 'email']);
		expect(found.map((p) => text.slice(p.start, p.end))).toEqual([
			'Lena Sjöberg',
			'070-312 45 78',
			'lena.sjoberg@example.se'
		]);
		expect(found[0].key).toBe(passageKey('perspective_1', 'text', found[0].start, found[0].end));
		expect(found[0].key).not.toContain('.');
	});

	it('merges overlapping and touching passages into one marker with every ground once', () => {
		const text = 'abcdefghij';
		expect(
			applyMasks(text, [
				{ start: 2, end: 5, ground: G7 },
				{ start: 4, end: 7, ground: G1 },
				{ start: 7, end: 8, ground: G7 }
			])
		).toEqual([{ text: 'ab' }, { masked: true, ground: `${G7}, ${G1}` }, { text: 'ij' }]);
	});

	it('keeps a passage inside another as one marker, and ignores empty or out-of-range masks', () => {
		const text = 'Hej Anna Berg hej';
		expect(
			maskText(text, [
				{ start: 4, end: 13, ground: G7 },
				{ start: 4, end: 8, ground: G7 },
				{ start: 9, end: 9, ground: G1 },
				{ start: 15, end: 99, ground: G1 }
			])
		).toBe(`Hej [MASKERAT – ${G7}] h[MASKERAT – ${G1}]`);
	});

	it('leaves text without masks as it is', () => {
		expect(applyMasks('Inget att dölja', [])).toEqual([{ text: 'Inget att dölja' }]);
		expect(applyMasks('', [{ start: 0, end: 3, ground: G7 }])).toEqual([]);
	});

	it('finds every exact occurrence of a passage the reviewer gives, not overlapping', () => {
		expect(findExact('Lena och Lena, lena', 'Lena')).toEqual([
			{ start: 0, end: 4 },
			{ start: 9, end: 13 }
		]);
		expect(findExact('aaaa', 'aa')).toEqual([
			{ start: 0, end: 2 },
			{ start: 2, end: 4 }
		]);
		expect(findExact('text', '')).toEqual([]);
	});
});

describe('the review over the gathered records', async () => {
	const { reviewPassages, maskedFields, maskedCount } = await import('./review');
	const records = [
		{
			key: 'perspective_a',
			fields: [{ name: 'text', text: 'Min granne Lena Sjöberg har nummer 070-312 45 78. Lena vet.' }]
		},
		{
			key: 'message_b',
			fields: [{ name: 'body', text: 'Din kod: DM-ABC-123, se https://x.example/kvitto/DM-ABC-123' }]
		}
	];

	it('masks every proposal by default with the default ground, codes and links included', () => {
		const passages = reviewPassages(records, { passages: {}, manual: [] }, 'g7');
		expect(passages.map((p) => [p.kind, p.text])).toEqual([
			['name', 'Lena Sjöberg'],
			['phone', '070-312 45 78'],
			['code', 'DM-ABC-123'],
			['link', 'https://x.example/kvitto/DM-ABC-123']
		]);
		expect(passages.every((p) => p.masked && p.groundId === 'g7')).toBe(true);
	});

	it('applies what the reviewer unmasked, regrounded and added', () => {
		const first = reviewPassages(records, { passages: {}, manual: [] }, 'g7');
		const review = {
			passages: {
				[first[1].key]: { masked: false, groundId: null },
				[first[0].key]: { masked: true, groundId: 'g1' }
			},
			manual: [{ id: 'm1', text: 'Lena', recordKey: null, groundId: 'g1' }]
		};
		const passages = reviewPassages(records, review, 'g7');
		expect(maskedCount(passages)).toBe(5); // name, code, link, and "Lena" twice
		const codes: Record<string, string> = { g7: 'OSL 21 kap. 7 §', g1: 'OSL 21 kap. 1 §' };
		const [text] = maskedFields(records[0], passages, (id) => codes[id ?? 'g7']);
		const plain = text.segments.map((s) => ('masked' in s ? `[${s.ground}]` : s.text)).join('');
		expect(plain).toBe('Min granne [OSL 21 kap. 1 §] har nummer 070-312 45 78. [OSL 21 kap. 1 §] vet.');
	});
});
