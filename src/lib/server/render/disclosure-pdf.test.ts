import { describe, expect, it } from 'vitest';
import type { Delivery } from '../../domain/disclosure/delivery';
import { pdfFonts, pdfPlainText, pdfWarnings } from '../testing/pdf-text';
import { renderDisclosurePdf } from './disclosure-pdf';

const ARABIC = 'نحتاج إلى إضاءة أفضل في الشارع في المساء.';
const UKRAINIAN = 'Вечорами на вулиці темно, і я боюся йти додому.';

const delivery = (fields: Delivery['records'][number]['fields']): Delivery => ({
	version: 1,
	reference: 'U-2026-7',
	organisation: 'Solbacka kommun',
	receivedAt: '1 december 2026',
	channel: 'E-post',
	subject: 'Alla handlingar om Trygg Storgatan',
	selection: { process: 'Trygg Storgatan', period: 'Hela tiden', recordTypes: 'Perspektiv' },
	decidedAt: '3 december 2026',
	decidedBy: 'Eva Holm',
	outcome: 'partial',
	outcomeText: 'Delvis avslag',
	reason: 'Uppgifter om enskildas personliga förhållanden är sekretessbelagda.',
	appeal: 'Beslutet kan överklagas till kammarrätten inom tre veckor.',
	grounds: [{ code: 'OSL 21 kap. 7 §', label: 'Personuppgifter' }],
	counts: { records: 1, masked: 1 },
	records: [
		{ key: 'p1', heading: 'Perspektiv', processTitle: 'Trygg Storgatan', date: '2 december 2026', facts: [], fields }
	]
});

describe('the delivery of a public-records request as PDF', () => {
	it('sets what residents wrote in Arabic and Ukrainian in embedded fonts and gives it back as written', async () => {
		const pdf = await renderDisclosurePdf(
			delivery([
				{ label: 'Text', segments: [{ text: ARABIC }] },
				{ label: 'Text', segments: [{ text: `${UKRAINIAN} ` }, { masked: true, ground: 'OSL 21 kap. 7 §' }] }
			])
		);
		// pdftotext may set a space beside punctuation where a right-to-left line's runs meet; the words are the same.
		const normalise = (s: string) => s.replace(/\s*([^\p{L}\p{M}\p{N}\s])\s*/gu, '$1').replace(/\s+/g, ' ');
		const text = pdfPlainText(pdf);
		expect(normalise(text)).toContain(normalise(ARABIC));
		expect(text).toContain(UKRAINIAN);
		expect(text).toContain('[MASKERAT – OSL 21 kap. 7 §]');
		expect(pdfFonts(pdf).every((f) => f.embedded && !/Helvetica/.test(f.name))).toBe(true);
		expect(pdfWarnings(pdf)).toEqual([]);
	});
});
