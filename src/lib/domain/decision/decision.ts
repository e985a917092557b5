/**
 * @module Decisions on proposals (phase 6): the deciding body, case number and minutes paragraph, and an
 * outcome per proposal with reasons. Pure rules: a decision cannot be published without reasons for every
 * proposal it does not adopt, and it must say who decided, when and under which case number.
 */

export const OUTCOMES = ['adopted', 'adoptedInPart', 'rejected', 'referred'] as const;
export type Outcome = (typeof OUTCOMES)[number];
export const isOutcome = (v: unknown): v is Outcome => OUTCOMES.includes(v as Outcome);

/** Outcomes that lead to implementation items. */
export const isAdopting = (o: Outcome): boolean => o === 'adopted' || o === 'adoptedInPart';

export const BODY_KINDS = ['committee', 'council', 'executive', 'board', 'other'] as const;
export type BodyKind = (typeof BODY_KINDS)[number];

export const DECISION_STATUSES = ['draft', 'published'] as const;
export type DecisionStatus = (typeof DECISION_STATUSES)[number];

export const REASONS_MAX = 4000;

export type DecisionDraft = {
	body: string;
	bodyKind: BodyKind;
	decidedOn: string;
	caseNumber: string;
	minutesParagraph: string;
	outcomes: { proposalId: string; outcome: Outcome; reasons: string }[];
};

export type PublishProblem =
	| { kind: 'noOutcomes' }
	| { kind: 'reasonsMissing'; proposalId: string }
	| { kind: 'minutesMissing' }
	| { kind: 'alreadyPublished' };

/**
 * Whether a draft may be published. Every proposal it does not adopt in full needs its reasons (residents
 * must be able to read why), and the minutes paragraph must be there so the decision can be cited.
 */
export function checkPublishable(decision: DecisionDraft & { status: DecisionStatus }): PublishProblem[] {
	if (decision.status === 'published') return [{ kind: 'alreadyPublished' }];
	const problems: PublishProblem[] = [];
	if (decision.outcomes.length === 0) problems.push({ kind: 'noOutcomes' });
	for (const o of decision.outcomes) {
		if (o.outcome !== 'adopted' && o.reasons.trim().length === 0)
			problems.push({ kind: 'reasonsMissing', proposalId: o.proposalId });
	}
	if (decision.minutesParagraph.trim().length === 0) problems.push({ kind: 'minutesMissing' });
	return problems;
}
