/**
 * @module The decision-memo declaration as a Word document (DOCX, with the `docx` package): real heading
 * styles and bulleted lists, so it pastes into a municipality's memo template keeping its structure, and the
 * document language and title set for screen readers.
 */
import { Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import type { Declaration } from '../../domain/decision/declaration';

export async function renderDeclarationDocx(d: Declaration, lang: 'sv' | 'en'): Promise<Buffer> {
	const language = lang === 'sv' ? 'sv-SE' : 'en-GB';
	const run = (text: string) => new TextRun({ text, language: { value: language } });
	const children: Paragraph[] = [
		new Paragraph({ heading: HeadingLevel.HEADING_1, children: [run(d.title)] }),
		new Paragraph({ children: [run(d.subtitle)] })
	];
	for (const s of d.sections) {
		children.push(new Paragraph({ heading: HeadingLevel.HEADING_2, children: [run(s.heading)] }));
		for (const b of s.blocks) {
			if (b.kind === 'paragraph') children.push(new Paragraph({ children: [run(b.text)] }));
			else for (const item of b.items) children.push(new Paragraph({ bullet: { level: 0 }, children: [run(item)] }));
		}
	}
	const doc = new Document({
		title: d.title,
		description: d.subtitle,
		creator: 'Medskapa',
		styles: { default: { document: { run: { language: { value: language } } } } },
		sections: [{ children }]
	});
	return Packer.toBuffer(doc);
}
