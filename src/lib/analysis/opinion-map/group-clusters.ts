import type { Points } from './kmeans';
import { initBisect } from './kmeans-init';
import { kmeans, lloyd } from './kmeans-run';
import { distanceMatrix, silhouette } from './silhouette';
import type { OpinionMapState } from './state';
import type { Cluster } from './types';

/**
 * Pol.is group clustering: weighted k-means over base-cluster centres for every k in 2..max-k, each warm-started
 * from its own last clustering; k = argmax silhouette (last one on ties), then the k-smoother only switches after
 * the same best k was seen `groupKBuffer` ticks in a row.
 */
export function clusterGroups(
	state: OpinionMapState,
	base: Cluster[]
): { groups: Cluster[]; k: number; silhouettes: Record<number, number> } {
	const { maxK, groupIters, groupKBuffer, groupColdStart } = state.options;
	const points: Points = {
		keys: base.map((b) => b.id),
		coords: Float64Array.from(base.flatMap((b) => b.center)),
		dim: base[0]?.center.length ?? 2,
		weights: Float64Array.from(base.map((b) => b.members.length))
	};
	const top = Math.min(maxK, 2 + Math.floor(base.length / 12));
	const dist = distanceMatrix(points);
	const clusterings: Record<number, Cluster[]> = {};
	const silhouettes: Record<number, number> = {};
	let thisK = 0;
	let bestS = -Infinity;
	let chain: Cluster[] | null = null;
	for (let k = 2; k <= top; k++) {
		const last = state.groupClusterings[k];
		let c: Cluster[];
		let s: number;
		if (last?.length || groupColdStart === 'polis' || groupColdStart === 'farthest') {
			c = kmeans(points, k, groupIters, last ?? null, groupColdStart === 'farthest' ? 'farthest' : 'polis');
			s = silhouette(points, dist, c);
			chain = c;
		} else {
			// no clustering to carry over for this k: bisect the k − 1 clustering (bisecting k-means); 'best' also
			// runs Pol.is's own start and keeps whichever has the higher silhouette (Pol.is's start on ties)
			const start = initBisect(points, k, chain);
			const polis = groupColdStart === 'best' || !start ? kmeans(points, k, groupIters, null, 'polis') : null;
			const bisect = start ? lloyd(points, groupIters, start) : null;
			const sp = polis ? silhouette(points, dist, polis) : -Infinity;
			const sb = bisect ? silhouette(points, dist, bisect) : -Infinity;
			[c, s] = polis && sp >= sb ? [polis, sp] : [bisect!, sb];
			// the next k bisects this k's bisection, so the bisecting hierarchy stays one family
			chain = bisect ?? c;
		}
		clusterings[k] = c;
		silhouettes[k] = s;
		if (s >= bestS) {
			bestS = s;
			thisK = k;
		}
	}
	state.groupClusterings = clusterings;
	if (thisK === 0) return { groups: [], k: 0, silhouettes };
	const prev = state.kSmoother;
	const count = prev && prev.lastK === thisK ? prev.lastKCount + 1 : 1;
	let smoothed = count >= groupKBuffer || !prev ? thisK : prev.smoothedK;
	// a smoothed k that no longer exists (too few base clusters) cannot be used
	if (!clusterings[smoothed]) smoothed = thisK;
	state.kSmoother = { lastK: thisK, lastKCount: count, smoothedK: smoothed };
	return { groups: clusterings[smoothed], k: smoothed, silhouettes };
}
