/**
 * @module Statements (påståenden): short texts participants react to with agree / disagree / pass. The
 * facilitator seeds them; participants may submit their own, which wait for moderation before anyone sees
 * them. Rejected statements keep their votes but are moderated out of the opinion map, as in Pol.is.
 */
import { pickNextStatement } from '../../analysis/opinion-map/routing';
import type { StatementInput, Vote } from '../../analysis/opinion-map/types';
import { err, ok, type Result } from '../../kernel/result';

export const STATEMENT_TEXT_MAX = 140;
export const REJECT_REASON_MAX = 500;

export const STATEMENT_STATUSES = ['pending', 'approved', 'rejected'] as const;
export type StatementStatus = (typeof STATEMENT_STATUSES)[number];

/** Who wrote it: the facilitator (seeded) or a participant (submitted, moderated first). */
export const STATEMENT_ORIGINS = ['facilitator', 'participant'] as const;
export type StatementOrigin = (typeof STATEMENT_ORIGINS)[number];

export type Statement = {
	id: string;
	processId: string;
	text: string;
	origin: StatementOrigin;
	status: StatementStatus;
	rejectedReason: string | null;
	createdAt: Date;
};

export const VOTE_CHOICES = ['agree', 'disagree', 'pass'] as const;
export type VoteChoice = (typeof VOTE_CHOICES)[number];

/** The engine's and the API's sign: agree = +1, disagree = −1, pass = 0. */
export const VOTE_VALUE: Record<VoteChoice, Vote> = { agree: 1, disagree: -1, pass: 0 };
export const voteChoiceOf = (value: number): VoteChoice => (value > 0 ? 'agree' : value < 0 ? 'disagree' : 'pass');

/** Moderation as the engine takes it: approved = 1, rejected = −1 (zeroed out), pending = 0 (never voted on). */
export function toEngineStatement(s: Pick<Statement, 'id' | 'status'>): StatementInput {
	return { id: s.id, moderated: s.status === 'approved' ? 1 : s.status === 'rejected' ? -1 : 0 };
}

export type VoteRefusal = { code: 'closed' } | { code: 'not_found' };

/** A vote counts only while the module is open, and only on a statement participants can see. */
export function checkVote(moduleOpen: boolean, statement: Pick<Statement, 'status'> | null): Result<true, VoteRefusal> {
	if (!statement || statement.status !== 'approved') return err({ code: 'not_found' });
	if (!moduleOpen) return err({ code: 'closed' });
	return ok(true);
}

export type ModerationDecision = { decision: 'approve' } | { decision: 'reject'; reason: string };
export type ModerationRefusal = { code: 'unchanged' } | { code: 'reason_required' };

/**
 * Moderation can approve a pending or rejected statement, and reject a pending or approved one (with a
 * reason people can read). Nothing is deleted: a rejected statement and its votes stay, counted apart.
 */
export function moderate(
	statement: Pick<Statement, 'status'>,
	d: ModerationDecision
): Result<{ status: StatementStatus; rejectedReason: string | null }, ModerationRefusal> {
	if (d.decision === 'approve')
		return statement.status === 'approved'
			? err({ code: 'unchanged' })
			: ok({ status: 'approved', rejectedReason: null });
	const reason = d.reason.trim();
	if (!reason) return err({ code: 'reason_required' });
	return statement.status === 'rejected'
		? err({ code: 'unchanged' })
		: ok({ status: 'rejected', rejectedReason: reason });
}

/**
 * The next statement for a participant: among the approved ones they have not voted on, drawn by the
 * opinion map's routing priority (so each new vote says as much as possible). `u` ∈ [0, 1) from the caller.
 */
export function nextStatement(
	statements: readonly Pick<Statement, 'id' | 'status'>[],
	voted: ReadonlySet<string>,
	priorities: Record<string, number>,
	u: number
): string | null {
	const candidates = statements.filter((s) => s.status === 'approved' && !voted.has(s.id)).map((s) => s.id);
	return pickNextStatement(candidates, priorities, u) as string | null;
}

/** "You have taken a stand on 5 of 24": votes on statements that are still shown, out of those shown. */
export function progress(
	statements: readonly Pick<Statement, 'id' | 'status'>[],
	voted: ReadonlySet<string>
): { voted: number; total: number; done: boolean } {
	const shown = statements.filter((s) => s.status === 'approved');
	const n = shown.filter((s) => voted.has(s.id)).length;
	return { voted: n, total: shown.length, done: shown.length > 0 && n === shown.length };
}
