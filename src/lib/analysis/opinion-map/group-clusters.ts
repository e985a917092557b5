import type { Points } from './kmeans';
import { kmeans } from './kmeans-run';
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
	for (let k = 2; k <= top; k++) {
		const c = kmeans(points, k, groupIters, state.groupClusterings[k] ?? null, groupColdStart);
		clusterings[k] = c;
		silhouettes[k] = silhouette(points, dist, c);
		if (silhouettes[k] >= bestS) {
			bestS = silhouettes[k];
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
