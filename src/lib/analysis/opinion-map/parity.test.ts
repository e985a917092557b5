/**
 * Issue 24, item 1: where our from-scratch groups part from Pol.is's, stage by stage (README, "Parity from
 * scratch"). Conversations are split once, before any tuning: TUNING may be looked at while changing the
 * engine; HELD_OUT may not, and any change must be judged on them afterwards. What is asserted here is the
 * diagnosis, not a tuned number:
 * - up to and including the projection, our participants' positions are the ones red-dwarf clusters: a plain
 *   2-means over participants (lowest SSE of seeded restarts) on our projection gives red-dwarf's published
 *   ARIs (vtaiwan.uberx 0.826, canadian-electoral-reform 0.898);
 * - Pol.is's own two groups are close to a straight split of our projection (nearest Pol.is group centre),
 *   so the projection is not where the groups part; the clustering of that projection is.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
	adjustedRandIndex,
	computeOpinionMap,
	parseCommentsCsv,
	parseParticipantsVotesCsv,
	parseVotesCsv
} from './index';
import { nextRandom } from './prng';

export const TUNING = ['15-per-hour-seattle', 'canadian-electoral-reform', 'vtaiwan.uberx'];
export const HELD_OUT = [
	'london.youth.policing',
	'scoop-hivemind.ubi',
	'scoop-hivemind.biodiversity',
	'american-assembly.bowling-green'
];

const shared = process.env.MEDSKAPA_SHARED_DIR ?? path.resolve(process.cwd(), '../shared');
const file = (name: string, f: string) => path.join(shared, 'data/polis/opendata', name, f);
const read = (name: string, f: string) => readFileSync(file(name, f), 'utf8');

function projected(name: string) {
	const pv = parseParticipantsVotesCsv(read(name, 'participants-votes.csv'));
	const votes = existsSync(file(name, 'votes.csv')) ? parseVotesCsv(read(name, 'votes.csv')) : pv.votes;
	const r = computeOpinionMap({ votes, statements: parseCommentsCsv(read(name, 'comments.csv')) });
	const row = new Map(r.participantIds.map((id, i) => [String(id), i]));
	const inConv = new Set(r.inConv.map(String));
	const points: number[][] = [];
	const polis: (string | null)[] = [];
	for (const id of r.participantIds.map(String).filter((p) => inConv.has(p))) {
		points.push(r.projections[row.get(id)!]);
		polis.push(pv.groupIds.get(id) ?? null);
	}
	return { points, polis };
}

function lloyd(points: number[][], centres: number[][]): number[] {
	let c = centres.map((x) => [...x]);
	let label: number[] = [];
	for (let iter = 0; iter < 1000; iter++) {
		label = points.map((p) => {
			let best = 0;
			let bestD = Infinity;
			c.forEach((q, j) => {
				const d = (p[0] - q[0]) ** 2 + (p[1] - q[1]) ** 2;
				if (d < bestD) [best, bestD] = [j, d];
			});
			return best;
		});
		const sum = c.map(() => [0, 0, 0]);
		points.forEach((p, i) => {
			sum[label[i]][0] += p[0];
			sum[label[i]][1] += p[1];
			sum[label[i]][2]++;
		});
		const next = sum.map((s, j) => (s[2] > 0 ? [s[0] / s[2], s[1] / s[2]] : c[j]));
		const moved = Math.max(...next.map((q, j) => Math.hypot(q[0] - c[j][0], q[1] - c[j][1])));
		c = next;
		if (moved < 1e-12) break;
	}
	return label;
}

function sse(points: number[][], label: number[]): number {
	const sum = new Map<number, number[]>();
	points.forEach((p, i) => {
		const s = sum.get(label[i]) ?? [0, 0, 0];
		s[0] += p[0];
		s[1] += p[1];
		s[2]++;
		sum.set(label[i], s);
	});
	return points.reduce((t, p, i) => {
		const s = sum.get(label[i])!;
		return t + (p[0] - s[0] / s[2]) ** 2 + (p[1] - s[1] / s[2]) ** 2;
	}, 0);
}

/** ARI over the participants Pol.is grouped. */
function ari(polis: (string | null)[], ours: number[]): number {
	const keep = polis.map((g) => g !== null);
	return adjustedRandIndex(polis.filter((_, i) => keep[i]) as string[], ours.filter((_, i) => keep[i]).map(String));
}

describe('parity diagnosis: the projection matches red-dwarf, the clustering stage is where groups part', () => {
	it.each([
		['vtaiwan.uberx', 0.826],
		['canadian-electoral-reform', 0.898]
	] as const)('%s: 2-means over our projected participants gives red-dwarf’s ARI (%s)', (name, redDwarf) => {
		const { points, polis } = projected(name);
		const rng = { rng: 7 };
		let best: number[] = [];
		let bestSse = Infinity;
		for (let t = 0; t < 40; t++) {
			const a = points[Math.floor(nextRandom(rng) * points.length)];
			const b = points[Math.floor(nextRandom(rng) * points.length)];
			if (a[0] === b[0] && a[1] === b[1]) continue;
			const label = lloyd(points, [a, b]);
			const s = sse(points, label);
			if (s < bestSse) [best, bestSse] = [label, s];
		}
		expect(Math.abs(ari(polis, best) - redDwarf)).toBeLessThan(0.005);
	});

	it.each([...TUNING, ...HELD_OUT].filter((n) => !['london.youth.policing', 'scoop-hivemind.ubi'].includes(n)))(
		'%s: Pol.is’s two groups are nearly a straight split of our projection',
		(name) => {
			const { points, polis } = projected(name);
			const labels = [...new Set(polis.filter((g): g is string => g !== null))].sort();
			const centres = labels.map((g) => {
				const own = points.filter((_, i) => polis[i] === g);
				return [0, 1].map((d) => own.reduce((s, p) => s + p[d], 0) / own.length);
			});
			// one assignment step to Pol.is's group centres, no iterations
			const nearest = points.map((p) =>
				centres.reduce(
					(b, q, j) =>
						(p[0] - q[0]) ** 2 + (p[1] - q[1]) ** 2 < (p[0] - centres[b][0]) ** 2 + (p[1] - centres[b][1]) ** 2 ? j : b,
					0
				)
			);
			expect(ari(polis, nearest)).toBeGreaterThanOrEqual(0.87);
		}
	);
});
