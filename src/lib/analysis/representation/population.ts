/**
 * @module Population of the area per group, summed from a parsed SCB table: per age band
 * (`populationByBand`) or per value of any dimension (`populationBy`, e.g. DeSO areas gathered into
 * the process's own areas). Dimensions that are neither grouped nor filtered are summed over, so a
 * table that holds a total value (e.g. a whole-municipality region next to its DeSO areas) must be
 * filtered to one level first; `summedOver` names those dimensions so the caller can check.
 */
import { AGE_BANDS } from '../../kernel/age-bands';
import { ok, type Result } from '../../kernel/result';
import { bandShares, isTotalCode, parseAgeRange, sharedYears, type AgeRange } from './age-codes';
import { checkFilters, fail, rowMatches, type ScbError, type ScbFilters, type ScbTable } from './scb-table';

export type IgnoredReason = 'total' | 'unknown' | 'outside-bands' | 'open-range-straddles';
export type IgnoredCode = { code: string; label: string; reason: IgnoredReason };
export type SplitCode = { code: string; label: string; shares: Record<string, number> };

export type BandPopulation = {
	/** People per band. Not rounded: a split code gives fractions, and rounding here would skew shares. */
	population: Record<string, number>;
	/** Codes whose people were divided between bands, or partly left outside them, by years. */
	split: SplitCode[];
	ignored: IgnoredCode[];
	/** People in codes (or parts of codes) outside every band, e.g. children under 16. */
	outside: number;
	/** Age codes with at least one ".."/missing figure among the rows used: the band sums are too low. */
	missing: string[];
	summedOver: string[];
};

export type BandOptions = { ageDimension: string; bands?: readonly string[]; filters?: ScbFilters };

function readBands(bands: readonly string[]): Result<{ band: string; range: AgeRange }[], ScbError> {
	const out: { band: string; range: AgeRange }[] = [];
	for (const band of bands) {
		const range = parseAgeRange(band);
		if (!range) return fail('bad-band', `Age band "${band}" is not a year range like "16-24" or "65+".`);
		const clash = out.find((b) => sharedYears(b.range, range) > 0);
		if (clash) return fail('bad-band', `Age bands "${clash.band}" and "${band}" overlap.`);
		out.push({ band, range });
	}
	return ok(out);
}

const summedDimensions = (table: ScbTable, grouped: string, filters: ScbFilters) =>
	table.dimensions.filter((d) => d.code !== grouped && !(d.code in filters) && d.values.length > 1).map((d) => d.code);

export function populationByBand(table: ScbTable, options: BandOptions): Result<BandPopulation, ScbError> {
	const { ageDimension, bands = AGE_BANDS, filters = {} } = options;
	const dim = table.dimensions.find((d) => d.code === ageDimension);
	if (!dim) return fail('unknown-dimension', `The table has no age dimension "${ageDimension}".`);
	const bad = checkFilters(table, filters);
	if (bad) return bad;
	const parsedBands = readBands(bands);
	if (!parsedBands.ok) return parsedBands;

	const ignored: IgnoredCode[] = [];
	const split: SplitCode[] = [];
	const used = new Map<string, { range: AgeRange; shares: Map<string, number> }>();
	for (const { code, label } of dim.values) {
		const range = isTotalCode(code) ? null : parseAgeRange(code);
		const shares = range && bandShares(range, parsedBands.value);
		if (isTotalCode(code)) ignored.push({ code, label, reason: 'total' });
		else if (!range) ignored.push({ code, label, reason: 'unknown' });
		else if (!shares) ignored.push({ code, label, reason: 'open-range-straddles' });
		else {
			const clash = [...used].find(([, u]) => sharedYears(u.range, range) > 0);
			if (clash)
				return fail(
					'overlapping-age-codes',
					`Age codes "${clash[0]}" and "${code}" cover the same years; filter the table to one age classification.`
				);
			used.set(code, { range, shares });
			if (shares.size === 0) ignored.push({ code, label, reason: 'outside-bands' });
			else if ([...shares.values()].some((s) => s < 1)) split.push({ code, label, shares: Object.fromEntries(shares) });
		}
	}

	const population: Record<string, number> = Object.fromEntries(parsedBands.value.map((b) => [b.band, 0]));
	const missing = new Set<string>();
	let outside = 0;
	for (const row of table.rows) {
		const u = used.get(row.key[ageDimension]);
		if (!u || !rowMatches(row, filters)) continue;
		if (row.value === null) {
			if (u.shares.size > 0) missing.add(row.key[ageDimension]);
			continue;
		}
		let inBands = 0;
		for (const [band, share] of u.shares) {
			population[band] += row.value * share;
			inBands += share;
		}
		outside += row.value * (1 - inBands);
	}
	return ok({
		population,
		split,
		ignored,
		outside,
		missing: [...missing],
		summedOver: summedDimensions(table, ageDimension, filters)
	});
}

export type GroupPopulation = {
	population: Record<string, number>;
	/** Values of the dimension that no group takes (only when `groups` is given). */
	unmapped: string[];
	missing: string[];
	summedOver: string[];
};

/**
 * People per value of one dimension. With `groups` (value code → group name) several values are
 * summed into one group, e.g. the DeSO areas that make up the process area "Centrum".
 */
export function populationBy(
	table: ScbTable,
	dimension: string,
	options: { filters?: ScbFilters; groups?: Record<string, string> } = {}
): Result<GroupPopulation, ScbError> {
	const { filters = {}, groups } = options;
	const dim = table.dimensions.find((d) => d.code === dimension);
	if (!dim) return fail('unknown-dimension', `The table has no dimension "${dimension}".`);
	const bad = checkFilters(table, filters);
	if (bad) return bad;
	const groupOf = (code: string) => (groups ? groups[code] : code);
	const population: Record<string, number> = {};
	for (const g of groups ? Object.values(groups) : dim.values.map((v) => v.code)) population[g] = 0;
	const missing = new Set<string>();
	for (const row of table.rows) {
		const group = groupOf(row.key[dimension]);
		if (group === undefined || !rowMatches(row, filters)) continue;
		if (row.value === null) missing.add(row.key[dimension]);
		else population[group] += row.value;
	}
	const unmapped = groups ? dim.values.map((v) => v.code).filter((c) => groups[c] === undefined) : [];
	return ok({ population, unmapped, missing: [...missing], summedOver: summedDimensions(table, dimension, filters) });
}
