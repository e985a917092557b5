/**
 * @module A panel (medborgarpanel, urval): a group drawn by lot from volunteers, with quotas so that it
 * mirrors the population. Features (the questions whose answers the quotas are about) are data stored with
 * the panel, never code: a facilitator picks from templates or writes their own.
 */
import { AGE_BANDS } from '../perspective/perspective';

export type PanelFeatureValue = { key: string; label: string };

export type PanelFeature = {
	key: string;
	label: string;
	/** Why we ask, shown next to the question in the interest form. */
	why: string;
	values: PanelFeatureValue[];
	/** Which population statistics the quotas can be prefilled from. */
	population?: 'ageBand';
};

/** How many panel members must (min) and may (max) have one value of one feature. */
export type Quota = { feature: string; value: string; min: number; max: number };

export type Panel = {
	id: string;
	processId: string;
	name: string;
	size: number;
	reserves: number;
	householdCheck: boolean;
	features: PanelFeature[];
	quotas: Quota[];
	isRecruiting: boolean;
	createdAt: Date;
	updatedAt: Date;
};

/** The version of the consent text a volunteer agreed to; bump when `panel.signup.consent` changes. */
export const CONSENT_VERSION = 'urval-samtycke-2026-1';
/** Volunteers imported from a file consented elsewhere (the organisation's own recruitment letter). */
export const IMPORT_CONSENT_VERSION = 'import';

export const PANEL_SIZE_MAX = 500;
export const NAME_MAX = 120;

export const FEATURE_TEMPLATE_KEYS = ['alder', 'kon', 'omrade', 'utbildning'] as const;
export type FeatureTemplateKey = (typeof FEATURE_TEMPLATE_KEYS)[number];

const AGE_LABELS: Record<(typeof AGE_BANDS)[number], string> = {
	'16-24': '16–24 år',
	'25-44': '25–44 år',
	'45-64': '45–64 år',
	'65+': '65 år eller äldre'
};

/** Lower-case key from a label: `Norra Lillby` → `norra-lillby`. */
export function keyFromLabel(label: string): string {
	return label
		.trim()
		.toLowerCase()
		.replace(/[åä]/g, 'a')
		.replace(/ö/g, 'o')
		.replace(/é/g, 'e')
		.replace(/\+/g, '-plus')
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '');
}

/** The standard questions, in plain Swedish. The area question takes its values from the process. */
export function featureTemplate(key: FeatureTemplateKey, areas: readonly string[]): PanelFeature {
	switch (key) {
		case 'alder':
			return {
				key,
				label: 'Åldersgrupp',
				why: 'Panelen ska ha unga, medelålders och äldre i ungefär samma andel som i befolkningen.',
				values: AGE_BANDS.map((band) => ({ key: band, label: AGE_LABELS[band] })),
				population: 'ageBand'
			};
		case 'kon':
			return {
				key,
				label: 'Kön',
				why: 'Panelen ska ha ungefär lika många kvinnor och män, och plats för dig som inte vill dela in dig så.',
				values: [
					{ key: 'kvinna', label: 'Kvinna' },
					{ key: 'man', label: 'Man' },
					{ key: 'annat', label: 'Annat eller vill inte ange' }
				]
			};
		case 'omrade':
			return {
				key,
				label: 'Område',
				why: 'Panelen ska ha med människor från alla delar av området, inte bara från centrum.',
				values: areas.map((a) => ({ key: keyFromLabel(a), label: a }))
			};
		case 'utbildning':
			return {
				key,
				label: 'Utbildning',
				why: 'Människor med kort utbildning anmäler sig mer sällan. Vi frågar så att de ändå får sina platser i panelen.',
				values: [
					{ key: 'grundskola', label: 'Grundskola eller kortare' },
					{ key: 'gymnasium', label: 'Gymnasium' },
					{ key: 'eftergymnasial', label: 'Högskola eller annan eftergymnasial utbildning' }
				]
			};
	}
}

/**
 * Own questions, one per line: `Namn: värde, värde, värde`. Returns the features or the 1-based lines that
 * could not be read.
 */
export function parseCustomFeatures(text: string): { features: PanelFeature[]; badLines: number[] } {
	const features: PanelFeature[] = [];
	const badLines: number[] = [];
	text.split(/\r?\n/).forEach((line, i) => {
		if (line.trim() === '') return;
		const colon = line.indexOf(':');
		const label = colon > 0 ? line.slice(0, colon).trim() : '';
		const values =
			colon > 0
				? line
						.slice(colon + 1)
						.split(',')
						.map((v) => v.trim())
						.filter(Boolean)
				: [];
		const keys = values.map(keyFromLabel);
		if (
			!label ||
			!keyFromLabel(label) ||
			values.length < 2 ||
			keys.some((k) => !k) ||
			new Set(keys).size !== keys.length
		) {
			badLines.push(i + 1);
			return;
		}
		features.push({
			key: keyFromLabel(label),
			label,
			why: 'Vi frågar så att panelen blir blandad i den här frågan.',
			values: values.map((v, j) => ({ key: keys[j], label: v }))
		});
	});
	return { features, badLines };
}

/** Finds a value of a feature from what a person wrote or picked: its key or its label, any case. */
export function matchValue(feature: PanelFeature, raw: string): PanelFeatureValue | undefined {
	const text = raw.trim().replace(/\s+/g, ' ').toLowerCase();
	if (!text) return undefined;
	return feature.values.find((v) => v.key === text || v.label.toLowerCase() === text || v.key === keyFromLabel(text));
}

/**
 * Quotas proportional to the population for features with statistics (rounded share of k, ±1 so that a
 * panel is likely to exist), and no limit (0 to k) for the others, for the facilitator to fill in.
 */
export function quotasFromPopulation(
	features: PanelFeature[],
	population: { ageBand?: Record<string, number> },
	k: number
): Quota[] {
	return features.flatMap((f) => {
		const stats = f.population === 'ageBand' ? population.ageBand : undefined;
		const total = stats ? f.values.reduce((s, v) => s + (stats[v.key] ?? 0), 0) : 0;
		return f.values.map((v) => {
			if (!stats || total <= 0) return { feature: f.key, value: v.key, min: 0, max: k };
			const target = Math.round(((stats[v.key] ?? 0) / total) * k);
			return { feature: f.key, value: v.key, min: Math.max(0, target - 1), max: Math.min(k, target + 1) };
		});
	});
}

/** The quota of one value, or "no limit". */
export function quotaOf(quotas: readonly Quota[], feature: string, value: string, k: number): Quota {
	return quotas.find((q) => q.feature === feature && q.value === value) ?? { feature, value, min: 0, max: k };
}

export type QuotaFieldError = { field: string; message: 'error.panel.quota.number' | 'error.panel.quota.order' };

/** Field id of one quota bound in the quota form. */
export const quotaField = (feature: string, value: string, bound: 'min' | 'max') =>
	`quota-${feature}-${value}-${bound}`;

/** Reads the quota form (`quota.<feature>.<value>.min|max`): whole numbers from 0 to k, min ≤ max. */
export function readQuotas(
	features: PanelFeature[],
	k: number,
	raw: unknown
): { quotas: Quota[]; errors: QuotaFieldError[] } {
	const root = (raw && typeof raw === 'object' ? (raw as Record<string, unknown>).quota : undefined) as
		Record<string, Record<string, Record<string, unknown>>> | undefined;
	const quotas: Quota[] = [];
	const errors: QuotaFieldError[] = [];
	for (const f of features) {
		for (const v of f.values) {
			const cell = root?.[f.key]?.[v.key] ?? {};
			const read = (bound: 'min' | 'max') => {
				const text = String(cell[bound] ?? '').trim();
				const n = Number(text);
				if (text === '' || !Number.isInteger(n) || n < 0 || n > k) {
					errors.push({ field: quotaField(f.key, v.key, bound), message: 'error.panel.quota.number' });
					return null;
				}
				return n;
			};
			const min = read('min');
			const max = read('max');
			if (min !== null && max !== null && min > max)
				errors.push({ field: quotaField(f.key, v.key, 'max'), message: 'error.panel.quota.order' });
			quotas.push({ feature: f.key, value: v.key, min: min ?? 0, max: max ?? k });
		}
	}
	return { quotas, errors };
}

export type QuotaProblem =
	| { code: 'minSum'; feature: string; sum: number; k: number }
	| { code: 'maxSum'; feature: string; sum: number; k: number }
	| { code: 'tooFew'; feature: string; value: string; available: number; min: number }
	| { code: 'poolTooSmall'; available: number; k: number };

/** Problems anyone can check with arithmetic, before the solver is asked (labels, not keys). */
export function quotaProblems(
	features: PanelFeature[],
	quotas: readonly Quota[],
	k: number,
	volunteers: readonly { values: Record<string, string> }[]
): QuotaProblem[] {
	const problems: QuotaProblem[] = [];
	if (volunteers.length < k) problems.push({ code: 'poolTooSmall', available: volunteers.length, k });
	for (const f of features) {
		const qs = f.values.map((v) => quotaOf(quotas, f.key, v.key, k));
		const mins = qs.reduce((s, q) => s + q.min, 0);
		const maxs = qs.reduce((s, q) => s + q.max, 0);
		if (mins > k) problems.push({ code: 'minSum', feature: f.label, sum: mins, k });
		if (maxs < k) problems.push({ code: 'maxSum', feature: f.label, sum: maxs, k });
		f.values.forEach((v, i) => {
			const available = volunteers.filter((p) => p.values[f.key] === v.key).length;
			if (available < qs[i].min)
				problems.push({ code: 'tooFew', feature: f.label, value: v.label, available, min: qs[i].min });
		});
	}
	return problems;
}

/** Label of a feature value for people (falls back to the key). */
export function valueLabel(
	features: readonly PanelFeature[],
	feature: string,
	value: string
): { feature: string; value: string } {
	const f = features.find((x) => x.key === feature);
	return { feature: f?.label ?? feature, value: f?.values.find((v) => v.key === value)?.label ?? value };
}
