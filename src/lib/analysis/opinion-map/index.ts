/**
 * Opinion map (Pol.is-class analysis) — public API. Pure: plain data in, plain data out, no I/O, no clock.
 * See README.md in this folder for the algorithm, the deviations from Pol.is and the measured agreement.
 */
import { applyVotes, applyVoteTable, createOpinionMapState, setStatements } from './state';
import type { OpinionMapOptions, OpinionMapResult, StatementInput, VoteInput, VoteTable } from './types';
import { updateOpinionMap } from './update';

export type * from './types';
export { DEFAULT_OPTIONS } from './types';
export { applyVotes, applyVoteTable, createOpinionMapState, setStatements, type OpinionMapState } from './state';
export { updateOpinionMap } from './update';
export { seedFromPolisMath, type PolisMathBlob } from './polis-seed';
export { adjustedRandIndex } from './ari';
export { pickNextStatement } from './routing';
export { serialiseState, deserialiseState } from './serialise';
export { analyseFixedGroups, type FixedGroupsResult } from './fixed-groups';
export {
	parseCsv,
	parseCommentsCsv,
	parseVotesCsv,
	parseParticipantsVotesCsv,
	tableToVotes,
	VotesCsvReader,
	ParticipantsVotesCsvReader,
	PolisVotesReader,
	type ParticipantsVotes,
	type ParticipantsVotesTable
} from './open-data';

export interface OpinionMapInput {
	/**
	 * In time order; the last vote per (participant, statement) wins. agree = +1, disagree = −1, pass = 0.
	 * A `VoteTable` (from the streaming CSV readers) gives the same result without an object per vote.
	 */
	votes: Iterable<VoteInput> | VoteTable;
	statements?: Iterable<StatementInput>;
}

/** Full recompute from scratch (a cold first tick). For a live map keep a state and call updateOpinionMap. */
export function computeOpinionMap(input: OpinionMapInput, options: OpinionMapOptions = {}): OpinionMapResult {
	const { clock, ...rest } = options;
	const state = createOpinionMapState(rest);
	if (input.statements) setStatements(state, input.statements);
	if (isVoteTable(input.votes)) applyVoteTable(state, input.votes);
	else applyVotes(state, input.votes);
	return updateOpinionMap(state, clock);
}

function isVoteTable(votes: Iterable<VoteInput> | VoteTable): votes is VoteTable {
	return (votes as VoteTable).vote instanceof Int8Array;
}
