/**
 * @module The quota constraints as a HiGHS model over types: one integer column per type (how many
 * of its members sit on the panel), one row per quota value, one row for the panel size and one
 * per shared address. Optional slack columns turn it into the quota-relaxation problem.
 */
import type { Highs, ModelData, VariableType } from 'highs';
import type { Instance } from './types';

export interface QuotaModelOptions {
	/** Objective weight of each type column (maximised). */
	weights?: number[];
	/** Add slack columns (after the type columns): per value row, one to lower min, one to raise max. */
	relax?: { lowerMinCost: number[]; raiseMaxCost: number[] };
	/** Types whose column may not exceed 0 (e.g. found unselectable). */
	upper?: number[];
	/** Minimum count for some types (used to ask "can this person be chosen at all?"). */
	lower?: number[];
	/** Add a final free row, later set by `setCutoff` to "weight · x ≥ threshold". */
	hasCutoffRow?: boolean;
}

/** Row index of each (feature, value) pair, in order; the size row follows, then households. */
export function valueRows(instance: Instance): number[][] {
	let r = 0;
	return instance.features.map((f) => f.values.map(() => r++));
}

export function buildQuotaModel(highs: Highs, instance: Instance, options: QuotaModelOptions = {}): ModelData {
	const { types, features, households, k } = instance;
	const rowsOf = valueRows(instance);
	const valueRowCount = rowsOf.reduce((s, r) => s + r.length, 0);
	const sizeRow = valueRowCount;
	const numRows = valueRowCount + 1 + households.length + (options.hasCutoffRow ? 1 : 0);
	const householdRows = new Map<number, number>();
	households.forEach((h, i) => h.forEach((t) => householdRows.set(t, sizeRow + 1 + i)));
	const starts = [0];
	const indices: number[] = [];
	const values: number[] = [];
	types.forEach((type, t) => {
		const rows = type.values.map((v, f) => rowsOf[f][v]);
		rows.push(sizeRow);
		const h = householdRows.get(t);
		if (h !== undefined) rows.push(h);
		for (const r of rows) {
			indices.push(r);
			values.push(1);
		}
		starts.push(indices.length);
	});
	const colCost = types.map((_, t) => options.weights?.[t] ?? 0);
	const colLower = types.map((_, t) => options.lower?.[t] ?? 0);
	const colUpper = types.map((type, t) => options.upper?.[t] ?? type.members.length);
	const integrality: VariableType[] = types.map(() => 1);
	if (options.relax) {
		// Slack columns: +1 lowers the effective minimum, -1 raises the effective maximum.
		for (const [sign, costs] of [
			[1, options.relax.lowerMinCost],
			[-1, options.relax.raiseMaxCost]
		] as const) {
			for (let r = 0; r < valueRowCount; r++) {
				indices.push(r);
				values.push(sign);
				starts.push(indices.length);
				colCost.push(-costs[r]);
				colLower.push(0);
				colUpper.push(highs.infinity);
				integrality.push(1);
			}
		}
	}
	const quotas = features.flatMap((f) => f.values);
	const rowLower = [...quotas.map((q) => q.min), k, ...households.map(() => 0)];
	const rowUpper = [...quotas.map((q) => q.max), k, ...households.map(() => 1)];
	if (options.hasCutoffRow) {
		rowLower.push(-highs.infinity);
		rowUpper.push(highs.infinity);
	}
	return {
		numCols: colCost.length,
		numRows,
		sense: highs.constants.objectiveSense.maximize,
		colCost,
		colLower,
		colUpper,
		rowLower,
		rowUpper,
		integrality,
		matrix: { format: 'csc', numRows, numCols: colCost.length, starts, indices, values }
	};
}

/** Rounds a MIP solution to the integer count per type. */
export function toTypePanel(x: Float64Array, typeCount: number): number[] {
	return Array.from(x.subarray(0, typeCount), (v) => Math.round(v));
}
