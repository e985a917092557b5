/**
 * @module prng
 * A seeded pseudo-random generator (mulberry32) so clustering is repeatable: the same texts and
 * seed always give the same themes, which a facilitator needs when they reopen a harvest.
 */

/** Returns a function yielding floats in [0, 1), fully determined by the seed. */
export function createPrng(seed: number): () => number {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}
