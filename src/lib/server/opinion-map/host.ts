/**
 * @module Keeps one live opinion-map state per process and turns each tick into the public view. Runs
 * inside the worker thread (worker-entry.ts), or in the server's own thread as a fallback. Plain data in
 * and out, so requests and views cross the thread boundary by structured clone.
 */
import {
	applyVotes,
	createOpinionMapState,
	setStatements,
	updateOpinionMap,
	type OpinionMapState
} from '../../analysis/opinion-map/index';
import type { StatementInput, VoteInput } from '../../analysis/opinion-map/types';
import { buildOpinionView, type OpinionView } from '../../domain/statement/opinion-view';

export type ComputeRequest = {
	processId: string;
	/** Start again from every vote (first use, or after the worker restarted). */
	reset?: { statements: StatementInput[]; votes: VoteInput[] };
	/** Moderation changed: the statements as they are now. */
	statements?: StatementInput[];
	/** Votes since the last tick; re-sending a vote that is already known is harmless (last vote wins). */
	votes: VoteInput[];
	/** Approved statement ids in display order. */
	shown: string[];
};

type Live = { state: OpinionMapState; cells: Map<string, VoteInput> };

export function createOpinionMapHost() {
	const live = new Map<string, Live>();
	const key = (v: VoteInput) => `${v.participant}\u0000${v.statement}`;
	return {
		compute(req: ComputeRequest): OpinionView {
			let entry = live.get(req.processId);
			if (req.reset || !entry) {
				entry = { state: createOpinionMapState(), cells: new Map() };
				live.set(req.processId, entry);
				if (req.reset) {
					setStatements(entry.state, req.reset.statements);
					applyVotes(entry.state, req.reset.votes);
					for (const v of req.reset.votes) entry.cells.set(key(v), v);
				}
			}
			if (req.statements) setStatements(entry.state, req.statements);
			if (req.votes.length > 0) {
				applyVotes(entry.state, req.votes);
				for (const v of req.votes) entry.cells.set(key(v), v);
			}
			const result = updateOpinionMap(entry.state);
			return buildOpinionView(result, entry.cells.values(), req.shown);
		},
		forget(processId: string) {
			live.delete(processId);
		}
	};
}
