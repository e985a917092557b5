/**
 * @module Test helper: the text a reader would get out of a PDF written with pdfkit's standard fonts
 * (Flate-compressed content streams, hex strings in TJ arrays, WinAnsi encoding). Lines are joined by
 * newlines; callers normalise whitespace before comparing phrases.
 */
import { inflateSync } from 'node:zlib';

/** WinAnsi codes 0x80–0x9F that differ from Latin-1. */
const WIN_ANSI: Record<number, string> = {
	0x91: '‘',
	0x92: '’',
	0x93: '“',
	0x94: '”',
	0x95: '•',
	0x96: '–',
	0x97: '—',
	0x85: '…',
	0x80: '€'
};

function decodeHex(hex: string): string {
	let out = '';
	for (let i = 0; i + 1 < hex.length; i += 2) {
		const code = parseInt(hex.slice(i, i + 2), 16);
		out += WIN_ANSI[code] ?? String.fromCharCode(code);
	}
	return out;
}

export function pdfText(pdf: Buffer): string {
	const raw = pdf.toString('latin1');
	const lines: string[] = [];
	const streamRe = /stream\r?\n/g;
	let match: RegExpExecArray | null;
	while ((match = streamRe.exec(raw))) {
		const start = match.index + match[0].length;
		const end = raw.indexOf('endstream', start);
		if (end < 0) break;
		let content: string;
		try {
			content = inflateSync(pdf.subarray(start, end)).toString('latin1');
		} catch {
			continue;
		}
		for (const op of content.matchAll(/\[((?:<[0-9a-fA-F]*>|\s|-?[\d.]+)*)\]\s*TJ/g)) {
			lines.push([...op[1].matchAll(/<([0-9a-fA-F]*)>/g)].map((h) => decodeHex(h[1])).join(''));
		}
		streamRe.lastIndex = end;
	}
	return lines.join('\n');
}

/** The PDF's text with every run of whitespace made one space: easy to search for phrases. */
export const pdfPlainText = (pdf: Buffer) => pdfText(pdf).replace(/\s+/g, ' ');
