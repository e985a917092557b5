import { describe, expect, it } from 'vitest';
import { PHASES } from '../process/phases';
import { ACTIONS, can, STAFF_ROLES, type Action, type Actor } from './can';

const actors: Record<string, Actor> = {
	anonymous: { kind: 'anonymous' },
	...Object.fromEntries(
		STAFF_ROLES.map((role) => [role, { kind: 'staff', userId: 'u', organisationId: 'o', role } satisfies Actor])
	),
	member: { kind: 'member', memberId: 'm', processId: 'p', organisationId: 'o', role: 'resident' },
	platform: { kind: 'platform', userId: 'u', organisationId: 'o' }
};

/** The truth table: every actor × every action. Changing a permission means changing this table. */
const expected: Record<string, Record<Action, boolean>> = {
	anonymous: {
		'staff.view': false,
		'audit.view': false,
		'process.create': false,
		'process.revise': false,
		'process.publish': false,
		'process.advancePhase': false,
		'perspective.read': false,
		'perspective.record': false,
		'perspective.moderate': false,
		'perspective.harvest': false,
		'perspective.route': false,
		'receiver.manage': false,
		'statement.manage': false,
		'statement.moderate': false,
		'interview.plan': false,
		'method.revise': false,
		'plan.read': false,
		'plan.revise': false,
		'question.moderate': false,
		'panel.view': false,
		'panel.manage': false,
		'panel.contacts': false,
		'decision.view': false,
		'decision.record': false,
		'decision.publish': false,
		'implementation.manage': false,
		...cocreation({ argueInPublic: true }),
		'export.download': false,
		'privacy.assess': false,
		'disclosure.handle': false,
		'disclosure.grounds': false,
		...learning(false),
		...organisation({ configure: false, manage: false }),
		...recordsDesk({ report: true }),
		...retention(false)
	},
	admin: {
		'staff.view': true,
		'audit.view': true,
		'process.create': true,
		'process.revise': true,
		'process.publish': true,
		'process.advancePhase': true,
		'perspective.read': true,
		'perspective.record': true,
		'perspective.moderate': true,
		'perspective.harvest': true,
		'perspective.route': true,
		'receiver.manage': true,
		'statement.manage': true,
		'statement.moderate': true,
		'interview.plan': true,
		'method.revise': true,
		'plan.read': true,
		'plan.revise': true,
		'question.moderate': true,
		'panel.view': true,
		'panel.manage': true,
		'panel.contacts': true,
		'decision.view': true,
		'decision.record': true,
		'decision.publish': true,
		'implementation.manage': true,
		...cocreation({
			view: true,
			compose: true,
			plan: true,
			note: true,
			follow: true,
			publish: true,
			draft: true,
			argueInPublic: true,
			moderate: true,
			commit: true
		}),
		'export.download': true,
		'privacy.assess': true,
		'disclosure.handle': true,
		'disclosure.grounds': true,
		...learning(true),
		...organisation({ configure: true, manage: false }),
		...recordsDesk({ report: true, edit: true, reports: true, view: true, register: true, configure: true }),
		...retention(true)
	},
	facilitator: {
		'staff.view': true,
		'audit.view': true,
		'process.create': true,
		'process.revise': true,
		'process.publish': true,
		'process.advancePhase': true,
		'perspective.read': true,
		'perspective.record': true,
		'perspective.moderate': true,
		'perspective.harvest': true,
		'perspective.route': true,
		'receiver.manage': true,
		'statement.manage': true,
		'statement.moderate': true,
		'interview.plan': true,
		'method.revise': true,
		'plan.read': true,
		'plan.revise': true,
		'question.moderate': true,
		'panel.view': true,
		'panel.manage': true,
		'panel.contacts': true,
		'decision.view': true,
		'decision.record': true,
		'decision.publish': true,
		'implementation.manage': true,
		...cocreation({
			view: true,
			compose: true,
			plan: true,
			note: true,
			follow: true,
			publish: true,
			draft: true,
			argueInPublic: true,
			moderate: true,
			commit: true
		}),
		'export.download': true,
		'privacy.assess': true,
		'disclosure.handle': true,
		'disclosure.grounds': false,
		...learning(true),
		...organisation({ configure: false, manage: false }),
		...recordsDesk({ report: true, reports: true, view: true, register: true }),
		...retention(false)
	},
	official: {
		'staff.view': true,
		'audit.view': true,
		'process.create': false,
		'process.revise': false,
		'process.publish': false,
		'process.advancePhase': false,
		'perspective.read': true,
		'perspective.record': true,
		'perspective.moderate': false,
		'perspective.harvest': false,
		'perspective.route': false,
		'receiver.manage': false,
		'statement.manage': false,
		'statement.moderate': false,
		'interview.plan': false,
		'method.revise': false,
		'plan.read': true,
		'plan.revise': false,
		'question.moderate': false,
		'panel.view': true,
		'panel.manage': false,
		'panel.contacts': false,
		// Officials write the memo and post implementation progress, but do not record or publish decisions.
		'decision.view': true,
		'decision.record': false,
		'decision.publish': false,
		'implementation.manage': true,
		...cocreation({ view: true, note: true, follow: true, argueInPublic: true }),
		'export.download': false,
		'privacy.assess': true,
		'disclosure.handle': true,
		'disclosure.grounds': false,
		...learning(false, { answerAsStaff: true, readComments: true }),
		...organisation({ configure: false, manage: false }),
		...recordsDesk({ report: true, reports: true, view: true, register: true }),
		...retention(false)
	},
	// Elected members read the plan, the panel's aggregates, the working group and decision drafts; they change nothing.
	elected: {
		'staff.view': true,
		'audit.view': false,
		'process.create': false,
		'process.revise': false,
		'process.publish': false,
		'process.advancePhase': false,
		'perspective.read': false,
		'perspective.record': false,
		'perspective.moderate': false,
		'perspective.harvest': false,
		'perspective.route': false,
		'receiver.manage': false,
		'statement.manage': false,
		'statement.moderate': false,
		'interview.plan': false,
		'method.revise': false,
		'plan.read': true,
		'plan.revise': false,
		'question.moderate': false,
		'panel.view': true,
		'panel.manage': false,
		'panel.contacts': false,
		'decision.view': true,
		'decision.record': false,
		'decision.publish': false,
		'implementation.manage': false,
		...cocreation({ view: true, follow: true, argueInPublic: true }),
		'export.download': false,
		'privacy.assess': false,
		'disclosure.handle': false,
		'disclosure.grounds': false,
		...learning(false, { answerAsStaff: true }),
		...organisation({ configure: false, manage: false }),
		...recordsDesk({ report: true }),
		...retention(false)
	},
	member: {
		'staff.view': false,
		'audit.view': false,
		'process.create': false,
		'process.revise': false,
		'process.publish': false,
		'process.advancePhase': false,
		'perspective.read': false,
		'perspective.record': false,
		'perspective.moderate': false,
		'perspective.harvest': false,
		'perspective.route': false,
		'receiver.manage': false,
		'statement.manage': false,
		'statement.moderate': false,
		'interview.plan': false,
		'method.revise': false,
		'plan.read': false,
		'plan.revise': false,
		'question.moderate': false,
		'panel.view': false,
		'panel.manage': false,
		'panel.contacts': false,
		'decision.view': false,
		'decision.record': false,
		'decision.publish': false,
		'implementation.manage': false,
		// Only members place dots and assess.
		...cocreation({
			view: true,
			follow: true,
			draft: true,
			argue: true,
			argueInPublic: true,
			dotVote: true,
			assess: true
		}),
		'export.download': false,
		'privacy.assess': false,
		'disclosure.handle': false,
		'disclosure.grounds': false,
		...learning(false),
		...organisation({ configure: false, manage: false }),
		...recordsDesk({ report: true }),
		...retention(false)
	}
};

/** The platform admin creates organisations and sees nothing inside them. */
// Like anyone, they may argue for or against a published proposal.
expected.platform = {
	...(Object.fromEntries(ACTIONS.map((a) => [a, false])) as Record<Action, boolean>),
	'organisation.manage': true,
	'proposal.argueInPublic': true,
	'accessibility.report': true
};

/** Settings and staff of the organisation, and organisations of the installation. */
function organisation(may: { configure: boolean; manage: boolean }) {
	return { 'organisation.configure': may.configure, 'organisation.manage': may.manage } satisfies Partial<
		Record<Action, boolean>
	>;
}

/** The accessibility statement and its reports, and the register (diarium); everything not named is false. */
function recordsDesk(may: Partial<Record<'report' | 'edit' | 'reports' | 'view' | 'register' | 'configure', boolean>>) {
	return {
		'accessibility.report': may.report ?? false,
		'accessibility.edit': may.edit ?? false,
		'accessibility.reports': may.reports ?? false,
		'registration.view': may.view ?? false,
		'registration.register': may.register ?? false,
		'registration.configure': may.configure ?? false
	} satisfies Partial<Record<Action, boolean>>;
}

/** The cocreation actions in the phase 'cocreation'; everything not named is false. */
function cocreation(
	may: Partial<
		Record<
			| 'view'
			| 'compose'
			| 'plan'
			| 'note'
			| 'follow'
			| 'publish'
			| 'draft'
			| 'argue'
			| 'argueInPublic'
			| 'moderate'
			| 'dotVote'
			| 'assess'
			| 'commit',
			boolean
		>
	>
) {
	return {
		'workingGroup.view': may.view ?? false,
		'workingGroup.compose': may.compose ?? false,
		'session.plan': may.plan ?? false,
		'session.note': may.note ?? false,
		'session.follow': may.follow ?? false,
		'harvest.publish': may.publish ?? false,
		'proposal.draft': may.draft ?? false,
		'proposal.argue': may.argue ?? false,
		'proposal.argueInPublic': may.argueInPublic ?? false,
		'proposal.moderate': may.moderate ?? false,
		'proposal.dotVote': may.dotVote ?? false,
		'proposal.assess': may.assess ?? false,
		'commitment.manage': may.commit ?? false
	} satisfies Partial<Record<Action, boolean>>;
}

/** The learning actions: those who run processes may do all; others only what is named. */
function learning(runs: boolean, may: Partial<Record<'answerAsStaff' | 'readComments', boolean>> = {}) {
	return {
		'evaluation.manage': runs,
		'evaluation.answerAsStaff': may.answerAsStaff ?? runs,
		'evaluation.readComments': may.readComments ?? runs,
		'lesson.record': runs,
		'process.startNextLoop': runs
	} satisfies Partial<Record<Action, boolean>>;
}

/** Phase-bound actions: open in cocreation and proposals, closed before and after, for everyone. */
const PHASE_BOUND: Action[] = ['proposal.dotVote', 'proposal.assess', 'proposal.argueInPublic'];

describe('permissions truth table', () => {
	for (const [name, actor] of Object.entries(actors)) {
		for (const action of ACTIONS) {
			it(`${name} ${expected[name][action] ? 'may' : 'may not'} ${action}`, () => {
				expect(can(actor, action, { phase: 'cocreation' })).toBe(expected[name][action]);
			});
		}
	}
});

describe('phase-bound permissions', () => {
	for (const phase of PHASES) {
		const open = phase === 'cocreation' || phase === 'proposals';
		for (const action of PHASE_BOUND) {
			it(`${action} is ${open ? 'open' : 'closed'} in ${phase}`, () => {
				for (const [name, actor] of Object.entries(actors))
					expect(can(actor, action, { phase }), name).toBe(open && expected[name][action]);
				expect(can(actors.member, action)).toBe(false);
			});
		}
	}
});

/** The records plan, disposal and data-subject requests: the organisation admin only. */
function retention(may: boolean) {
	return {
		'retention.plan': may,
		'retention.dispose': may,
		'subjectRequest.handle': may
	} satisfies Partial<Record<Action, boolean>>;
}
