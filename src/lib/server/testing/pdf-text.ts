/**
 * @module Test helper: the text a reader gets out of a PDF, as poppler's `pdftotext -raw` extracts it (Debian's
 * poppler-utils): through the embedded fonts' ToUnicode maps, in content-stream order, which in our tagged PDFs
 * is reading order (pdf-fonts.ts writes right-to-left lines that way; without -raw, poppler orders the words of
 * a mixed Arabic line left to right on a mostly left-to-right page). The directional marks pdftotext adds are
 * removed. Lines are joined by newlines; callers normalise whitespace before comparing phrases.
 */
import { execFileSync, spawnSync } from 'node:child_process';

/** Directional formatting characters (LRE, RLE, PDF, LRO, RLO, LRM, RLM, isolates) that pdftotext adds. */
const BIDI_CONTROLS = /[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

export function pdfText(pdf: Buffer | Uint8Array): string {
	return execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', '-', '-'], { input: pdf, maxBuffer: 64 * 1024 * 1024 })
		.toString('utf8')
		.replace(BIDI_CONTROLS, '')
		.replace(/\f/g, '\n');
}

/** What poppler complains about while reading the PDF (e.g. "Mismatched EMC operator"): none, for a sound file. */
export function pdfWarnings(pdf: Buffer | Uint8Array): string[] {
	const run = spawnSync('pdftotext', ['-raw', '-', '/dev/null'], { input: pdf });
	return run.stderr
		.toString('utf8')
		.split('\n')
		.filter((line) => line.trim() !== '');
}

/** The PDF's text with every run of whitespace made one space: easy to search for phrases. */
export const pdfPlainText = (pdf: Buffer | Uint8Array) => pdfText(pdf).replace(/\s+/g, ' ');

/** The fonts a PDF uses, as poppler's `pdffonts` lists them (name without the subset prefix, and embedded). */
export function pdfFonts(pdf: Buffer | Uint8Array): { name: string; embedded: boolean }[] {
	const out = execFileSync('pdffonts', ['-'], { input: pdf }).toString('utf8');
	return out
		.split('\n')
		.slice(2)
		.filter((line) => line.trim() !== '')
		.map((line) => {
			const columns = line.trim().split(/\s+/);
			// name, type (one or two words), encoding, emb, sub, uni, object, id
			const embedded = columns[columns.length - 5] === 'yes';
			return { name: columns[0].replace(/^[A-Z]{6}\+/, ''), embedded };
		});
}
