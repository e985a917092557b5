import { describe, expect, it } from 'vitest';
import { panelRetention, volunteersToForget, type PanelRetentionFacts } from './retention';

const facts = (over: Partial<PanelRetentionFacts> = {}): PanelRetentionFacts => ({
	phase: 'cocreation',
	seats: 2,
	isDrawn: true,
	accepted: ['a'],
	expiresOn: '2027-06-30',
	today: '2027-03-01',
	...over
});

describe('how long volunteers’ details are kept', () => {
	it('keeps everyone while the panel is being formed', () => {
		expect(panelRetention(facts())).toEqual({ stage: 'needed' });
		expect(panelRetention(facts({ isDrawn: false, accepted: [] }))).toEqual({ stage: 'needed' });
		expect(volunteersToForget(panelRetention(facts()), ['a', 'b', 'c'])).toEqual([]);
	});

	it('keeps only the members once every seat has said yes', () => {
		const r = panelRetention(facts({ accepted: ['a', 'b'] }));
		expect(r).toMatchObject({ stage: 'panelDone', reason: 'seatsFilled' });
		expect(volunteersToForget(r, ['a', 'b', 'c', 'd'])).toEqual(['c', 'd']);
	});

	it('keeps only those who said yes once the process has moved past co-creation, drawn or not', () => {
		expect(panelRetention(facts({ phase: 'cocreation' })).stage).toBe('needed');
		const r = panelRetention(facts({ phase: 'proposals' }));
		expect(r).toMatchObject({ stage: 'panelDone', reason: 'phasePassed' });
		expect(volunteersToForget(r, ['a', 'b'])).toEqual(['b']);
		expect(
			volunteersToForget(panelRetention(facts({ phase: 'decision', isDrawn: false, accepted: [] })), ['a', 'b'])
		).toEqual(['a', 'b']);
	});

	it('keeps nobody once the retention period after the process has passed', () => {
		const r = panelRetention(facts({ accepted: ['a', 'b'], today: '2027-07-01' }));
		expect(r.stage).toBe('expired');
		expect(volunteersToForget(r, ['a', 'b', 'c'])).toEqual(['a', 'b', 'c']);
		// On the last day itself, and without an end date, nothing expires.
		expect(panelRetention(facts({ today: '2027-06-30' })).stage).toBe('needed');
		expect(panelRetention(facts({ expiresOn: null, today: '2099-01-01' })).stage).toBe('needed');
	});
});
