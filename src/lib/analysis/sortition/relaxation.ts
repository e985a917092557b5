/**
 * @module When quotas cannot all be met: the smallest change to them that makes a panel possible.
 * One MIP over types with slack on every quota. Raising a maximum costs 1 per seat; lowering a
 * minimum costs 1 + 2/min per seat, so cutting a small minimum (a group that is easily lost) is
 * dearer than cutting a large one.
 */
import type { Highs } from 'highs';
import { buildQuotaModel, valueRows } from './quota-model';
import { createModel, OPTIMAL, runMip, type SolveCounter } from './solver';
import type { Instance } from './types';

export interface QuotaChange {
	feature: string;
	value: string;
	min: number;
	max: number;
	suggestedMin: number;
	suggestedMax: number;
}

/** Suggested quota changes, or undefined when even relaxed quotas leave no panel (too few people). */
export function suggestRelaxation(
	highs: Highs,
	instance: Instance,
	counter: SolveCounter,
	lower?: number[]
): QuotaChange[] | undefined {
	const quotas = instance.features.flatMap((f) => f.values.map((q) => ({ feature: f.name, q })));
	const data = buildQuotaModel(highs, instance, {
		lower,
		relax: {
			lowerMinCost: quotas.map(({ q }) => (q.min > 0 ? 1 + 2 / q.min : 1)),
			raiseMaxCost: quotas.map(() => 1)
		}
	});
	const model = createModel(highs, data, true);
	try {
		const result = runMip(model, counter);
		if (result.status !== OPTIMAL || !result.x) return undefined;
		const T = instance.types.length;
		const R = valueRows(instance).flat().length;
		const changes: QuotaChange[] = [];
		quotas.forEach(({ feature, q }, r) => {
			const lowerBy = Math.round(result.x![T + r]);
			const raiseBy = Math.round(result.x![T + R + r]);
			if (lowerBy > 0 || raiseBy > 0) {
				changes.push({
					feature,
					value: q.name,
					min: q.min,
					max: q.max,
					suggestedMin: q.min - lowerBy,
					suggestedMax: q.max + raiseBy
				});
			}
		});
		return changes;
	} finally {
		model.dispose();
	}
}

export function describeChange(c: QuotaChange): string {
	const parts: string[] = [];
	if (c.suggestedMin !== c.min) parts.push(`minimum ${c.min} → ${c.suggestedMin}`);
	if (c.suggestedMax !== c.max) parts.push(`maximum ${c.max} → ${c.suggestedMax}`);
	return `${c.feature}=${c.value}: ${parts.join(', ')}`;
}
