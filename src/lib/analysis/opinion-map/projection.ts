import type { VoteStore } from './vote-store';

/**
 * Pol.is `sparsity-aware-project-ptpt`: project only the cells a participant filled, then scale by
 * sqrt(nCols / nVotes) so people who saw few statements are not pulled to the centre. Moderated-out columns
 * are 0 for everyone in Pol.is's rating matrix, so they count as votes for every participant.
 * Returns interleaved coordinates [x0, y0, x1, y1, …] for every participant row.
 */
export function projectParticipants(
	store: VoteStore,
	centred: Float64Array,
	comps: Float64Array[],
	modOut: Uint8Array
): Float64Array {
	const nRows = store.participantIds.length;
	const nCols = store.statementIds.length;
	const d = comps.length;
	const out = new Float64Array(nRows * d);
	const counted = new Int32Array(nRows);
	let nModOut = 0;
	for (let c = 0; c < nCols; c++) nModOut += modOut[c];
	const { rows, cols } = store;
	for (let e = 0; e < store.nnz; e++) {
		const c = cols[e];
		if (modOut[c]) continue;
		const r = rows[e];
		counted[r]++;
		const y = centred[e];
		for (let k = 0; k < d; k++) out[r * d + k] += y * comps[k][c];
	}
	for (let r = 0; r < nRows; r++) {
		const scale = Math.sqrt(nCols / Math.max(counted[r] + nModOut, 1));
		for (let k = 0; k < d; k++) out[r * d + k] *= scale;
	}
	return out;
}

/**
 * Pol.is `pca-project-cmnts`: a virtual participant who agreed with only this statement. Our agree is +1 and
 * Pol.is's is −1, but centre and components are negated too, so the projection is the same as Pol.is's.
 */
export function projectComments(
	center: Float64Array,
	comps: Float64Array[],
	modOut: Uint8Array
): { projection: number[][]; extremity: number[] } {
	const nCols = center.length;
	const scale = Math.sqrt(nCols);
	const projection = comps.map(() => new Array<number>(nCols).fill(0));
	const extremity = new Array<number>(nCols).fill(0);
	for (let c = 0; c < nCols; c++) {
		if (modOut[c]) continue;
		let s = 0;
		for (let k = 0; k < comps.length; k++) {
			const p = (1 - center[c]) * comps[k][c] * scale;
			projection[k][c] = p;
			s += p * p;
		}
		extremity[c] = Math.sqrt(s);
	}
	return { projection, extremity };
}
