import { describe, expect, it } from 'vitest';
import methodsContent from '../../server/seed/content/methods.json';
import methodGroups from '../../server/seed/content/method-groups.json';
import { emptyAnswers, isEmptyAnswers, scoreMethod, suggestMethods, type ChooserAnswers } from './chooser';
import type { Method } from './methods';

const groups = methodGroups as Record<string, { reaches: string[]; misses: string[] }>;
const catalogue = (methodsContent as unknown as Method[]).map(
	(m) => ({ ...m, reachesGroups: groups[m.key].reaches, missesGroups: groups[m.key].misses }) as Method
);
const plan = (answers: Partial<ChooserAnswers>) => ({ ...emptyAnswers(), ...answers });
const top = (answers: Partial<ChooserAnswers>, n: number) =>
	suggestMethods(catalogue, plan(answers))
		.slice(0, n)
		.map((s) => s.method.key);

describe('method chooser', () => {
	it('every method in the catalogue has group tags for the chooser', () => {
		for (const m of methodsContent) expect(groups[m.key], m.key).toBeDefined();
	});

	it('reach young people, deep, co-creation → walk and talk, co-creative working group and open space first', () => {
		const best = top({ groups: ['young'], depth: 'high', phase: 'cocreation', level: 'dialogue' }, 3);
		expect(best.sort()).toEqual(['medskapande-arbetsgrupp', 'open-space', 'walk-and-talk']);
	});

	it('hear many, shallow, measure → e-petition first and the e-panel close behind', () => {
		const best = top({ reach: 'high', depth: 'low', mode: 'low', phase: 'collection', level: 'consultation' }, 3);
		expect(best[0]).toBe('e-petition');
		expect(best).toContain('e-panel');
		expect(best).not.toContain('medborgarjury');
	});

	it('those not usually heard, on a small budget → the tent, interviews and walks rank above the open meeting and the jury', () => {
		const ranked = suggestMethods(
			catalogue,
			plan({ groups: ['not-usually-heard'], phase: 'collection', budget: 'low' })
		).map((s) => s.method.key);
		expect(ranked.slice(0, 4)).toEqual(expect.arrayContaining(['taltet', 'walk-and-talk']));
		expect(ranked.indexOf('taltet')).toBeLessThan(ranked.indexOf('oppet-mote'));
		expect(ranked.indexOf('fokusgrupp-intervju')).toBeLessThan(ranked.indexOf('medborgarjury'));
	});

	it('says why a method fits and what to watch out for, fits first', () => {
		const jury = catalogue.find((m) => m.key === 'medborgarjury')!;
		const s = scoreMethod(
			jury,
			plan({ groups: ['not-usually-heard', 'children'], depth: 'high', reach: 'high', budget: 'low' })
		);
		expect(s.reasons).toEqual(
			expect.arrayContaining([
				{ kind: 'fit', code: 'axis', axis: 'depth', pole: 'high' },
				{ kind: 'warning', code: 'axis', axis: 'reach', pole: 'high' },
				{ kind: 'fit', code: 'reaches', group: 'not-usually-heard' },
				{ kind: 'warning', code: 'misses', group: 'children' },
				{ kind: 'warning', code: 'cost', cost: 'high' }
			])
		);
		const ranked = suggestMethods([jury], plan({ groups: ['children'], depth: 'high' }))[0];
		expect(ranked.reasons.map((r) => r.kind)).toEqual(['fit', 'warning']);
	});

	it('a method over budget loses two points per cost step', () => {
		const jury = catalogue.find((m) => m.key === 'medborgarjury')!;
		expect(scoreMethod(jury, plan({ budget: 'low' })).score).toBe(-4);
		expect(scoreMethod(jury, plan({ budget: 'medium' })).score).toBe(-2);
		expect(scoreMethod(jury, plan({ budget: 'high' })).score).toBe(0);
	});

	it('is deterministic: ties are ordered by Swedish name, and empty answers are recognised', () => {
		const ranked = suggestMethods(catalogue, emptyAnswers());
		expect(ranked.every((s) => s.score === 0)).toBe(true);
		const names = ranked.map((s) => s.method.name);
		expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'sv')));
		expect(isEmptyAnswers(emptyAnswers())).toBe(true);
		expect(isEmptyAnswers(plan({ depth: 'high' }))).toBe(false);
	});
});
