/**
 * @module Limits on statement votes, so a vote cannot be stuffed from one place: votes per participant and
 * per client address (ten times as many, for a class or a meeting on one network), and new participants per
 * client address. Whether a participant is new is asked of the database, not of the cookie: a made-up
 * cookie is a new participant too. A refused vote is counted nowhere; an allowed one everywhere.
 */
import { createRateLimiter, type RateLimitDecision, type RateLimiter } from '../../security/rate-limit';
import type { UseCaseContext } from '../context';
import { findParticipantByTokenHash } from './queries/statements';

export type VoteLimits = { perParticipant: RateLimiter; perAddress: RateLimiter; newParticipants: RateLimiter };

const WINDOW_MS = 10 * 60_000;
/** Votes per client address are this many times the votes per participant. */
export const ADDRESS_FACTOR = 10;

export function createVoteLimits(votesPer10Minutes: number, newParticipantsPer10Minutes: number): VoteLimits {
	return {
		perParticipant: createRateLimiter(votesPer10Minutes, WINDOW_MS),
		perAddress: createRateLimiter(votesPer10Minutes * ADDRESS_FACTOR, WINDOW_MS),
		newParticipants: createRateLimiter(newParticipantsPer10Minutes, WINDOW_MS)
	};
}

/**
 * Whether a vote from `address` by the participant whose stored key is `participantKey` is within the limits;
 * when it is, it is counted. When it is not, the answer says how long to wait (the longest of the limits hit).
 */
export async function admitVote(
	{ db }: Pick<UseCaseContext, 'db'>,
	limits: VoteLimits,
	vote: { address: string; participantKey: string }
): Promise<RateLimitDecision> {
	const isNew = (await findParticipantByTokenHash(db, vote.participantKey)) === null;
	const checks: [RateLimiter, string][] = [
		[limits.perAddress, vote.address],
		[limits.perParticipant, vote.participantKey],
		...(isNew ? ([[limits.newParticipants, vote.address]] as [RateLimiter, string][]) : [])
	];
	const refusals = checks
		.map(([limiter, key]) => limiter.check(key))
		.filter((d): d is Extract<RateLimitDecision, { allowed: false }> => !d.allowed);
	if (refusals.length > 0)
		return { allowed: false, retryAfterSeconds: Math.max(...refusals.map((d) => d.retryAfterSeconds)) };
	for (const [limiter, key] of checks) limiter.hit(key);
	return { allowed: true };
}
