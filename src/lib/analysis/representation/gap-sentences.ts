/**
 * @module Plain sentences about the biggest gaps, for the facilitator deciding whom to seek out next:
 * "Unga 16–24 år är 14 % av invånarna men 3 % av perspektiven." Rounding: see format.ts.
 * A suppressed group's share is never put in words; the sentence says "färre än 5 perspektiv".
 */
import { NOT_STATED, type GroupComparison, type RepresentationComparison } from './compare';
import { formatInteger, formatShare, formatSharePair, type Locale } from './format';

export type GapSentenceOptions = {
	locale: Locale;
	/**
	 * Group → how the group is named at the start of a sentence, in the sentence's language, e.g.
	 * { '16-24': 'Unga 16–24 år' } or { '16-24': 'Young people aged 16–24' } (English: a plural noun
	 * phrase, the verb is "are"). A group without a label is named by its code.
	 */
	labels: Record<string, string>;
	/** How many sentences at most; default 3. */
	limit?: number;
};

type Gap = { g: GroupComparison; size: number; order: number };

/**
 * Groups whose status is 'under' or 'over', largest gap first (in percentage points; ties in group
 * order). A group withheld as "fewer than 5" is placed by the smallest gap it can have (as if it had
 * minGroupSize − 1 perspectives), and only when it is certainly 'under'. Groups withheld to protect
 * another ('complementary') get no sentence: any sentence would hint at their count.
 */
function biggestGaps(c: RepresentationComparison): Gap[] {
	const gaps: Gap[] = [];
	c.groups.forEach((g, order) => {
		if (g.group === NOT_STATED || g.populationShare === null || (g.status !== 'under' && g.status !== 'over')) return;
		if (!g.suppressed && g.differencePoints !== null) gaps.push({ g, size: Math.abs(g.differencePoints), order });
		else if (g.suppression === 'small' && g.status === 'under' && c.heardBase > 0) {
			gaps.push({ g, size: (g.populationShare - (c.minGroupSize - 1) / c.heardBase) * 100, order });
		}
	});
	return gaps.sort((a, b) => b.size - a.size || a.order - b.order);
}

function sentence(g: GroupComparison, c: RepresentationComparison, o: GapSentenceOptions): string {
	const label = o.labels[g.group] ?? g.group;
	const popShare = g.populationShare ?? 0;
	if (g.suppressed || g.heardShare === null) {
		const p = formatShare(popShare, o.locale);
		return o.locale === 'sv'
			? `${label} är ${p} av invånarna men står för färre än ${c.minGroupSize} perspektiv.`
			: `${label} are ${p} of residents but account for fewer than ${c.minGroupSize} perspectives.`;
	}
	const [p, h] = formatSharePair(popShare, g.heardShare, o.locale);
	return o.locale === 'sv'
		? `${label} är ${p} av invånarna men ${h} av perspektiven.`
		: `${label} are ${p} of residents but ${h} of perspectives.`;
}

export function gapSentences(c: RepresentationComparison, options: GapSentenceOptions): string[] {
	if (c.belowMinimum) return [];
	return biggestGaps(c)
		.slice(0, options.limit ?? 3)
		.map(({ g }) => sentence(g, c, options));
}

/**
 * What the shares are of, when some perspectives lack this self-description. `dimensionLabel` is the
 * dimension in lower case as it reads after "uppgift om" / "with … stated": 'ålder' / 'age'.
 * Null when every perspective states it, or when nothing is shown at all.
 */
export function notStatedSentence(
	c: RepresentationComparison,
	options: { locale: Locale; dimensionLabel: string }
): string | null {
	const row = c.groups.find((g) => g.group === NOT_STATED);
	if (c.belowMinimum || !row) return null;
	const { locale, dimensionLabel: dim } = options;
	const total = formatInteger(c.total, locale);
	if (c.denominator === 'all') {
		return locale === 'sv'
			? `Andelarna räknas på alla ${total} perspektiv, också de som saknar uppgift om ${dim}.`
			: `Shares are of all ${total} perspectives, including those with no ${dim} stated.`;
	}
	if (!row.heardCount) return null;
	const base = formatInteger(c.heardBase, locale);
	const n = formatInteger(row.heardCount, locale);
	return locale === 'sv'
		? `Andelarna räknas på de ${base} perspektiv som har uppgift om ${dim}; ${n} av ${total} saknar den.`
		: `Shares are of the ${base} perspectives with ${dim} stated; ${n} of ${total} have none.`;
}
