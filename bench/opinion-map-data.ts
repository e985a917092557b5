/**
 * Seeded synthetic conversations for the opinion-map benchmark: 3 latent opinion groups, each statement leans
 * per group, earlier statements are seen more often (as with Pol.is routing). The same (size, seed) always gives
 * the same votes, as objects (`generateVotes`) or as the two Pol.is export files (`writeSyntheticExports`).
 * Run directly to write the files: `npx tsx bench/opinion-map-data.ts <dir> <participants> <statements> <votes>`.
 */
import { closeSync, existsSync, mkdirSync, openSync, renameSync, writeSync } from 'node:fs';
import path from 'node:path';
import type { VoteInput } from '../src/lib/analysis/opinion-map/index';

export interface SyntheticSize {
	participants: number;
	statements: number;
	votes: number;
	seed?: number;
}

/**
 * Calls `each(participant, statements, votes, plantedGroup)` once per participant, in participant order; the
 * participant's votes are in the order they were cast. The arrays are reused between calls.
 */
export function forEachSyntheticParticipant(
	{ participants: nP, statements: nS, votes: nVotes, seed = 42 }: SyntheticSize,
	each: (p: number, statements: Int32Array, votes: Int8Array, n: number, group: number) => void
): void {
	let s = seed >>> 0;
	const rand = () => {
		s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
		return s / 4294967296;
	};
	const lean = Array.from({ length: nS }, () => [rand() * 2 - 1, rand() * 2 - 1, rand() * 2 - 1]);
	const group = Array.from({ length: nP }, () => Math.floor(rand() * 3));
	const perP = Math.min(nS, Math.round(nVotes / nP));
	const seen = new Uint8Array(nS);
	const sts = new Int32Array(perP);
	const vs = new Int8Array(perP);
	for (let p = 0; p < nP; p++) {
		let n = 0;
		while (n < perP) {
			const st = Math.floor(nS * rand() ** 1.5);
			if (seen[st]) continue;
			seen[st] = 1;
			const x = lean[st][group[p]] + (rand() - 0.5);
			sts[n] = st;
			vs[n++] = x > 0.35 ? 1 : x < -0.35 ? -1 : 0;
		}
		for (let i = 0; i < n; i++) seen[sts[i]] = 0;
		each(p, sts, vs, n, group[p]);
	}
}

/** The synthetic votes as objects (participant and statement ids are numbers). */
export function generateVotes(nP: number, nS: number, nVotes: number, seed = 42): VoteInput[] {
	const votes: VoteInput[] = [];
	forEachSyntheticParticipant({ participants: nP, statements: nS, votes: nVotes, seed }, (p, sts, vs, n) => {
		for (let i = 0; i < n; i++) votes.push({ participant: p, statement: sts[i], vote: vs[i] as -1 | 0 | 1 });
	});
	return votes;
}

/** Buffered appends to a file descriptor. */
function writer(file: string) {
	const fd = openSync(file, 'w');
	let parts: string[] = [];
	let size = 0;
	const flush = () => {
		if (parts.length) writeSync(fd, parts.join(''));
		parts = [];
		size = 0;
	};
	return {
		write(s: string) {
			parts.push(s);
			size += s.length;
			if (size > 1 << 22) flush();
		},
		close() {
			flush();
			closeSync(fd);
		}
	};
}

/**
 * Writes `votes.csv` (timestamp, datetime, comment-id, voter-id, vote; one row per vote, in time order) and
 * `participants-votes.csv` (one row per participant, one column per statement; `group-id` is the planted group)
 * into `dir`, unless both exist already. Returns their paths.
 */
export function writeSyntheticExports(dir: string, size: SyntheticSize): { votes: string; participantsVotes: string } {
	const votes = path.join(dir, 'votes.csv');
	const participantsVotes = path.join(dir, 'participants-votes.csv');
	if (existsSync(votes) && existsSync(participantsVotes)) return { votes, participantsVotes };
	mkdirSync(dir, { recursive: true });
	const vw = writer(votes + '.part');
	const pw = writer(participantsVotes + '.part');
	vw.write('timestamp,datetime,comment-id,voter-id,vote\n');
	const header = ['participant', 'group-id', 'n-comments', 'n-votes', 'n-agree', 'n-disagree'];
	for (let c = 0; c < size.statements; c++) header.push(String(c));
	pw.write(header.join(',') + '\n');
	let t = 1_500_000_000_000;
	const cell = new Int8Array(size.statements);
	const order = new Int32Array(size.statements);
	forEachSyntheticParticipant(size, (p, sts, vs, n, group) => {
		const datetime = new Date(t).toUTCString().replace(',', '');
		let agree = 0;
		let disagree = 0;
		for (let i = 0; i < n; i++) {
			vw.write(`${t},${datetime},${sts[i]},${p},${vs[i]}\n`);
			t += 1000;
			cell[sts[i]] = vs[i];
			order[i] = sts[i];
			if (vs[i] === 1) agree++;
			else if (vs[i] === -1) disagree++;
		}
		const cols = order.subarray(0, n).sort();
		let row = `${p},${group},0,${n},${agree},${disagree}`;
		let at = 0;
		for (const c of cols) {
			row += ','.repeat(c - at + 1) + cell[c];
			at = c + 1;
		}
		pw.write(row + ','.repeat(size.statements - at) + '\n');
	});
	vw.close();
	pw.close();
	for (const f of [votes, participantsVotes]) renameSync(f + '.part', f);
	return { votes, participantsVotes };
}

if (process.argv[1] && import.meta.url.endsWith(path.basename(process.argv[1]))) {
	const [dir, p, s, v] = process.argv.slice(2);
	const files = writeSyntheticExports(dir, { participants: Number(p), statements: Number(s), votes: Number(v) });
	console.log(files);
}
