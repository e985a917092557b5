/**
 * @module The Council of Europe matrix (samverkansmatrisen): for each stage of a decision, the level of
 * participation a process offers. No level is "better" than another; the point is to be honest.
 */
export const DECISION_STAGES = [
	'agenda',
	'drafting',
	'decision',
	'implementation',
	'monitoring',
	'reformulation'
] as const;
export type DecisionStage = (typeof DECISION_STAGES)[number];

/** `none` means that stage is not open to participation in this process — said out loud, not hidden. */
export const PARTICIPATION_LEVELS = ['none', 'information', 'consultation', 'dialogue', 'partnership'] as const;
export type ParticipationLevel = (typeof PARTICIPATION_LEVELS)[number];

export type ParticipationMatrix = Record<DecisionStage, ParticipationLevel>;

export const emptyParticipationMatrix = (): ParticipationMatrix => ({
	agenda: 'none',
	drafting: 'none',
	decision: 'none',
	implementation: 'none',
	monitoring: 'none',
	reformulation: 'none'
});

/** The four levels as matrix columns (without `none`), for drawing the table. */
export const MATRIX_LEVELS = PARTICIPATION_LEVELS.filter((l) => l !== 'none');
