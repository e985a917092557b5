import { describe, expect, it } from 'vitest';
import PDFDocument from 'pdfkit';
import { pdfFonts, pdfPlainText, pdfWarnings } from '../testing/pdf-text';
import { tableCell, textDirection, useUnicodeFonts, writeText } from './pdf-fonts';

function render(draw: (doc: PDFKit.PDFDocument) => void): Promise<Buffer> {
	const doc = new PDFDocument({ size: 'A4', margin: 56, tagged: true, lang: 'sv-SE' });
	useUnicodeFonts(doc);
	const chunks: Buffer[] = [];
	doc.on('data', (c: Buffer) => chunks.push(c));
	const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
	draw(doc);
	doc.end();
	return done;
}

describe('Unicode text in PDFs', () => {
	it('takes a paragraph’s direction from its first strong character, as dir="auto"', () => {
		expect(textDirection('2026: نحتاج إلى مكان')).toBe('rtl');
		expect(textDirection('Anna sa: نحتاج')).toBe('ltr');
		expect(textDirection('Нам потрібне місце')).toBe('ltr');
	});

	it('right-aligns an Arabic paragraph and left-aligns a Ukrainian one', async () => {
		const xs: Record<string, number[]> = { ar: [], uk: [] };
		await render((doc) => {
			const text = doc.text.bind(doc);
			let current: 'ar' | 'uk' = 'ar';
			doc.text = ((s: string, x?: number, ...rest: unknown[]) => {
				xs[current].push(x ?? 0);
				return (text as (...a: unknown[]) => PDFKit.PDFDocument)(s, x, ...rest);
			}) as typeof doc.text;
			writeText(doc, 'نحتاج إلى مكان', { size: 12 });
			current = 'uk';
			writeText(doc, 'Нам потрібне місце', { size: 12 });
		});
		expect(Math.min(...xs.ar)).toBeGreaterThan(300);
		expect(Math.min(...xs.uk)).toBe(56);
	});

	it('breaks long text over lines and pages, keeping one structure element, and gives it back', async () => {
		const words = Array.from({ length: 900 }, (_, i) => (i % 2 ? 'مكان' : 'للقاء')).join(' ');
		const pdf = await render((doc) => {
			const root = doc.struct('Document');
			doc.addStructure(root);
			writeText(doc, words, { size: 12, structParent: root, structType: 'P' });
			root.end();
		});
		expect(pdf.toString('latin1').match(/\/Type \/Page\b/g)!.length).toBeGreaterThan(1);
		expect(pdf.toString('latin1').match(/\/S \/P\b/g)).toHaveLength(1);
		expect(pdfPlainText(pdf).trim()).toBe(words);
		// The marked content is closed on one page and reopened on the next, as pdfkit's own text does.
		expect(pdfWarnings(pdf)).toEqual([]);
	});

	it('writes Amharic in the Ethiopic font and cuts a word wider than the line', async () => {
		const pdf = await render((doc) => {
			writeText(doc, 'በመንደሩ ውስጥ', { size: 12 });
			writeText(doc, 'x'.repeat(200), { size: 12, bold: true });
		});
		const text = pdfPlainText(pdf);
		expect(text).toContain('በመንደሩ ውስጥ');
		expect(text.replace(/\s/g, '')).toContain('x'.repeat(200));
		expect(
			pdfFonts(pdf)
				.map((f) => f.name)
				.sort()
		).toEqual(['NotoSans-Bold', 'NotoSansEthiopic-Regular']);
	});

	it('puts a table cell in the font of its script, an Arabic one right-aligned', () => {
		expect(tableCell('Lillby', { bold: true, type: 'TH' })).toEqual({
			text: 'Lillby',
			font: { src: 'Medskapa-Sans-Bold' },
			type: 'TH'
		});
		expect(tableCell('أقل من 5')).toMatchObject({
			font: { src: 'Medskapa-Arabic' },
			align: { x: 'right' },
			text: 'أقل من 5'
		});
		expect(tableCell('المنطقة 12')).toMatchObject({ text: 'المنطقة 21' });
	});
});
