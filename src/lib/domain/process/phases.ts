/**
 * @module The eight phases of SKR's loop for complex issues, in order. The loop restarts after learning.
 */
export const PHASES = [
	'preparation',
	'collection',
	'compilation',
	'cocreation',
	'proposals',
	'decision',
	'implementation',
	'learning'
] as const;

export type Phase = (typeof PHASES)[number];

export const isPhase = (value: unknown): value is Phase => PHASES.includes(value as Phase);

export const phaseIndex = (phase: Phase): number => PHASES.indexOf(phase);

/** The phase after `phase`, or null when the loop is at its last phase (start a new loop instead). */
export function nextPhase(phase: Phase): Phase | null {
	return PHASES[phaseIndex(phase) + 1] ?? null;
}

/** Relation of a phase to the process's current phase, for marking the timeline. */
export function phaseState(phase: Phase, current: Phase): 'done' | 'current' | 'upcoming' {
	const diff = phaseIndex(phase) - phaseIndex(current);
	return diff < 0 ? 'done' : diff === 0 ? 'current' : 'upcoming';
}
