/**
 * @module Permissions as small named predicates, composed in one place and tested as a truth table.
 * Every route and every piece of UI asks `can(actor, action)`; nothing checks roles by hand.
 */

/** Roles a staff member can hold in an organisation. Per-process roles and residents come later. */
export const STAFF_ROLES = ['admin', 'facilitator', 'official'] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];

export type Actor = { kind: 'anonymous' } | { kind: 'staff'; userId: string; organisationId: string; role: StaffRole };

export const ACTIONS = [
	'staff.view',
	'audit.view',
	'process.create',
	'process.revise',
	'process.publish',
	'process.advancePhase',
	'perspective.read',
	'perspective.record',
	'perspective.moderate',
	'perspective.harvest',
	'interview.plan',
	'statement.manage',
	'statement.moderate',
	'method.revise',
	'plan.read',
	'plan.revise',
	'question.moderate',
	'panel.view',
	'panel.manage',
	'panel.contacts'
] as const;
export type Action = (typeof ACTIONS)[number];

const isStaff = (a: Actor): a is Extract<Actor, { kind: 'staff' }> => a.kind === 'staff';
const hasRole =
	(...roles: StaffRole[]) =>
	(a: Actor) =>
		isStaff(a) && roles.includes(a.role);

const isAnyStaff = hasRole('admin', 'facilitator', 'official');
const runsProcesses = hasRole('admin', 'facilitator');

const RULES: Record<Action, (actor: Actor) => boolean> = {
	'staff.view': isAnyStaff,
	'audit.view': isAnyStaff,
	'process.create': runsProcesses,
	'process.revise': runsProcesses,
	'process.publish': runsProcesses,
	'process.advancePhase': runsProcesses,
	// Staff see all perspectives, hidden ones too (they are public records), but never filtered by person traits.
	'perspective.read': isAnyStaff,
	// Officials run interviews and pop-ups, so they may type in what they gathered.
	'perspective.record': isAnyStaff,
	'perspective.moderate': runsProcesses,
	'perspective.harvest': runsProcesses,
	// Facilitators decide whom to interview; every staff member may record an interview they held.
	'interview.plan': runsProcesses,
	// Opening/closing the statements module and writing statements, and moderating participants' statements.
	'statement.manage': runsProcesses,
	'statement.moderate': runsProcesses,
	// The methods catalogue belongs to the organisation; those who plan dialogues keep it up to date.
	'method.revise': runsProcesses,
	'plan.read': isAnyStaff,
	'plan.revise': runsProcesses,
	'question.moderate': runsProcesses,
	// Officials may follow a panel's quotas and draw (aggregates only)…
	'panel.view': isAnyStaff,
	'panel.manage': runsProcesses,
	// …but volunteers' names, emails, phones and addresses are for those who run the process.
	'panel.contacts': runsProcesses
};

export function can(actor: Actor, action: Action): boolean {
	return RULES[action](actor);
}
