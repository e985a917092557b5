import { describe, expect, it } from 'vitest';
import { compileCarryOver, canStartNextLoopIn, nextLoopDefaults } from './carry-over';
import {
	EVALUATION_MIN_ANSWERS,
	isShowable,
	showsPublicResults,
	summariseEvaluation,
	wholeShares,
	type EvaluationAnswer
} from './evaluation';
import { groupLessons, publicLessons } from './lesson';

const answer = (over: Partial<EvaluationAnswer> = {}): EvaluationAnswer => ({
	audience: 'participant',
	trust: 3,
	understanding: 3,
	influence: 3,
	again: 'yes',
	comment: '',
	...over
});
const same = (n: number, over: Partial<EvaluationAnswer> = {}) => Array.from({ length: n }, () => answer(over));
const plain = { withComments: true, redact: (s: string) => s };

describe('small groups are suppressed', () => {
	it('shows an audience from five answers, never below', () => {
		expect(EVALUATION_MIN_ANSWERS).toBe(5);
		expect([0, 1, 4, 5, 6].map(isShowable)).toEqual([false, false, false, true, true]);
	});

	it('gives nothing at all for an audience with four answers — no count, no means, no comments', () => {
		const [participants, staff] = summariseEvaluation(
			[...same(4, { audience: 'staff', comment: 'Bra möten.' }), ...same(5)],
			plain
		);
		expect(staff).toEqual({ audience: 'staff', suppressed: true });
		expect(participants).toMatchObject({ audience: 'participant', suppressed: false, answers: 5 });
	});

	it('suppresses both audiences when nobody has answered', () => {
		expect(summariseEvaluation([], plain)).toEqual([
			{ audience: 'participant', suppressed: true },
			{ audience: 'staff', suppressed: true }
		]);
	});
});

describe('aggregation', () => {
	const answers = [
		answer({
			trust: 5,
			understanding: 4,
			influence: 2,
			again: 'yes',
			comment: 'Ring mig på 070-123 45 67 om ni vill veta mer.'
		}),
		answer({ trust: 4, understanding: 4, influence: 3, again: 'yes' }),
		answer({ trust: 4, understanding: 5, influence: 1, again: 'no', comment: '  ' }),
		answer({ trust: 2, understanding: 3, influence: 2, again: 'unsure', comment: 'Mötena var för sent på kvällen.' }),
		answer({ trust: 1, understanding: 2, influence: 1, again: 'yes' }),
		answer({ trust: 3, understanding: 4, influence: 4, again: 'no' })
	];

	it('gives the mean with one decimal, the count and share of each value, and the shares of "again"', () => {
		const [p] = summariseEvaluation(answers, plain);
		if (p.suppressed) throw new Error('not shown');
		expect(p.answers).toBe(6);
		expect(p.scales.trust).toEqual({ mean: 3.2, counts: [1, 1, 1, 2, 1], shares: [17, 17, 17, 33, 16] });
		expect(p.scales.understanding.mean).toBe(3.7);
		expect(p.scales.influence).toMatchObject({ mean: 2.2, counts: [2, 2, 1, 1, 0] });
		expect(p.again.counts).toEqual({ yes: 3, no: 2, unsure: 1 });
		expect(p.again.shares).toEqual({ yes: 50, no: 33, unsure: 17 });
	});

	it('gives staff the written comments, redacted, and the public none', () => {
		const redact = (s: string) => s.replace(/\d[\d -]{6,}\d/g, '[borttaget]');
		const [staffView] = summariseEvaluation(answers, { withComments: true, redact });
		const [publicView] = summariseEvaluation(answers, { withComments: false, redact });
		expect(!staffView.suppressed && staffView.comments).toEqual([
			'Ring mig på [borttaget] om ni vill veta mer.',
			'Mötena var för sent på kvällen.'
		]);
		expect(!publicView.suppressed && publicView.comments).toEqual([]);
	});

	it('keeps whole per cent that add up to 100', () => {
		expect(wholeShares([1, 1, 1])).toEqual([34, 33, 33]);
		expect(wholeShares([0, 0, 0])).toEqual([0, 0, 0]);
		expect(wholeShares([2, 0, 7]).reduce((a, b) => a + b)).toBe(100);
	});

	it('shows public results only once the survey has been closed', () => {
		expect(showsPublicResults(null)).toBe(false);
		expect(showsPublicResults({ isOpen: true, openedAt: new Date(), closedAt: null })).toBe(false);
		expect(showsPublicResults({ isOpen: false, openedAt: new Date(), closedAt: new Date() })).toBe(true);
	});
});

describe('lessons', () => {
	const at = (d: number) => new Date(Date.UTC(2027, 8, d));
	const lessons = [
		{ id: '1', kind: 'nextTime' as const, isPublic: true, createdAt: at(3), withdrawnAt: null },
		{ id: '2', kind: 'worked' as const, isPublic: false, createdAt: at(2), withdrawnAt: null },
		{ id: '3', kind: 'worked' as const, isPublic: true, createdAt: at(1), withdrawnAt: null },
		{ id: '4', kind: 'didNotWork' as const, isPublic: true, createdAt: at(1), withdrawnAt: at(4) }
	];

	it('groups lessons in force by kind, oldest first, leaving withdrawn ones and empty kinds out', () => {
		expect(groupLessons(lessons).map((g) => [g.kind, g.lessons.map((l) => l.id)])).toEqual([
			['worked', ['3', '2']],
			['nextTime', ['1']]
		]);
	});

	it('makes only public lessons in force public', () => {
		expect(publicLessons(lessons).map((l) => l.id)).toEqual(['1', '3']);
	});
});

describe('the next loop', () => {
	it('starts from implementation or learning only', () => {
		expect(canStartNextLoopIn('decision')).toBe(false);
		expect(canStartNextLoopIn('implementation')).toBe(true);
		expect(canStartNextLoopIn('learning')).toBe(true);
	});

	it('suggests "varv 2", then counts on', () => {
		expect(nextLoopDefaults({ slug: 'leva-tillsammans-i-lillby', title: 'Leva tillsammans i Lillby' })).toEqual({
			slug: 'leva-tillsammans-i-lillby-varv-2',
			title: 'Leva tillsammans i Lillby – varv 2'
		});
		expect(nextLoopDefaults({ slug: 'lillby-varv-2', title: 'Lillby – varv 2' })).toEqual({
			slug: 'lillby-varv-3',
			title: 'Lillby – varv 3'
		});
		const long = nextLoopDefaults({ slug: 'a'.repeat(60), title: 'B'.repeat(120) });
		expect(long.slug).toHaveLength(60);
		expect(long.slug.endsWith('-varv-2')).toBe(true);
		expect(long.title).toHaveLength(120);
	});

	it('carries every tension with both sides, redacted, and leaves out what is not shown and withdrawn lessons', () => {
		const carried = compileCarryOver({
			from: { slug: 'x', title: 'X', question: 'Hur vill vi leva tillsammans?' },
			tensions: [
				{
					title: 'Skolan på kvällen',
					description: 'Ansvar eller mötesplats',
					sideA: { text: 'Ring Anna på 070-123 45 67.', status: 'visible' },
					sideB: { text: 'Hot', status: 'hidden' }
				},
				{ title: 'Tempo', description: '', sideA: null, sideB: { text: 'Börja nu.', status: 'visible' } }
			],
			proposals: [
				{ title: 'Öppen skola', outcome: null, reasons: '' },
				{ title: 'Paraply', outcome: 'rejected', reasons: 'Ryms inte i budgeten.' }
			],
			lessons: [
				{ kind: 'worked', text: 'Rapporten utan censur.', withdrawnAt: null },
				{ kind: 'nextTime', text: 'Gammal.', withdrawnAt: new Date() }
			]
		});
		expect(carried.question).toBe('Hur vill vi leva tillsammans?');
		expect(carried.tensions).toHaveLength(2);
		expect(carried.tensions[0].sideA).not.toContain('070');
		expect(carried.tensions[0].sideB).toBe('');
		expect(carried.tensions[1]).toEqual({ title: 'Tempo', description: '', sideA: '', sideB: 'Börja nu.' });
		expect(carried.proposals).toEqual([
			{ title: 'Öppen skola', outcome: null, reasons: '' },
			{ title: 'Paraply', outcome: 'rejected', reasons: 'Ryms inte i budgeten.' }
		]);
		expect(carried.lessons).toEqual([{ kind: 'worked', text: 'Rapporten utan censur.' }]);
	});
});
