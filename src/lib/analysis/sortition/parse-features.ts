/**
 * @module Quota files. Two layouts are in use and both are accepted:
 * `feature,value,min,max[,min_flex,max_flex]` (Sortition Foundation) and
 * `category,feature|name,min,max` (the Nature 2021 replication data; extra columns are ignored).
 */
import { normaliseKey, parseCsv } from './csv';
import { fail, ok, type Result } from './result';
import type { Feature } from './types';

function findColumn(header: string[], names: string[]): number {
	return header.findIndex((h) => names.includes(normaliseKey(h)));
}

export function parseFeaturesCsv(text: string): Result<Feature[]> {
	const rows = parseCsv(text);
	if (rows.length < 2) return fail('The features file needs a header line and at least one quota line.');
	const header = rows[0];
	const featureCol = findColumn(header, ['feature', 'category']);
	const isCategoryStyle = normaliseKey(header[featureCol] ?? '') === 'category';
	const valueCol = isCategoryStyle ? findColumn(header, ['feature', 'name', 'value']) : findColumn(header, ['value']);
	const minCol = findColumn(header, ['min']);
	const maxCol = findColumn(header, ['max']);
	if (featureCol < 0 || valueCol < 0 || minCol < 0 || maxCol < 0) {
		return fail(
			`The features file header must be "feature,value,min,max" or "category,feature,min,max" (found "${header.join(',')}").`
		);
	}
	const features: Feature[] = [];
	const errors: string[] = [];
	rows.slice(1).forEach((row, i) => {
		const line = i + 2;
		const featureName = (row[featureCol] ?? '').trim();
		const valueName = (row[valueCol] ?? '').trim();
		const min = parseCount(row[minCol]);
		const max = parseCount(row[maxCol]);
		if (!featureName || !valueName)
			return void errors.push(`Line ${line}: the feature and the value must not be empty.`);
		if (min === undefined || max === undefined) {
			return void errors.push(
				`Line ${line}: min and max must be whole numbers of 0 or more (found "${row[minCol] ?? ''}", "${row[maxCol] ?? ''}").`
			);
		}
		if (min > max)
			return void errors.push(`Line ${line}: ${featureName}=${valueName} has min ${min} above max ${max}.`);
		let feature = features.find((f) => f.key === normaliseKey(featureName));
		if (!feature) {
			feature = { name: featureName, key: normaliseKey(featureName), values: [] };
			features.push(feature);
		}
		if (feature.values.some((v) => v.key === normaliseKey(valueName))) {
			return void errors.push(`Line ${line}: ${featureName}=${valueName} is listed twice.`);
		}
		feature.values.push({ name: valueName, key: normaliseKey(valueName), min, max });
	});
	return errors.length > 0 ? fail(...errors) : ok(features);
}

function parseCount(raw: string | undefined): number | undefined {
	const s = (raw ?? '').trim();
	if (!/^\d+(\.0*)?$/.test(s)) return undefined;
	return Number.parseInt(s, 10);
}
