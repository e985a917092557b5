/**
 * @module Permissions as small named predicates, composed in one place and tested as a truth table.
 * Every route and every piece of UI asks `can(actor, action)`; nothing checks roles by hand.
 */
import type { MemberRole } from '../cocreation/working-group';
import { isPrioritising } from '../cocreation/session';
import type { Phase } from '../process/phases';

/**
 * Roles a person can hold in an organisation: organisation admin, facilitator (runs the processes they are
 * assigned to; an official's rights in the others), official (tjänsteperson) and elected member
 * (förtroendevald: reads what they will decide on, changes nothing).
 */
export const STAFF_ROLES = ['admin', 'facilitator', 'official', 'elected'] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];

/** A working-group member signed in with their personal link: acts only in their own process. */
export type MemberActor = {
	kind: 'member';
	memberId: string;
	processId: string;
	organisationId: string;
	role: MemberRole;
};

/** Runs the installation: creates organisations and gives them addresses; sees nothing inside them (`organisationId` is the address's). */
export type PlatformActor = { kind: 'platform'; userId: string; organisationId: string };

export type Actor =
	| { kind: 'anonymous' }
	| { kind: 'staff'; userId: string; organisationId: string; role: StaffRole }
	| MemberActor
	| PlatformActor;

/** What a rule may also look at: the phase the process is in (rules that depend on it say so). */
export type AccessContext = { phase?: Phase };

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
	'perspective.route',
	'receiver.manage',
	'interview.plan',
	'statement.manage',
	'statement.moderate',
	'method.revise',
	'plan.read',
	'plan.revise',
	'question.moderate',
	'panel.view',
	'panel.manage',
	'panel.contacts',
	// — cocreation —
	'workingGroup.view',
	'workingGroup.compose',
	'session.plan',
	'session.note',
	'session.follow',
	'harvest.publish',
	'proposal.draft',
	'proposal.argue',
	'proposal.argueInPublic',
	'proposal.moderate',
	'proposal.dotVote',
	'proposal.assess',
	'commitment.manage',
	// — decision and implementation —
	'decision.view',
	'decision.record',
	'decision.publish',
	'implementation.manage',
	// — exports —
	'export.download',
	// — data protection —
	'privacy.assess',
	// — public-records requests —
	'disclosure.handle',
	'disclosure.grounds',
	// — learning (phase 8) —
	'evaluation.manage',
	'evaluation.answerAsStaff',
	'evaluation.readComments',
	'lesson.record',
	'process.startNextLoop',
	// — the organisation and the installation —
	'organisation.configure',
	'organisation.manage',
	// — accessibility statement and registration —
	'accessibility.report',
	'accessibility.edit',
	'accessibility.reports',
	'registration.view',
	'registration.register',
	'registration.configure',
	// — records plan, disposal and data-subject requests —
	'retention.plan',
	'retention.dispose',
	'subjectRequest.handle'
] as const;
export type Action = (typeof ACTIONS)[number];

const isStaff = (a: Actor): a is Extract<Actor, { kind: 'staff' }> => a.kind === 'staff';
const hasRole =
	(...roles: StaffRole[]) =>
	(a: Actor) =>
		isStaff(a) && roles.includes(a.role);

/** Those who work in the organisation's dialogues (not elected members, who read what they will decide on). */
const isAnyStaff = hasRole('admin', 'facilitator', 'official');
const isElected = hasRole('elected');
const readsAsElected = (a: Actor) => isAnyStaff(a) || isElected(a);
const runsProcesses = hasRole('admin', 'facilitator');

const isMember = (a: Actor): a is MemberActor => a.kind === 'member';
/** Rules that depend on the phase: dots, assessments and public arguments only while proposals are worked on. */
const whilePrioritising = (ctx: AccessContext) => ctx.phase !== undefined && isPrioritising(ctx.phase);

const RULES: Record<Action, (actor: Actor, ctx: AccessContext) => boolean> = {
	'staff.view': readsAsElected,
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
	// Passing inputs on to a receiver (police, a department) and closing a routing: those who run the process.
	'perspective.route': runsProcesses,
	// The register of receivers (names and contact addresses of departments and outside bodies).
	'receiver.manage': runsProcesses,
	// Facilitators decide whom to interview; every staff member may record an interview they held.
	'interview.plan': runsProcesses,
	// Opening/closing the statements module and writing statements, and moderating participants' statements.
	'statement.manage': runsProcesses,
	'statement.moderate': runsProcesses,
	// The methods catalogue belongs to the organisation; those who plan dialogues keep it up to date.
	'method.revise': runsProcesses,
	'plan.read': readsAsElected,
	'plan.revise': runsProcesses,
	'question.moderate': runsProcesses,
	// Officials may follow a panel's quotas and draw (aggregates only)…
	'panel.view': readsAsElected,
	'panel.manage': runsProcesses,
	// …but volunteers' names, emails, phones and addresses are for those who run the process.
	'panel.contacts': runsProcesses,
	// — cocreation —
	// Staff and the group's own members see the whole working group; the public sees what is published.
	'workingGroup.view': (a) => readsAsElected(a) || isMember(a),
	'workingGroup.compose': runsProcesses,
	// Only the facilitator plans sessions and edits their agenda.
	'session.plan': runsProcesses,
	// The facilitator and a note-taker (an official) capture the harvest as it comes.
	'session.note': isAnyStaff,
	// Members and staff follow a session's harvest live, before it is published.
	'session.follow': (a) => readsAsElected(a) || isMember(a),
	'harvest.publish': runsProcesses,
	'proposal.draft': (a) => runsProcesses(a) || isMember(a),
	'proposal.argue': (a) => isMember(a),
	// Anyone may argue for or against a published proposal while proposals are worked on.
	'proposal.argueInPublic': (_a, ctx) => whilePrioritising(ctx),
	'proposal.moderate': runsProcesses,
	// Only members place dots and assess, and only while prioritising.
	'proposal.dotVote': (a, ctx) => isMember(a) && whilePrioritising(ctx),
	'proposal.assess': (a, ctx) => isMember(a) && whilePrioritising(ctx),
	'commitment.manage': runsProcesses,
	// — decision and implementation —
	// Officials write the memo (tjänsteskrivelse), so every staff member may read drafts and make the declaration.
	'decision.view': readsAsElected,
	'decision.record': runsProcesses,
	// Publishing notifies residents and cannot be undone: for those who run the process.
	'decision.publish': runsProcesses,
	// Those responsible for carrying out a decision are often officials: they post progress.
	'implementation.manage': isAnyStaff,
	// — exports —
	// Whole-process files (CSV, XLSX, the archive package) leave the system and its audit trail once downloaded.
	// Officials may read every perspective on the pages, but a bulk copy is for those who run the process and
	// answer for it; an official who needs one (e.g. for a request for public records) asks them.
	'export.download': runsProcesses,
	// — data protection —
	// The impact assessment describes the installation (settings, counts, measures), never a person: any staff
	// member may read it, e.g. a data protection officer with an official's account.
	'privacy.assess': isAnyStaff,
	// — public-records requests (utlämnande) —
	// Registering, reviewing and deciding a request is an official's work (the registrar, the case officer); a
	// facilitator is an official of the organisation too. Elected members have no part in it. Every step is audited.
	'disclosure.handle': isAnyStaff,
	// The organisation's list of secrecy grounds is part of its settings: the organisation admin.
	'disclosure.grounds': hasRole('admin'),
	// — learning (phase 8) —
	// The facilitator opens and closes the evaluation survey, in any phase.
	'evaluation.manage': runsProcesses,
	// Every staff member answers the survey once per process, on their own staff page.
	'evaluation.answerAsStaff': readsAsElected,
	// Open comments (redacted, small groups left out) are read by staff only, never shown publicly.
	'evaluation.readComments': isAnyStaff,
	'lesson.record': runsProcesses,
	'process.startNextLoop': runsProcesses,
	// — the organisation and the installation —
	// Settings, look, sign-in and staff (who holds which role, who facilitates which process): the organisation admin.
	'organisation.configure': hasRole('admin'),
	// Creating organisations and their addresses is the platform admin's, who has no role inside any of them.
	'organisation.manage': (a) => a.kind === 'platform',
	// — accessibility statement and registration —
	// Anyone may report a problem with the service's accessibility (DOS-lagen), signed in or not.
	'accessibility.report': () => true,
	// The statement speaks for the organisation: its admin keeps it.
	'accessibility.edit': hasRole('admin'),
	// Reports (with the reporter's contact, if given) are handled by those who work in the dialogues, often a web editor.
	'accessibility.reports': isAnyStaff,
	// The register and its export, read also by API tokens (an official's rights) for the records system.
	'registration.view': isAnyStaff,
	// Registering is the registrar's work, often an official.
	'registration.register': isAnyStaff,
	// The number format and the next number: the organisation's setting.
	'registration.configure': hasRole('admin'),
	// — records plan, disposal and data-subject requests —
	// The records plan is the organisation's (like its retention setting), and disposal removes records for good:
	// the organisation admin (the records officer's role). Data-subject requests reach every module's personal
	// data (contacts, volunteers, members): the admin too, so a data protection officer needs an admin account.
	'retention.plan': hasRole('admin'),
	'retention.dispose': hasRole('admin'),
	'subjectRequest.handle': hasRole('admin')
};

export function can(actor: Actor, action: Action, ctx: AccessContext = {}): boolean {
	return RULES[action](actor, ctx);
}
