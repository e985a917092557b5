import { describe, expect, it } from 'vitest';
import { computeOpinionMap } from '../../analysis/opinion-map/index';
import type { VoteInput } from '../../analysis/opinion-map/types';
import { buildOpinionView, MIN_GROUP_SIZE } from './opinion-view';
import { checkVote, moderate, nextStatement, progress, toEngineStatement, VOTE_VALUE, voteChoiceOf } from './statement';

const s = (id: string, status: 'pending' | 'approved' | 'rejected' = 'approved') => ({ id, status });

describe('statement rules', () => {
	it('uses the engine sign: agree +1, disagree −1, pass 0, and back', () => {
		expect(VOTE_VALUE).toEqual({ agree: 1, disagree: -1, pass: 0 });
		expect([1, -1, 0].map(voteChoiceOf)).toEqual(['agree', 'disagree', 'pass']);
	});

	it('moderates rejected statements out of the map and leaves pending ones unmoderated', () => {
		expect([s('a'), s('b', 'rejected'), s('c', 'pending')].map(toEngineStatement)).toEqual([
			{ id: 'a', moderated: 1 },
			{ id: 'b', moderated: -1 },
			{ id: 'c', moderated: 0 }
		]);
	});

	it('accepts votes only on approved statements while the module is open', () => {
		expect(checkVote(true, s('a'))).toEqual({ ok: true, value: true });
		expect(checkVote(false, s('a'))).toEqual({ ok: false, error: { code: 'closed' } });
		expect(checkVote(true, s('a', 'pending'))).toEqual({ ok: false, error: { code: 'not_found' } });
		expect(checkVote(true, s('a', 'rejected'))).toEqual({ ok: false, error: { code: 'not_found' } });
		expect(checkVote(true, null)).toEqual({ ok: false, error: { code: 'not_found' } });
	});

	it('needs a reason to reject, and refuses a decision that changes nothing', () => {
		expect(moderate(s('a', 'pending'), { decision: 'approve' })).toEqual({
			ok: true,
			value: { status: 'approved', rejectedReason: null }
		});
		expect(moderate(s('a', 'pending'), { decision: 'reject', reason: '  ' })).toEqual({
			ok: false,
			error: { code: 'reason_required' }
		});
		expect(moderate(s('a'), { decision: 'reject', reason: ' Pekar ut en person. ' })).toEqual({
			ok: true,
			value: { status: 'rejected', rejectedReason: 'Pekar ut en person.' }
		});
		expect(moderate(s('a', 'rejected'), { decision: 'approve' })).toEqual({
			ok: true,
			value: { status: 'approved', rejectedReason: null }
		});
		expect(moderate(s('a'), { decision: 'approve' })).toEqual({ ok: false, error: { code: 'unchanged' } });
		expect(moderate(s('a', 'rejected'), { decision: 'reject', reason: 'x' })).toEqual({
			ok: false,
			error: { code: 'unchanged' }
		});
	});

	it('routes to an approved statement not yet voted on, weighted by priority', () => {
		const list = [s('a'), s('b'), s('c', 'pending'), s('d', 'rejected')];
		expect(nextStatement(list, new Set(['a']), {}, 0.99)).toBe('b');
		expect(nextStatement(list, new Set(['a', 'b']), {}, 0)).toBeNull();
		// b has 9 times a's weight: most draws land on b.
		expect(nextStatement(list, new Set(), { a: 1, b: 9 }, 0.05)).toBe('a');
		expect(nextStatement(list, new Set(), { a: 1, b: 9 }, 0.5)).toBe('b');
	});

	it('counts progress over the statements that are shown', () => {
		const list = [s('a'), s('b'), s('c', 'rejected')];
		expect(progress(list, new Set(['a', 'c']))).toEqual({ voted: 1, total: 2, done: false });
		expect(progress(list, new Set(['a', 'b']))).toEqual({ voted: 2, total: 2, done: true });
		expect(progress([], new Set())).toEqual({ voted: 0, total: 0, done: false });
	});
});

/** Two camps of 20 that disagree on s1–s4 and agree on s5; s6 is rejected. */
function twoCamps(): VoteInput[] {
	const votes: VoteInput[] = [];
	for (let p = 0; p < 40; p++) {
		const camp = p < 20 ? 1 : -1;
		for (let i = 1; i <= 4; i++)
			votes.push({
				participant: `p${p}`,
				statement: `s${i}`,
				vote: (((p + i) % 7 === 0 ? 0 : camp) * (i % 2 ? 1 : -1)) as -1 | 0 | 1
			});
		votes.push({ participant: `p${p}`, statement: 's5', vote: 1 });
		votes.push({ participant: `p${p}`, statement: 's6', vote: camp as 1 | -1 });
	}
	return votes;
}

describe('the public opinion view', () => {
	const shown = ['s1', 's2', 's3', 's4', 's5'];
	const statements = [...shown.map((id) => ({ id, moderated: 1 as const })), { id: 's6', moderated: -1 as const }];

	it('describes two groups by their statements, with shares in the group and in the rest, never who is in them', () => {
		const votes = twoCamps();
		const view = buildOpinionView(computeOpinionMap({ votes, statements }), votes, shown);
		expect(view.enough).toBe(true);
		expect(view.participants).toBe(40);
		expect(view.groups.map((g) => [g.label, g.size])).toEqual([
			['A', 20],
			['B', 20]
		]);
		const rep = view.groups[0].representative[0];
		expect(rep.group.total + rep.rest.total).toBe(40);
		expect(Math.abs(rep.group.agreePct - rep.rest.agreePct)).toBeGreaterThan(50);
		expect(JSON.stringify(view)).not.toMatch(/"p\d+"/);
		expect(view.consensus.agree.map((c) => c.statementId)).toContain('s5');
		expect(view.divisive.map((d) => d.statementId).sort()).toEqual(['s1', 's2', 's3', 's4']);
		expect(view.byStatement.map((b) => b.statementId)).toEqual(shown);
		// The rejected statement appears nowhere.
		expect(JSON.stringify(view)).not.toContain('s6');
	});

	it('explains each group with counts behind its shares, and finds the broad agreement in every group', () => {
		const votes = twoCamps();
		const view = buildOpinionView(computeOpinionMap({ votes, statements }), votes, shown);
		for (const g of view.groups) {
			expect(g.setApart.length).toBeGreaterThan(0);
			expect(g.setApart.length).toBeLessThanOrEqual(5);
			expect(g.setApartHidden).toBe(0);
			for (const item of g.setApart) {
				const row = view.byStatement.find((b) => b.statementId === item.statementId)!;
				// The count is the group's own, and "everyone else" is everyone who answered minus the group.
				expect(item.group.of).toBe(row.groups[g.id].total);
				expect(item.rest.of).toBe(row.all.total - row.groups[g.id].total);
				expect(item.group.pct).toBeGreaterThan(item.rest.pct);
			}
		}
		expect(view.broadAgreement).toEqual([
			{
				statementId: 's5',
				lowestPct: 100,
				groups: {
					[view.groups[0].id]: { count: 20, of: 20, pct: 100 },
					[view.groups[1].id]: { count: 20, of: 20, pct: 100 }
				}
			}
		]);
	});

	it('says there are too few votes with a handful of participants', () => {
		const votes = twoCamps().filter((v) => ['p0', 'p1', 'p2', 'p20', 'p21', 'p22'].includes(String(v.participant)));
		const view = buildOpinionView(computeOpinionMap({ votes, statements }), votes, shown);
		expect(view.enough).toBe(false);
		expect(view.participants).toBe(6);
		expect(view.groups.every((g) => g.size >= MIN_GROUP_SIZE)).toBe(true);
	});
});
