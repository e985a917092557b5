import { describe, expect, it } from 'vitest';
import { PHASES } from '../process/phases';
import { audienceOnEntering, countRecipients } from './audience';

describe('who hears about a step', () => {
	it('tells everyone when the working group starts, proposals open and proposals go to decision', () => {
		expect(Object.fromEntries(PHASES.map((p) => [p, audienceOnEntering(p)]))).toEqual({
			preparation: 'nobody',
			collection: 'nobody',
			compilation: 'nobody',
			cocreation: 'everyone',
			proposals: 'everyone',
			decision: 'everyone',
			implementation: 'nobody',
			learning: 'nobody'
		});
	});

	it('counts people once and messages per channel', () => {
		expect(
			countRecipients([
				{ email: 'a@example.se', phone: '0701234567' },
				{ email: 'b@example.se', phone: null },
				{ email: null, phone: '0707654321' },
				{ email: null, phone: null }
			])
		).toEqual({ people: 3, email: 2, sms: 2 });
		expect(countRecipients([])).toEqual({ people: 0, email: 0, sms: 0 });
	});
});
