import { describe, expect, it } from 'vitest';
import { guardCell, toCsv } from './csv';

describe('CSV for staff exports', () => {
	it('starts with a byte order mark, ends lines with CRLF and keeps Swedish letters', () => {
		const csv = toCsv({
			columns: ['Tema', 'Antal'],
			rows: [
				['Trygghet på kvällarna', 12],
				['Åk buss, öppna skolan', 3]
			]
		});
		expect(csv.charCodeAt(0)).toBe(0xfeff);
		expect(csv.slice(1)).toBe('Tema,Antal\r\nTrygghet på kvällarna,12\r\n"Åk buss, öppna skolan",3\r\n');
	});

	it('quotes fields with commas, quotes and line breaks as RFC 4180 says', () => {
		const csv = toCsv({ columns: ['text'], rows: [['Hon sa "nej"'], ['rad ett\nrad två'], ['a,b'], [''], [null]] });
		expect(csv.slice(1).split('\r\n')).toEqual(['text', '"Hon sa ""nej"""', '"rad ett\nrad två"', '"a,b"', '', '', '']);
	});

	it('turns cells a spreadsheet would run as a formula into text with a leading apostrophe', () => {
		for (const attack of [
			'=HYPERLINK("http://evil.example","klicka")',
			'+1+1',
			'-2+3',
			'@SUM(A1:A2)',
			'\t=1',
			'\r=1'
		]) {
			expect(guardCell(attack)).toBe(`'${attack}`);
		}
		const csv = toCsv({ columns: ['text'], rows: [['=1+1'], ['=cmd|"/c calc"!A1']] });
		expect(csv.slice(1).split('\r\n').slice(1, 3)).toEqual(["'=1+1", `"'=cmd|""/c calc""!A1"`]);
	});

	it('leaves ordinary text, numbers (also negative ones) and text with a sign inside alone', () => {
		expect(guardCell('Bättre belysning = tryggare')).toBe('Bättre belysning = tryggare');
		expect(guardCell(-3)).toBe(-3);
		expect(guardCell(true)).toBe(true);
		expect(guardCell(new Date('2027-01-02T03:04:05Z'))).toBe('2027-01-02T03:04:05.000Z');
	});
});
