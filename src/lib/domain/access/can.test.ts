import { describe, expect, it } from 'vitest';
import { ACTIONS, can, STAFF_ROLES, type Action, type Actor } from './can';

const actors: Record<string, Actor> = {
	anonymous: { kind: 'anonymous' },
	...Object.fromEntries(STAFF_ROLES.map((role) => [role, { kind: 'staff', userId: 'u', organisationId: 'o', role } satisfies Actor]))
};

/** The truth table: every actor × every action. Changing a permission means changing this table. */
const expected: Record<string, Record<Action, boolean>> = {
	anonymous: {
		'staff.view': false, 'audit.view': false, 'process.create': false, 'process.revise': false, 'process.publish': false, 'process.advancePhase': false,
		'perspective.read': false, 'perspective.record': false, 'perspective.moderate': false, 'perspective.harvest': false,
		'statement.manage': false, 'statement.moderate': false, 'interview.plan': false,
		'method.revise': false, 'plan.read': false, 'plan.revise': false, 'question.moderate': false,
		'panel.view': false, 'panel.manage': false, 'panel.contacts': false
	},
	admin: {
		'staff.view': true, 'audit.view': true, 'process.create': true, 'process.revise': true, 'process.publish': true, 'process.advancePhase': true,
		'perspective.read': true, 'perspective.record': true, 'perspective.moderate': true, 'perspective.harvest': true,
		'statement.manage': true, 'statement.moderate': true, 'interview.plan': true,
		'method.revise': true, 'plan.read': true, 'plan.revise': true, 'question.moderate': true,
		'panel.view': true, 'panel.manage': true, 'panel.contacts': true
	},
	facilitator: {
		'staff.view': true, 'audit.view': true, 'process.create': true, 'process.revise': true, 'process.publish': true, 'process.advancePhase': true,
		'perspective.read': true, 'perspective.record': true, 'perspective.moderate': true, 'perspective.harvest': true,
		'statement.manage': true, 'statement.moderate': true, 'interview.plan': true,
		'method.revise': true, 'plan.read': true, 'plan.revise': true, 'question.moderate': true,
		'panel.view': true, 'panel.manage': true, 'panel.contacts': true
	},
	official: {
		'staff.view': true, 'audit.view': true, 'process.create': false, 'process.revise': false, 'process.publish': false, 'process.advancePhase': false,
		'perspective.read': true, 'perspective.record': true, 'perspective.moderate': false, 'perspective.harvest': false,
		'statement.manage': false, 'statement.moderate': false, 'interview.plan': false,
		'method.revise': false, 'plan.read': true, 'plan.revise': false, 'question.moderate': false,
		'panel.view': true, 'panel.manage': false, 'panel.contacts': false
	}
};

describe('permissions truth table', () => {
	for (const [name, actor] of Object.entries(actors)) {
		for (const action of ACTIONS) {
			it(`${name} ${expected[name][action] ? 'may' : 'may not'} ${action}`, () => {
				expect(can(actor, action)).toBe(expected[name][action]);
			});
		}
	}
});
