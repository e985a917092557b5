/**
 * @module The public draw. Anyone holding the published lottery and the seed (announced before the
 * draw, e.g. lottery numbers) can recompute the panel with any SHA-256 tool:
 *
 *   r = first 6 bytes of SHA-256("medskapa-draw:" + seed + ":0"), read big-endian, divided by 2^48
 *   walk the lottery in its published order, adding probabilities; the panel is the first one
 *   whose running sum exceeds r × (sum of all probabilities).
 *
 * The counter (":0") leaves room for further numbers (e.g. the legacy algorithm's own draws).
 */
import { sha256Bytes } from './sha256';

export const DRAW_PROCEDURE = 'medskapa-draw-v1';

/** The i-th uniform number in [0, 1) derived from the seed (SHA-256 in counter mode). */
export function seededUniform(seed: string, counter = 0): number {
	const bytes = sha256Bytes(`medskapa-draw:${seed}:${counter}`);
	let x = 0;
	for (let i = 0; i < 6; i++) x = x * 256 + bytes[i];
	return x / 2 ** 48;
}

/** Index of the lottery entry chosen by the seed, walking the entries in the order given. */
export function drawIndex(probabilities: readonly number[], seed: string): number {
	const total = probabilities.reduce((s, p) => s + p, 0);
	const target = seededUniform(seed) * total;
	let running = 0;
	let last = -1;
	for (let i = 0; i < probabilities.length; i++) {
		if (probabilities[i] <= 0) continue;
		running += probabilities[i];
		last = i;
		if (running > target) return i;
	}
	return last;
}

/** The panel drawn from a lottery (entries in canonical order) with a public seed. */
export function drawPanel<T>(lottery: readonly { probability: number; panel: T[] }[], seed: string): T[] {
	const i = drawIndex(
		lottery.map((e) => e.probability),
		seed
	);
	if (i < 0) throw new Error('Cannot draw from an empty lottery');
	return [...lottery[i].panel];
}
