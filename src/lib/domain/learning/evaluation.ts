/**
 * @module The evaluation survey of phase 8 (utvärdering): trust, understanding and influence on a 1–5 scale,
 * whether one would take part again, and an optional comment. Answers are anonymous and only shown as
 * aggregates per audience (deltagare / personal); an audience with fewer than EVALUATION_MIN_ANSWERS answers is
 * suppressed as a whole — no means, no distribution, no count, no comments — so that no one's answer can be
 * read off. Pure: answers in, summaries out.
 */

export const AUDIENCES = ['participant', 'staff'] as const;
export type Audience = (typeof AUDIENCES)[number];

export const SCALE_QUESTIONS = ['trust', 'understanding', 'influence'] as const;
export type ScaleQuestion = (typeof SCALE_QUESTIONS)[number];

export const SCALE_MIN = 1;
export const SCALE_MAX = 5;
export const SCALE_VALUES = [1, 2, 3, 4, 5] as const;

export const AGAIN_ANSWERS = ['yes', 'no', 'unsure'] as const;
export type AgainAnswer = (typeof AGAIN_ANSWERS)[number];

export const COMMENT_MAX = 2000;

/** Below this many answers, an audience's results are not shown at all. */
export const EVALUATION_MIN_ANSWERS = 5;

export type EvaluationAnswer = {
	audience: Audience;
	trust: number;
	understanding: number;
	influence: number;
	again: AgainAnswer;
	/** Empty when none was written. */
	comment: string;
};

export type ScaleSummary = {
	/** Mean with one decimal. */
	mean: number;
	/** Count per value 1…5, in order. */
	counts: number[];
	/** Share per value 1…5 in whole per cent; the shares add up to 100. */
	shares: number[];
};

export type AudienceSummary =
	| { audience: Audience; suppressed: true }
	| {
			audience: Audience;
			suppressed: false;
			answers: number;
			scales: Record<ScaleQuestion, ScaleSummary>;
			again: { counts: Record<AgainAnswer, number>; shares: Record<AgainAnswer, number> };
			/** Only for staff; empty for the public view. */
			comments: string[];
	  };

export const isScaleValue = (v: unknown): v is number =>
	typeof v === 'number' && Number.isInteger(v) && v >= SCALE_MIN && v <= SCALE_MAX;
export const isAgainAnswer = (v: unknown): v is AgainAnswer => AGAIN_ANSWERS.includes(v as AgainAnswer);

/** The small-group rule on its own: may results for this many answers be shown? */
export const isShowable = (answers: number): boolean => answers >= EVALUATION_MIN_ANSWERS;

/**
 * Whole per cent that add up to exactly 100 (largest remainder), so a table of shares never says 101 %.
 * All zeros for no answers.
 */
export function wholeShares(counts: number[]): number[] {
	const total = counts.reduce((a, b) => a + b, 0);
	if (total === 0) return counts.map(() => 0);
	const exact = counts.map((c) => (c * 100) / total);
	const floors = exact.map(Math.floor);
	let left = 100 - floors.reduce((a, b) => a + b, 0);
	const order = exact.map((e, i) => ({ i, rest: e - Math.floor(e) })).sort((a, b) => b.rest - a.rest || a.i - b.i);
	for (const { i } of order) {
		if (left <= 0) break;
		floors[i] += 1;
		left -= 1;
	}
	return floors;
}

function scaleSummary(values: number[]): ScaleSummary {
	const counts = SCALE_VALUES.map((v) => values.filter((x) => x === v).length);
	const mean = values.reduce((a, b) => a + b, 0) / values.length;
	return { mean: Math.round(mean * 10) / 10, counts, shares: wholeShares(counts) };
}

/**
 * Summaries per audience, in the order of AUDIENCES. Comments are given only when `withComments` (staff),
 * already passed through `redact` (personal-data redaction), and only for audiences that are shown.
 */
export function summariseEvaluation(
	answers: EvaluationAnswer[],
	options: { withComments: boolean; redact: (text: string) => string }
): AudienceSummary[] {
	return AUDIENCES.map((audience): AudienceSummary => {
		const mine = answers.filter((a) => a.audience === audience);
		if (!isShowable(mine.length)) return { audience, suppressed: true };
		const againCounts = Object.fromEntries(
			AGAIN_ANSWERS.map((g) => [g, mine.filter((a) => a.again === g).length])
		) as Record<AgainAnswer, number>;
		const againShares = wholeShares(AGAIN_ANSWERS.map((g) => againCounts[g]));
		return {
			audience,
			suppressed: false,
			answers: mine.length,
			scales: Object.fromEntries(SCALE_QUESTIONS.map((q) => [q, scaleSummary(mine.map((a) => a[q]))])) as Record<
				ScaleQuestion,
				ScaleSummary
			>,
			again: {
				counts: againCounts,
				shares: Object.fromEntries(AGAIN_ANSWERS.map((g, i) => [g, againShares[i]])) as Record<AgainAnswer, number>
			},
			comments: options.withComments
				? mine
						.map((a) => a.comment.trim())
						.filter((c) => c !== '')
						.map(options.redact)
				: []
		};
	});
}

/** Whether the survey takes answers right now. */
export type SurveyState = { isOpen: boolean; openedAt: Date | null; closedAt: Date | null };

/** Public results are shown once the survey has been closed, so that early results do not steer later answers. */
export const showsPublicResults = (survey: SurveyState | null): boolean =>
	survey !== null && !survey.isOpen && survey.closedAt !== null;
