/**
 * @module Formulating the question together (frågeformulering): the facilitator publishes a draft, people
 * propose reformulations and choose the formulation that fits the problem best, and the facilitator fixes
 * the question. Each fix closes a round; a new draft opens the next. Nothing is deleted.
 */
import type { Phase } from '../process/phases';

export const PROPOSER_ROLES = ['resident', 'association', 'staff'] as const;
export type ProposerRole = (typeof PROPOSER_ROLES)[number];

export type Formulation = {
	id: string;
	round: number;
	kind: 'draft' | 'proposal';
	text: string;
	proposerRole: ProposerRole | null;
	status: 'visible' | 'hidden';
	hiddenReason: string | null;
	createdAt: Date;
	fixedAt: Date | null;
};

export type Round = {
	number: number;
	formulations: (Formulation & { choices: number })[];
	fixed: Formulation | null;
	isOpen: boolean;
};

/** Rounds in order; a round is open while it has a draft and nothing fixed. */
export function buildRounds(formulations: readonly Formulation[], choices: Record<string, number>): Round[] {
	const numbers = [...new Set(formulations.map((f) => f.round))].sort((a, b) => a - b);
	return numbers.map((number) => {
		const inRound = formulations
			.filter((f) => f.round === number)
			.sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime())
			.map((f) => ({ ...f, choices: choices[f.id] ?? 0 }));
		const fixed = inRound.find((f) => f.fixedAt !== null) ?? null;
		return { number, formulations: inRound, fixed, isOpen: fixed === null && inRound.some((f) => f.kind === 'draft') };
	});
}

/** The round new drafts go into: the open one, or a new one after the last fixed round. */
export function roundForNewDraft(rounds: readonly Round[]): number {
	const last = rounds.at(-1);
	if (!last) return 1;
	return last.fixed ? last.number + 1 : last.number;
}

export const openRound = (rounds: readonly Round[]): Round | null => rounds.find((r) => r.isOpen) ?? null;

/** Proposals and choices are taken from the public while a round is open in the preparation phase. */
export const takesProposals = (phase: Phase, isPublished: boolean, rounds: readonly Round[]) =>
	isPublished && phase === 'preparation' && openRound(rounds) !== null;
