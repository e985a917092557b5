import type { Id } from './types';

/**
 * Pol.is statement routing (server `selectProbabilistically`): among the statements a participant has not voted
 * on, draw one with probability proportional to its priority, 1 when the map has none yet (a new statement).
 * `u` is a uniform number in [0, 1) supplied by the caller, so the engine stays deterministic and testable.
 */
export function pickNextStatement(candidates: readonly Id[], priorities: Record<string, number>, u: number): Id | null {
	if (candidates.length === 0) return null;
	const weights = candidates.map((id) => {
		const p = priorities[String(id)];
		return p === undefined || !(p > 0) ? 1 : p;
	});
	const total = weights.reduce((a, b) => a + b, 0);
	let target = u * total;
	for (let i = 0; i < candidates.length; i++) {
		target -= weights[i];
		if (target < 0) return candidates[i];
	}
	return candidates[candidates.length - 1];
}
