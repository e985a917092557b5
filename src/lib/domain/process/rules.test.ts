import { describe, expect, it } from 'vitest';
import { emptyParticipationMatrix } from './participation';
import { PHASES } from './phases';
import type { Process } from './process';
import {
	advancePhase,
	checkSchedule,
	missingForPublishing,
	normaliseSchedule,
	publish,
	slugify,
	unpublish
} from './rules';

const now = new Date('2026-11-22T10:00:00Z');

function draft(overrides: Partial<Process> = {}): Process {
	return {
		id: 'p1',
		organisationId: 'o1',
		slug: 'lillby',
		title: 'Lillby',
		question: 'Hur vill vi leva tillsammans i byn?',
		purpose: '',
		context: '',
		influence: {
			openToInfluence: 'Vilka mötesplatser byn behöver.',
			notNegotiable: '',
			notNegotiableReason: '',
			whoDecides: 'Kommunstyrelsen',
			decisionWhen: 'juni 2027',
			feedbackHow: 'En perspektivrapport till alla som deltagit.'
		},
		participation: emptyParticipationMatrix(),
		schedule: normaliseSchedule([]),
		currentPhase: 'preparation',
		areas: [],
		population: {},
		isPublished: false,
		publishedAt: null,
		createdAt: now,
		updatedAt: now,
		...overrides
	};
}

describe('publishing', () => {
	it('publishes a process whose influence declaration says what is open, who decides, when, and how feedback comes', () => {
		const result = publish(draft(), now);
		expect(result.ok).toBe(true);
		if (result.ok) {
			expect(result.value.isPublished).toBe(true);
			expect(result.value.publishedAt).toEqual(now);
		}
	});

	it.each(['openToInfluence', 'whoDecides', 'decisionWhen', 'feedbackHow'] as const)(
		'refuses when %s is empty',
		(field) => {
			const process = draft();
			process.influence = { ...process.influence, [field]: '   ' };
			const result = publish(process, now);
			expect(result).toEqual({ ok: false, error: { code: 'influence_declaration_incomplete', missing: [field] } });
		}
	);

	it('lists every missing field at once', () => {
		const influence = { ...draft().influence, openToInfluence: '', whoDecides: '', feedbackHow: '' };
		expect(missingForPublishing(influence)).toEqual(['openToInfluence', 'whoDecides', 'feedbackHow']);
	});

	it('refuses to publish twice and to unpublish a draft', () => {
		expect(publish(draft({ isPublished: true }), now)).toEqual({ ok: false, error: { code: 'already_published' } });
		expect(unpublish(draft(), now)).toEqual({ ok: false, error: { code: 'not_published' } });
	});

	it('keeps the first publication date when republished', () => {
		const first = new Date('2026-01-01T00:00:00Z');
		const result = publish(draft({ publishedAt: first }), now);
		expect(result.ok && result.value.publishedAt).toEqual(first);
	});
});

describe('phase transitions', () => {
	it('walks the whole loop in order and stops at learning', () => {
		let process = draft();
		const visited = [process.currentPhase];
		for (;;) {
			const result = advancePhase(process, process.currentPhase, now);
			if (!result.ok) {
				expect(result.error).toEqual({ code: 'last_phase' });
				break;
			}
			process = result.value;
			visited.push(process.currentPhase);
		}
		expect(visited).toEqual([...PHASES]);
	});

	it('refuses a stale click so a double submit cannot skip a phase', () => {
		const process = draft({ currentPhase: 'collection' });
		expect(advancePhase(process, 'preparation', now)).toEqual({
			ok: false,
			error: { code: 'phase_changed', current: 'collection' }
		});
	});
});

describe('schedule', () => {
	it('flags a phase that ends before it starts and one that starts before the previous phase', () => {
		const issues = checkSchedule([
			{ phase: 'preparation', startsOn: '2026-03-01', endsOn: '2026-02-01' },
			{ phase: 'collection', startsOn: '2026-02-15', endsOn: null }
		]);
		expect(issues).toEqual([
			{ phase: 'preparation', field: 'endsOn', code: 'ends_before_start' },
			{ phase: 'collection', field: 'startsOn', code: 'starts_before_previous' }
		]);
	});

	it('accepts an ordered schedule with gaps', () => {
		expect(
			checkSchedule([
				{ phase: 'preparation', startsOn: '2026-01-01', endsOn: '2026-01-31' },
				{ phase: 'decision', startsOn: '2026-09-01', endsOn: null }
			])
		).toEqual([]);
	});

	it('normalises to one entry per phase in loop order', () => {
		expect(
			normaliseSchedule([{ phase: 'decision', startsOn: '2026-09-01', endsOn: null }]).map((s) => s.phase)
		).toEqual([...PHASES]);
	});
});

describe('slugify', () => {
	it('folds Swedish letters and punctuation', () => {
		expect(slugify('Hur vill vi leva tillsammans i byn? – Lillby 2026')).toBe(
			'hur-vill-vi-leva-tillsammans-i-byn-lillby-2026'
		);
		expect(slugify('Trygghet på Storgatan, dag & kväll')).toBe('trygghet-pa-storgatan-dag-kvall');
		expect(slugify('Ölands öar')).toBe('olands-oar');
		expect(slugify('???')).toBe('');
	});
});
