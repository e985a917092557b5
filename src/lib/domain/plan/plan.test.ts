import { describe, expect, it } from 'vitest';
import { checkReadiness, emptySection, parseLinks, totalCost } from './plan';
import { buildRounds, openRound, roundForNewDraft, takesProposals, type Formulation } from './question';

const influence = {
	openToInfluence: 'x',
	notNegotiable: '',
	notNegotiableReason: '',
	whoDecides: 'Nämnden',
	decisionWhen: '',
	feedbackHow: ''
};

describe('readiness check', () => {
	it('lists every obstacle as missing for an empty plan', () => {
		const check = checkReadiness(emptySection('readiness'), influence);
		expect(check.filter((c) => !c.ready).map((c) => c.item)).toEqual([
			'politicalMandate',
			'managementMandate',
			'receivingCapacity',
			'feedbackPlan',
			'notNegotiable',
			'budget',
			'time'
		]);
	});

	it('needs both who receives the input and by when; takes feedback and non-negotiables from the influence declaration', () => {
		const readiness = { ...emptySection('readiness'), receivingWho: 'Planeraren' };
		const check = checkReadiness(readiness, { ...influence, feedbackHow: 'Mejl i juni', notNegotiable: 'Budgeten' });
		const ready = Object.fromEntries(check.map((c) => [c.item, c.ready]));
		expect(ready).toMatchObject({ receivingCapacity: false, feedbackPlan: true, notNegotiable: true });
		expect(
			Object.fromEntries(
				checkReadiness({ ...readiness, receivingBy: '2027-06-01' }, influence).map((c) => [c.item, c.ready])
			).receivingCapacity
		).toBe(true);
	});
});

describe('plan helpers', () => {
	it('sums adaptation costs', () => {
		expect(
			totalCost([
				{ kind: 'food', description: 'Mat', cost: 9000 },
				{ kind: 'times', description: 'Kvällar', cost: 0 },
				{ kind: 'interpreters', description: 'Tolk', cost: 18000 }
			])
		).toBe(27000);
	});

	it('reads links one per line, keeping lines without an address as plain text', () => {
		expect(parseLinks('Beslut 2025 – https://kommun.se/b\n\nhttps://kommun.se/r\nRapporten på papper')).toEqual([
			{ title: 'Beslut 2025', url: 'https://kommun.se/b' },
			{ title: 'https://kommun.se/r', url: 'https://kommun.se/r' },
			{ title: 'Rapporten på papper', url: null }
		]);
	});
});

describe('question rounds', () => {
	const f = (id: string, round: number, kind: 'draft' | 'proposal', day: number, fixed = false): Formulation => ({
		id,
		round,
		kind,
		text: id,
		proposerRole: null,
		status: 'visible',
		hiddenReason: null,
		createdAt: new Date(2026, 10, day),
		fixedAt: fixed ? new Date(2026, 10, day + 1) : null
	});

	it('a round with a draft and nothing fixed is open; counts are attached; the next draft goes into a new round after a fix', () => {
		const open = buildRounds([f('d1', 1, 'draft', 1), f('p1', 1, 'proposal', 2)], { p1: 3 });
		expect(openRound(open)?.number).toBe(1);
		expect(open[0].formulations.map((x) => [x.id, x.choices])).toEqual([
			['d1', 0],
			['p1', 3]
		]);
		expect(roundForNewDraft(open)).toBe(1);
		expect(takesProposals('preparation', true, open)).toBe(true);
		expect(takesProposals('collection', true, open)).toBe(false);
		expect(takesProposals('preparation', false, open)).toBe(false);

		const fixed = buildRounds([f('d1', 1, 'draft', 1), f('p1', 1, 'proposal', 2, true)], {});
		expect(fixed[0].fixed?.id).toBe('p1');
		expect(openRound(fixed)).toBeNull();
		expect(roundForNewDraft(fixed)).toBe(2);
		expect(roundForNewDraft([])).toBe(1);
	});
});
