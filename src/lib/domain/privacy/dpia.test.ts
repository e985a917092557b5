import { describe, expect, it } from 'vitest';
import { translator } from '../../i18n/index';
import { buildDpia, type DpiaFacts } from './dpia';

const facts = (over: Partial<DpiaFacts> = {}): DpiaFacts => ({
	organisation: {
		name: 'Solbacka kommun',
		recordsPolicy: 'keep',
		contactRetentionDays: 90,
		privacyContact: 'dataskydd@solbacka.example'
	},
	counts: {
		perspectives: 213,
		contacts: 20,
		profiles: 180,
		interviews: 70,
		volunteers: 150,
		members: 19,
		staff: 3,
		statementParticipants: 150
	},
	mailConfigured: true,
	limits: { submissionsPer10Minutes: 30, signInFailuresPer15Minutes: 5 },
	date: '1 juni 2027',
	...over
});

const text = (doc: ReturnType<typeof buildDpia>) => JSON.stringify(doc);
const dataTable = (doc: ReturnType<typeof buildDpia>) =>
	doc.sections[3].blocks[0] as { kind: 'table'; rows: string[][] };

describe('the data protection impact assessment', () => {
	const sv = translator('sv');

	it('fills in a municipality: public interest, records kept under archive law, retention and counts per kind of data', () => {
		const doc = buildDpia(facts(), sv);
		expect(doc.title).toBe('Konsekvensbedömning för dataskydd');
		const rows = dataTable(doc).rows;
		expect(rows.map((r) => r[0])).toEqual([
			'Besked om perspektiv',
			'Beskrivning av sig själv',
			'Perspektiv (texten)',
			'Intervjuer',
			'Anmälda till medborgarpanel',
			'Medlemmar i arbetsgrupper',
			'Personalens konton',
			'Påståenden (åsiktskarta)',
			'Tekniska uppgifter'
		]);
		expect(rows[0][3]).toBe('Samtycke (frivilligt att lämna)');
		expect(rows[0][4]).toContain('90 dagar');
		expect(rows[2][3]).toContain('allmänt intresse');
		expect(rows[2][4]).toContain('arkivlagen');
		expect(rows.map((r) => r[5])).toEqual(['20', '180', '213', '70', '150', '19', '3', '150', '–']);
		expect(text(doc)).toContain('Dataskyddsombud: dataskydd@solbacka.example.');
		expect(text(doc)).toContain('gallringsbeslut för perspektiven');
		expect(text(doc)).toContain('personuppgiftsbiträde');
		expect(text(doc)).toContain('politiska åsikter, hälsa, religion eller etniskt ursprung');
		expect(text(doc)).toContain('Ingen. Medskapa hämtar inga typsnitt');
		expect(text(doc)).toContain('Högst 5 misslyckade inloggningar');
	});

	it('fills in an association: consent, deletion for real, no disposal decisions, and says when nothing is mailed or no officer is named', () => {
		const doc = buildDpia(
			facts({
				organisation: { name: 'Lillby byalag', recordsPolicy: 'delete', contactRetentionDays: 30, privacyContact: '' },
				mailConfigured: false
			}),
			sv
		);
		const rows = dataTable(doc).rows;
		expect(rows[2][3]).toBe('Samtycke (frivilligt att lämna)');
		expect(rows[2][4]).toBe('Tas bort på riktigt när den som skrev drar tillbaka det.');
		expect(rows[0][4]).toContain('30 dagar');
		expect(text(doc)).not.toContain('gallringsbeslut');
		expect(text(doc)).toContain('står inte i inställningarna');
		expect(text(doc)).toContain('Inga mejl skickas ännu');
	});

	it('has the same content in English', () => {
		const doc = buildDpia(facts(), translator('en'));
		expect(doc.title).toBe('Data protection impact assessment');
		expect(dataTable(doc).rows[0][0]).toBe('Feedback on perspectives');
		expect(doc.sections.map((s) => s.blocks.length)).toEqual(
			buildDpia(facts(), sv).sections.map((s) => s.blocks.length)
		);
	});
});
