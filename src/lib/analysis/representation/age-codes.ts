/**
 * @module Ages as year ranges. SCB age codes ("20-24", "17", "100+", "tot") and Medskapa's age
 * bands ("16-24", "65+") are both read into whole-year ranges, so summing codes into bands is
 * arithmetic on years rather than a lookup table that breaks when SCB changes its classes.
 */

/** Whole years from..to, both included; `to` is Infinity for open codes like "100+" or "65+". */
export type AgeRange = { from: number; to: number };

/** "-", "–" (en dash) and "—" are all accepted between the years; " år" after the code is ignored. */
const RANGE = /^(\d{1,3})\s*[-–—]\s*(\d{1,3})$/;
const SINGLE = /^(\d{1,3})$/;
const OPEN = /^(\d{1,3})\s*\+$/;
/** "tot", "totalt", "Total", "tot1"…: sums of the other codes, counting them again would double. */
export const isTotalCode = (code: string) => /^tot/i.test(code.trim());

export function parseAgeRange(code: string): AgeRange | null {
	const s = code.trim().replace(/\s*år$/i, '');
	let m = RANGE.exec(s);
	if (m) {
		const from = Number(m[1]);
		const to = Number(m[2]);
		return from <= to ? { from, to } : null;
	}
	m = SINGLE.exec(s);
	if (m) return { from: Number(m[1]), to: Number(m[1]) };
	m = OPEN.exec(s);
	return m ? { from: Number(m[1]), to: Infinity } : null;
}

/** Number of whole years two ranges share (Infinity when both are open). */
export function sharedYears(a: AgeRange, b: AgeRange): number {
	const from = Math.max(a.from, b.from);
	const to = Math.min(a.to, b.to);
	return to >= from ? to - from + 1 : 0;
}

export const yearsIn = (r: AgeRange) => r.to - r.from + 1;

/**
 * How much of a code's count belongs to each band, as fractions of the code.
 *
 * A code that lies partly outside a band is split in proportion to the years it shares with the band:
 * "15-19" has five years and band "16-24" takes four of them, so 4/5 of the people aged 15–19 are
 * counted as 16–24. This assumes people are spread evenly over the years inside one SCB class. That
 * is close for five-year classes and exact for one-year codes, so prefer one-year codes when the table
 * offers them; the split codes are reported so the page can say the figure is an estimate.
 *
 * An open code ("90+") wholly inside an open band ("65+") belongs to it entirely. An open code that
 * starts inside a closed band cannot be split by years (its width is unknown) and gives null.
 */
export function bandShares(code: AgeRange, bands: { band: string; range: AgeRange }[]): Map<string, number> | null {
	const shares = new Map<string, number>();
	for (const { band, range } of bands) {
		const shared = sharedYears(code, range);
		if (shared === 0) continue;
		if (code.to === Infinity) {
			if (range.to !== Infinity || range.from > code.from) return null;
			shares.set(band, 1);
		} else shares.set(band, shared / yearsIn(code));
	}
	return shares;
}
