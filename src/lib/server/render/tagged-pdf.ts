/**
 * @module The start our tagged PDF documents share (records deliveries, register extracts): A4, PDF 1.7, tagged,
 * with the document's language and title, the embedded Unicode fonts, one `Document` structure root, the bytes
 * collected as they are written, and `block` for a tagged run of text in any script.
 */
import PDFDocument from 'pdfkit';
import { useUnicodeFonts, writeText } from './pdf-fonts';

export type BlockStyle = { size: number; bold?: boolean; color?: string; gap?: number };

export type TaggedPdf = {
	doc: PDFKit.PDFDocument;
	root: PDFKit.PDFStructureElement;
	/** The text width between the margins. */
	width: number;
	/** One structure element (`H1`, `P` …) of text, then `gap` lines of space (the document's default without). */
	block: (type: string, text: string, style: BlockStyle) => void;
	/** Ends the document; resolves to its bytes. */
	finish: () => Promise<Buffer>;
};

export function startTaggedPdf(options: {
	margin: number;
	lang: string;
	info: PDFKit.DocumentInfo;
	ink: string;
	gap: number;
	bufferPages?: boolean;
}): TaggedPdf {
	const doc = new PDFDocument({
		size: 'A4',
		margin: options.margin,
		pdfVersion: '1.7',
		tagged: true,
		lang: options.lang,
		displayTitle: true,
		bufferPages: options.bufferPages ?? false,
		info: options.info
	});
	useUnicodeFonts(doc);
	const chunks: Buffer[] = [];
	doc.on('data', (c: Buffer) => chunks.push(c));
	const done = new Promise<Buffer>((resolve, reject) => {
		doc.on('end', () => resolve(Buffer.concat(chunks)));
		doc.on('error', reject);
	});
	const root = doc.struct('Document');
	doc.addStructure(root);
	const width = doc.page.width - 2 * options.margin;
	const block = (type: string, text: string, style: BlockStyle) => {
		if (!text) return;
		writeText(doc, text, {
			size: style.size,
			bold: style.bold,
			color: style.color ?? options.ink,
			x: options.margin,
			width,
			structParent: root,
			structType: type
		});
		doc.moveDown(style.gap ?? options.gap);
	};
	return {
		doc,
		root,
		width,
		block,
		finish: () => {
			doc.end();
			return done;
		}
	};
}
