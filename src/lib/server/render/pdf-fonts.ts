/**
 * @module Unicode fonts and script-aware text for every PDF we write with pdfkit. The standard PDF fonts
 * (Helvetica) know only WinAnsi, so Arabic and Ukrainian came out as garbage. Here the fonts come from npm
 * packages (nothing is downloaded at run time) and pdfkit embeds only the glyphs used:
 * Noto Sans for Latin, Cyrillic and Greek (@embedpdf/fonts-latin), Noto Naskh Arabic (@embedpdf/fonts-arabic)
 * and Noto Sans Ethiopic (@fontsource/noto-sans-ethiopic), regular and bold each.
 *
 * pdfkit has no bidirectional algorithm, so `writeText` lays out paragraphs itself: it picks the font per run of
 * text, breaks lines, resolves embedding levels with bidi-js (UAX #9, the paragraph's direction from its first
 * strong character, as `dir="auto"`), and draws each line's runs in visual order; a right-to-left paragraph is
 * right-aligned. fontkit shapes an Arabic run (joining forms) from its logical string and returns its glyphs
 * right to left. The embedded ToUnicode maps and the visual order let text extraction (pdftotext) give the
 * logical text back.
 */
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import bidiFactory, { type EmbeddingLevels } from 'bidi-js';
import { create as createFont, type Font } from 'fontkit';

export const SANS = 'Medskapa-Sans';
export const SANS_BOLD = 'Medskapa-Sans-Bold';
const ARABIC = 'Medskapa-Arabic';
const ARABIC_BOLD = 'Medskapa-Arabic-Bold';
const ETHIOPIC = 'Medskapa-Ethiopic';
const ETHIOPIC_BOLD = 'Medskapa-Ethiopic-Bold';

type Script = 'latin' | 'arabic' | 'ethiopic';
const FONT_NAMES: Record<Script, [regular: string, bold: string]> = {
	latin: [SANS, SANS_BOLD],
	arabic: [ARABIC, ARABIC_BOLD],
	ethiopic: [ETHIOPIC, ETHIOPIC_BOLD]
};

const require = createRequire(import.meta.url);
const packageDir = (entry: string) => dirname(require.resolve(entry));
let loaded: Record<string, Font> | undefined;

/**
 * The fonts, read and parsed once per process and shared by every document (pdfkit takes a fontkit font as
 * its source and makes its own subset per document): parsing Noto Sans's layout tables costs ~100 ms.
 */
function fonts(): Record<string, Font> {
	if (loaded) return loaded;
	const latin = join(packageDir('@embedpdf/fonts-latin'), '..', 'fonts');
	const arabic = join(packageDir('@embedpdf/fonts-arabic'), '..', 'fonts');
	const ethiopic = join(packageDir('@fontsource/noto-sans-ethiopic/package.json'), 'files');
	const files: Record<string, string> = {
		[SANS]: join(latin, 'NotoSans-Regular.ttf'),
		[SANS_BOLD]: join(latin, 'NotoSans-Bold.ttf'),
		[ARABIC]: join(arabic, 'NotoNaskhArabic-Regular.ttf'),
		[ARABIC_BOLD]: join(arabic, 'NotoNaskhArabic-Bold.ttf'),
		[ETHIOPIC]: join(ethiopic, 'noto-sans-ethiopic-ethiopic-400-normal.woff'),
		[ETHIOPIC_BOLD]: join(ethiopic, 'noto-sans-ethiopic-ethiopic-700-normal.woff')
	};
	loaded = Object.fromEntries(Object.entries(files).map(([name, file]) => [name, createFont(readFileSync(file))]));
	return loaded;
}

/**
 * Registers the Unicode fonts on a new document and makes Noto Sans its current font. Call once, right after
 * `new PDFDocument(...)`. Afterwards `SANS` / `SANS_BOLD` are valid font names for pdfkit calls (tables).
 */
export function useUnicodeFonts(doc: PDFKit.PDFDocument): PDFKit.PDFDocument {
	for (const [name, font] of Object.entries(fonts())) {
		doc.registerFont(name, font as unknown as Uint8Array);
		shareLayoutCache(doc.font(name));
	}
	return doc.font(SANS);
}

/**
 * Shaping words with fontkit (Noto Sans's kerning and ligature tables) is the main cost of a report. pdfkit
 * caches shaped words per document and font; the fonts are shared, so the cache can be too: each document's
 * pdfkit font gets the process-wide cache of its font, started afresh when it has grown large. (pdfkit only
 * embeds a font a document writes with, so opening all of them here costs nothing in the file.)
 */
const layoutCaches = new Map<string, Record<string, unknown>>();
const LAYOUT_CACHE_LIMIT = 20_000;

function shareLayoutCache(doc: PDFKit.PDFDocument) {
	const font = (doc as unknown as { _font?: { name?: string; layoutCache?: Record<string, unknown> } })._font;
	if (!font?.layoutCache || !font.name) return;
	const shared = layoutCaches.get(font.name);
	if (shared && Object.keys(shared).length < LAYOUT_CACHE_LIMIT) font.layoutCache = shared;
	else layoutCaches.set(font.name, font.layoutCache);
}

const bidi = bidiFactory();

function scriptOf(code: number): Script | null {
	if (
		(code >= 0x0600 && code <= 0x06ff) ||
		(code >= 0x0750 && code <= 0x077f) ||
		(code >= 0x0870 && code <= 0x08ff) ||
		(code >= 0xfb50 && code <= 0xfdff) ||
		(code >= 0xfe70 && code <= 0xfeff)
	)
		return 'arabic';
	if (
		(code >= 0x1200 && code <= 0x139f) ||
		(code >= 0x2d80 && code <= 0x2ddf) ||
		(code >= 0xab00 && code <= 0xab2f) ||
		(code >= 0x1e7e0 && code <= 0x1e7ff)
	)
		return 'ethiopic';
	return null;
}

const LETTER = /[\p{L}\p{M}]/u;
/** Right-to-left letters and directional controls: text without them is laid out without bidi-js (faster). */
const BIDI_RELEVANT =
	/[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff\u200f\u202a-\u202e\u2066-\u2069\u{10800}-\u{10fff}\u{1e800}-\u{1efff}]/u;

/** Embedding levels, or all zero (left to right) when the text holds nothing right to left. */
function levelsOf(text: string): EmbeddingLevels {
	if (!BIDI_RELEVANT.test(text))
		return { levels: new Uint8Array(text.length), paragraphs: [{ start: 0, end: text.length - 1, level: 0 }] };
	return bidi.getEmbeddingLevels(text);
}
const RTL_SCRIPT = /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}]/u;

/** The paragraph direction a reader expects: that of the first strong character (as `dir="auto"`). */
export function textDirection(text: string): 'ltr' | 'rtl' {
	const { paragraphs } = levelsOf(text);
	return (paragraphs[0]?.level ?? 0) % 2 === 1 ? 'rtl' : 'ltr';
}

/** Whether a font has a glyph for a code point. */
const covers = (name: string, code: number) => fonts()[name].hasGlyphForCodePoint(code);
/** The height of a font's ascender at a size, in points. */
const ascenderOf = (name: string, size: number) => (fonts()[name].ascent / fonts()[name].unitsPerEm) * size;

/** The script whose font draws each UTF-16 unit: letters by their script, the rest from their neighbours. */
function scriptsOf(text: string): Script[] {
	const units = text.length;
	const own: (Script | null)[] = new Array(units).fill(null);
	const strong: boolean[] = new Array(units).fill(false);
	for (let i = 0; i < units; i++) {
		const code = text.codePointAt(i)!;
		const wide = code > 0xffff;
		const char = String.fromCodePoint(code);
		if (LETTER.test(char)) {
			own[i] = scriptOf(code) ?? 'latin';
			strong[i] = true;
		}
		if (wide) {
			own[i + 1] = own[i];
			strong[i + 1] = strong[i];
			i++;
		}
	}
	const result: Script[] = new Array(units);
	let previous: Script | null = null;
	for (let i = 0; i < units; i++) {
		if (strong[i]) {
			previous = own[i];
			result[i] = own[i]!;
			continue;
		}
		let next: Script | null = null;
		for (let j = i + 1; j < units && next === null; j++) if (strong[j]) next = own[j];
		const code = text.codePointAt(i)!;
		const candidates = [previous, next].filter((s): s is Script => s !== null && s !== 'latin');
		result[i] = candidates.find((s) => covers(FONT_NAMES[s][0], code)) ?? 'latin';
		if (code > 0xffff) result[++i] = result[i - 1];
	}
	return result;
}

export type WriteTextOptions = {
	/** Font size in points. */
	size: number;
	bold?: boolean;
	color?: string;
	/** Left edge; defaults to the page's left margin. */
	x?: number;
	/** Top of the first line; defaults to doc.y. */
	y?: number;
	/** Line width; defaults to the page width less the margins and the indent from the margin. */
	width?: number;
	/** Extra space between lines, in points. */
	lineGap?: number;
	/** Overrides the alignment that follows the paragraph's direction (left for LTR, right for RTL). */
	align?: 'left' | 'right';
	/** Tagged PDF: the structure element to put this text in, and its type (P, H1, BlockQuote, Caption …). */
	structParent?: PDFKit.PDFStructureElement;
	structType?: string;
};

type Line = { start: number; end: number };

/**
 * Writes text (paragraphs separated by "\n") like `doc.text`, in any script: the font follows the script of
 * each run, right-to-left paragraphs are ordered visually and right-aligned. Breaks onto new pages as needed
 * and leaves doc.y under the last line. With `structParent` the text becomes one structure element.
 */
export function writeText(doc: PDFKit.PDFDocument, text: string, options: WriteTextOptions): void {
	const x = options.x ?? doc.page.margins.left;
	const width = options.width ?? doc.page.width - doc.page.margins.right - x;
	if (options.y !== undefined) doc.y = options.y;
	const draw = () => {
		for (const paragraph of text.split(/\r?\n/)) writeParagraph(doc, paragraph, x, width, options);
	};
	if (options.structParent) {
		const element = doc.struct(options.structType ?? 'P');
		options.structParent.add(element);
		element.add(draw);
		element.end();
	} else draw();
	doc.x = x;
	doc.font(options.bold ? SANS_BOLD : SANS);
}

function writeParagraph(doc: PDFKit.PDFDocument, text: string, x: number, width: number, options: WriteTextOptions) {
	const size = options.size;
	const pick = (script: Script) => FONT_NAMES[script][options.bold ? 1 : 0];
	if (text.trim() === '') {
		doc.font(pick('latin')).fontSize(size);
		doc.y += doc.currentLineHeight(true) + (options.lineGap ?? 0);
		return;
	}
	const scripts = scriptsOf(text);
	const levels = levelsOf(text);
	const rtl = (levels.paragraphs[0]?.level ?? 0) % 2 === 1;
	const plain = !BIDI_RELEVANT.test(text);

	const measure = (start: number, end: number) => {
		let total = 0;
		for (let i = start; i < end;) {
			let j = i + 1;
			while (j < end && scripts[j] === scripts[i]) j++;
			total += doc.font(pick(scripts[i])).fontSize(size).widthOfString(text.slice(i, j));
			i = j;
		}
		return total;
	};

	// Greedy line breaking at spaces; a word wider than the line is cut between characters.
	const lines: Line[] = [];
	let line: Line | null = null;
	let lineWidth = 0;
	for (const match of text.matchAll(/\S+\s*|\s+/g)) {
		const start = match.index;
		const wordEnd = start + match[0].trimEnd().length;
		const end = start + match[0].length;
		const wordWidth = measure(start, wordEnd);
		if (line && lineWidth + wordWidth <= width) {
			line.end = end;
			lineWidth += measure(start, end);
			continue;
		}
		if (line) lines.push(line);
		if (wordWidth <= width) {
			line = { start, end };
			lineWidth = measure(start, end);
			continue;
		}
		let pieceStart = start;
		for (let i = start; i < wordEnd;) {
			const step = text.codePointAt(i)! > 0xffff ? 2 : 1;
			if (i > pieceStart && measure(pieceStart, i + step) > width) {
				lines.push({ start: pieceStart, end: i });
				pieceStart = i;
			}
			i += step;
		}
		line = { start: pieceStart, end };
		lineWidth = measure(pieceStart, end);
	}
	if (line) lines.push(line);

	for (const { start, end } of lines) {
		let last = end;
		while (last > start && /\s/.test(text[last - 1])) last--;
		if (last === start) continue;
		// Visual order of the line (UAX #9, L2).
		const order = Array.from({ length: last - start }, (_, i) => start + i);
		for (const [from, to] of plain ? [] : bidi.getReorderSegments(text, levels, start, last - 1)) {
			const slice = order.slice(from - start, to - start + 1).reverse();
			order.splice(from - start, slice.length, ...slice);
		}
		// Runs of one font, one direction and consecutive logical positions, left to right.
		type Run = { script: Script; odd: boolean; from: number; to: number };
		const runs: Run[] = [];
		for (const index of order) {
			const odd = levels.levels[index] % 2 === 1;
			const previous = runs[runs.length - 1];
			if (
				previous &&
				previous.script === scripts[index] &&
				previous.odd === odd &&
				index === previous.to + (odd ? -1 : 1)
			) {
				previous.to = index;
			} else runs.push({ script: scripts[index], odd, from: index, to: index });
		}
		// Each run becomes pieces with their logical position; a right-to-left run one piece per word and per
		// mark between words (Arabic letters join within a word only), so that the content stream, which a tagged
		// PDF's reader and text
		// extraction follow, holds the line in reading order while each piece is placed where it is seen.
		type Piece = { font: string; text: string; features?: PDFKit.Mixins.OpenTypeFeatures[]; logical: number };
		const visualRuns: Piece[][] = runs.map((run) => {
			const low = Math.min(run.from, run.to);
			const high = Math.max(run.from, run.to);
			const font = pick(run.script);
			const logical = text.slice(low, high + 1);
			if (!run.odd) return [{ font, text: logical, logical: low }];
			const mirrored = Array.from(logical, (c) => bidi.getMirroredCharacter(c) ?? c).join('');
			// fontkit shapes a run in a right-to-left script and returns its glyphs right to left itself;
			// neutral characters on a right-to-left level we turn around here.
			if (!RTL_SCRIPT.test(mirrored)) return [{ font, text: Array.from(mirrored).reverse().join(''), logical: low }];
			return [...mirrored.matchAll(/[\p{L}\p{M}\p{N}]+|[^\p{L}\p{M}\p{N}]+/gu)]
				.map(({ 0: piece, index }) =>
					RTL_SCRIPT.test(piece)
						? { font, text: piece, features: [] as PDFKit.Mixins.OpenTypeFeatures[], logical: low + index }
						: { font, text: Array.from(piece).reverse().join(''), logical: low + index }
				)
				.reverse();
		});

		let ascender = 0;
		let lineHeight = 0;
		let total = 0;
		const placed = visualRuns.flat().map((piece) => {
			doc.font(piece.font).fontSize(size);
			const pieceAscender = ascenderOf(piece.font, size);
			ascender = Math.max(ascender, pieceAscender);
			lineHeight = Math.max(lineHeight, doc.currentLineHeight(true));
			const pieceWidth = doc.widthOfString(piece.text, { features: piece.features });
			const left = total;
			total += pieceWidth;
			return { ...piece, ascender: pieceAscender, left };
		});
		if (doc.y + lineHeight > doc.page.height - doc.page.margins.bottom && doc.y > doc.page.margins.top) {
			// As pdfkit's own text does: close the open marked content on this page and reopen it on the next.
			doc.continueOnNewPage();
		}
		const top = doc.y;
		const right = (options.align ?? (rtl ? 'right' : 'left')) === 'right';
		const origin = right ? x + width - total : x;
		for (const piece of placed.sort((a, b) => a.logical - b.logical)) {
			doc
				.font(piece.font)
				.fontSize(size)
				.fillColor(options.color ?? 'black');
			doc.text(piece.text, origin + piece.left, top + ascender - piece.ascender, {
				lineBreak: false,
				features: piece.features
			});
		}
		doc.y = top + lineHeight + (options.lineGap ?? 0);
	}
}

/**
 * A pdfkit table cell in the right font: Noto Sans, or the Arabic / Ethiopic font when the text's first
 * letter is of that script. A cell whose text runs right to left is right-aligned and shaped as one run
 * (a table cell is a short label: left-to-right numbers inside it are turned so that they read correctly).
 */
export function tableCell(
	text: string,
	options: { bold?: boolean; type?: 'TH' | 'TD' } = {}
): PDFKit.Mixins.CellOptions {
	const first = Array.from(text).find((c) => LETTER.test(c));
	const script = (first && scriptOf(first.codePointAt(0)!)) || 'latin';
	const font = { src: FONT_NAMES[script][options.bold ? 1 : 0] };
	const type = options.type ? { type: options.type } : {};
	if (textDirection(text) === 'ltr') return { text, font, ...type };
	// fontkit turns the whole line around; turn left-to-right runs (digits, Latin) first so they end up readable.
	const levels = bidi.getEmbeddingLevels(text);
	let shaped = '';
	for (let i = 0; i < text.length;) {
		let j = i + 1;
		const even = levels.levels[i] % 2 === 0;
		while (j < text.length && (levels.levels[j] % 2 === 0) === even) j++;
		const piece = text.slice(i, j);
		shaped += even ? Array.from(piece).reverse().join('') : piece;
		i = j;
	}
	return { text: shaped, font, align: { x: 'right' }, textOptions: { features: [] }, ...type };
}
