/**
 * @module Small-group suppression for one dimension's counts (ages, areas, channels…).
 *
 * Rules, in order:
 * 1. Primary: a count of 1 to minGroupSize − 1 is withheld ("fewer than 5"). Zero is shown: it says
 *    nobody was heard, which points at no one.
 * 2. Complementary: the total of a dimension is public (the page shows how many perspectives there
 *    are), so one withheld count could be recovered as total − shown counts. While exactly one count
 *    is withheld, or the withheld counts add up to fewer than minGroupSize (then their sum, which the
 *    total reveals, would itself be a small group), the smallest shown non-zero count is withheld too.
 *    Zeros are never picked: hiding a zero adds nothing to the sum that protects.
 * 3. If the whole dimension has fewer than minGroupSize perspectives (but some), nothing can protect
 *    a single count, so every count, zeros included, is withheld and `belowMinimum` is set.
 */

export type Suppression = 'small' | 'complementary';
export type CountCell = { group: string; count: number };
export type SuppressedCell = CountCell & { suppression: Suppression | null };
/** What anyone can work out about a withheld count from what is shown: lo ≤ count ≤ hi. */
export type Bounds = { lo: number; hi: number };

export function assertCount(group: string, n: number): void {
	if (!Number.isInteger(n) || n < 0) throw new RangeError(`Count for "${group}" must be a whole number ≥ 0, got ${n}.`);
}

export function suppressCounts(
	cells: CountCell[],
	minGroupSize: number
): { cells: SuppressedCell[]; belowMinimum: boolean } {
	if (!Number.isInteger(minGroupSize) || minGroupSize < 1)
		throw new RangeError(`minGroupSize must be a whole number ≥ 1, got ${minGroupSize}.`);
	for (const c of cells) assertCount(c.group, c.count);
	const total = cells.reduce((s, c) => s + c.count, 0);
	if (total > 0 && total < minGroupSize) {
		return { cells: cells.map((c) => ({ ...c, suppression: 'small' })), belowMinimum: true };
	}
	const out: SuppressedCell[] = cells.map((c) => ({
		...c,
		suppression: c.count > 0 && c.count < minGroupSize ? 'small' : null
	}));
	// Smallest first; ties keep input order, so the same counts always hide the same groups.
	const candidates = out
		.map((c, i) => ({ c, i }))
		.filter(({ c }) => c.suppression === null && c.count > 0)
		.sort((a, b) => a.c.count - b.c.count || a.i - b.i);
	const withheld = () => out.filter((c) => c.suppression !== null);
	const sum = () => withheld().reduce((s, c) => s + c.count, 0);
	for (const { c } of candidates) {
		const n = withheld().length;
		if (n === 0 || (n > 1 && sum() >= minGroupSize)) break;
		c.suppression = 'complementary';
	}
	return { cells: out, belowMinimum: false };
}

/**
 * Bounds on each withheld count from public facts only: the total, the shown counts, which counts are
 * withheld and why (a 'small' one is below minGroupSize; any withheld one is at least 1 unless the whole
 * dimension is below the minimum). Anything derived from these bounds reveals nothing new.
 */
export function publicBounds(
	cells: SuppressedCell[],
	minGroupSize: number,
	belowMinimum: boolean
): Map<string, Bounds> {
	const hidden = cells.filter((c) => c.suppression !== null);
	const total = cells.reduce((s, c) => s + c.count, 0);
	const rest = total - cells.filter((c) => c.suppression === null).reduce((s, c) => s + c.count, 0);
	const floor = belowMinimum ? 0 : 1;
	const cap = (c: SuppressedCell) => (c.suppression === 'small' ? Math.min(minGroupSize - 1, rest) : rest);
	const bounds = new Map<string, Bounds>();
	for (const c of hidden) {
		const others = hidden.filter((o) => o !== c);
		const hi = Math.min(cap(c), rest - floor * others.length);
		const lo = Math.max(floor, rest - others.reduce((s, o) => s + cap(o), 0));
		bounds.set(c.group, { lo, hi });
	}
	return bounds;
}
