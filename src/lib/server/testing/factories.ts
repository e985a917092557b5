/**
 * @module Test helper: small factories for database tests, so a test builds just the data it asserts on
 * instead of seeding the whole demo (a change to the demo then breaks only the tests that render the demo).
 * Every factory takes the use-case context (db, clock, id source) and fills in plain defaults; pass what the
 * test cares about.
 */
import { randomBytes } from 'node:crypto';
import type { Actor, MemberActor, StaffRole } from '../../domain/access/can';
import type { MemberRole } from '../../domain/cocreation/working-group';
import type { Phase } from '../../domain/process/phases';
import type { Process } from '../../domain/process/process';
import { normaliseSchedule } from '../../domain/process/rules';
import { receiptFromBytes } from '../../domain/perspective/receipt';
import type { ReceiverKind } from '../../domain/routing/routing';
import { hashPassword } from '../auth/password';
import {
	memberships,
	organisationHosts,
	organisations,
	outbox,
	perspectiveContacts,
	perspectiveProfiles,
	perspectives,
	receivers,
	staffTotp,
	themes,
	users
} from '../db/schema/index';
import type { UseCaseContext } from '../modules/context';
import { insertProcess } from '../modules/process/queries/processes';
import { assignFacilitator } from '../modules/identity/queries/staff';
import { addMember } from '../modules/cocreation/compose-working-group';
import { insertProposal } from '../modules/cocreation/queries/cocreation';
import { seedMethods } from '../seed/methods';

export type StaffActor = Extract<Actor, { kind: 'staff' }>;

let counter = 0;
/** A short suffix that keeps slugs, emails and hosts unique within a test database. */
const unique = () => `${Date.now().toString(36)}${(counter++).toString(36)}`;

/** An organisation (a municipality), optionally answering on its own host name. */
export async function makeOrganisation(
	ctx: UseCaseContext,
	options: { slug?: string; name?: string; host?: string; privacyContact?: string } = {}
): Promise<{ id: string; slug: string; name: string }> {
	const id = ctx.newId();
	const slug = options.slug ?? `kommun-${unique()}`;
	const name = options.name ?? 'Testby kommun';
	await ctx.db.insert(organisations).values({
		id,
		slug,
		name,
		privacyContact: options.privacyContact ?? `dataskydd@${slug}.example`,
		createdAt: ctx.now()
	});
	if (options.host) await ctx.db.insert(organisationHosts).values({ host: options.host, organisationId: id });
	return { id, slug, name };
}

const STAFF_NAMES: Record<StaffRole, string> = {
	admin: 'Ada Admin',
	facilitator: 'Fia Processledare',
	official: 'Olle Tjänsteperson',
	elected: 'Elsa Förtroendevald'
};

/**
 * A staff member of the organisation in the given role. The password is hashed only when given (hashing is
 * slow on purpose); `totpSecret` adds a confirmed authenticator app (organisation admins sign in with one).
 */
export async function makeStaff(
	ctx: UseCaseContext,
	organisationId: string,
	role: StaffRole,
	options: { email?: string; name?: string; password?: string; totpSecret?: string } = {}
): Promise<{ userId: string; email: string; name: string; actor: StaffActor }> {
	const userId = ctx.newId();
	const email = options.email ?? `${role}-${unique()}@testby.example`;
	const name = options.name ?? STAFF_NAMES[role];
	const now = ctx.now();
	const passwordHash = options.password ? await hashPassword(options.password) : 'scrypt$16384$8$1$none$none';
	await ctx.db.insert(users).values({ id: userId, email, name, passwordHash, createdAt: now });
	await ctx.db.insert(memberships).values({ userId, organisationId, role });
	if (options.totpSecret)
		await ctx.db.insert(staffTotp).values({ userId, secret: options.totpSecret, confirmedAt: now, createdAt: now });
	return { userId, email, name, actor: { kind: 'staff', userId, organisationId, role } };
}

/** One staff member of each role in the organisation. */
export async function makeStaffOfEachRole(
	ctx: UseCaseContext,
	organisationId: string
): Promise<Record<StaffRole, StaffActor>> {
	const [admin, facilitator, official, elected] = await Promise.all(
		(['admin', 'facilitator', 'official', 'elected'] as const).map((role) => makeStaff(ctx, organisationId, role))
	);
	return { admin: admin.actor, facilitator: facilitator.actor, official: official.actor, elected: elected.actor };
}

/**
 * A published process in the given phase (collection by default), with a full schedule, a complete influence
 * declaration and the given areas; `facilitatorUserId` assigns a facilitator.
 */
export async function makeProcess(
	ctx: UseCaseContext,
	organisationId: string,
	options: Partial<Omit<Process, 'id' | 'organisationId' | 'currentPhase'>> & {
		phase?: Phase;
		facilitatorUserId?: string;
	} = {}
): Promise<Process> {
	const now = ctx.now();
	const { phase, facilitatorUserId, ...given } = options;
	const process: Process = {
		title: 'Trygg torget',
		question: 'Hur gör vi torget tryggare, dag som kväll?',
		purpose: 'Vi vill förstå hur olika människor upplever torget innan vi bestämmer vad som ska göras.',
		context: 'Kommunen planerar ny belysning runt torget.',
		influence: {
			openToInfluence: 'Var belysningen ska förbättras först.',
			notNegotiable: 'Budgeten för året.',
			notNegotiableReason: 'Fullmäktige har redan beslutat budgeten.',
			whoDecides: 'Samhällsbyggnadsnämnden',
			decisionWhen: 'i april 2027',
			feedbackHow: 'Vi publicerar en sammanställning här och mejlar alla som lämnat en adress.'
		},
		participation: {
			agenda: 'consultation',
			drafting: 'dialogue',
			decision: 'information',
			implementation: 'consultation',
			monitoring: 'consultation',
			reformulation: 'none'
		},
		schedule: [
			{ phase: 'preparation', startsOn: '2026-09-01', endsOn: '2026-10-30' },
			{ phase: 'collection', startsOn: '2026-11-02', endsOn: '2027-01-31' },
			{ phase: 'compilation', startsOn: '2027-02-01', endsOn: '2027-02-26' },
			{ phase: 'cocreation', startsOn: '2027-03-01', endsOn: '2027-03-19' },
			{ phase: 'proposals', startsOn: '2027-03-22', endsOn: '2027-03-31' },
			{ phase: 'decision', startsOn: '2027-04-01', endsOn: '2027-04-30' },
			{ phase: 'implementation', startsOn: '2027-05-03', endsOn: '2027-12-17' },
			{ phase: 'learning', startsOn: '2028-01-10', endsOn: '2028-02-25' }
		],
		slug: `dialog-${unique()}`,
		areas: ['Torget', 'Andra delar av kommunen'],
		population: {},
		isPublished: true,
		publishedAt: given.isPublished === false ? null : now,
		createdAt: now,
		updatedAt: now,
		...given,
		id: ctx.newId(),
		organisationId,
		currentPhase: phase ?? 'collection'
	};
	process.schedule = normaliseSchedule(process.schedule);
	await ctx.db.transaction((tx) => insertProcess(tx, process));
	if (facilitatorUserId) await assignFacilitator(ctx.db, process.id, facilitatorUserId, now);
	return process;
}

/** A theme of the process. */
export async function makeTheme(
	ctx: UseCaseContext,
	processId: string,
	name: string,
	description = ''
): Promise<{ id: string; name: string }> {
	const id = ctx.newId();
	const key = name.toLowerCase().replace(/[^a-z0-9åäö]+/g, '-');
	await ctx.db.insert(themes).values({ id, processId, key, name, description, createdAt: ctx.now() });
	return { id, name };
}

/**
 * Perspectives on the process, one per text, sent on the web; returns their ids and receipts. `contacts` gives
 * the contact details left with each (by position; an entry left out leaves none).
 */
export async function makePerspectives(
	ctx: UseCaseContext,
	processId: string,
	texts: string[],
	options: {
		themeId?: string;
		status?: 'visible' | 'hidden';
		hiddenReason?: string;
		contacts?: ({ email?: string; phone?: string; language?: string } | undefined)[];
	} = {}
): Promise<{ id: string; receipt: string }[]> {
	const rows = texts.map((text) => ({
		id: ctx.newId(),
		processId,
		text,
		channel: 'web' as const,
		themeId: options.themeId ?? null,
		status: options.status ?? ('visible' as const),
		hiddenReason: options.hiddenReason ?? null,
		receipt: receiptFromBytes(randomBytes(8)),
		createdAt: ctx.now()
	}));
	if (rows.length) await ctx.db.insert(perspectives).values(rows);
	const contacts = rows.flatMap((row, i) => {
		const contact = options.contacts?.[i];
		return contact
			? [
					{
						perspectiveId: row.id,
						email: contact.email ?? null,
						phone: contact.phone ?? null,
						language: contact.language ?? 'sv',
						consentedAt: ctx.now()
					}
				]
			: [];
	});
	if (contacts.length) await ctx.db.insert(perspectiveContacts).values(contacts);
	return rows.map(({ id, receipt }) => ({ id, receipt }));
}

/** The organisation's own copy of the methods catalogue as shipped (what sessions and plans pick methods from). */
export async function makeMethods(ctx: UseCaseContext, organisationId: string): Promise<void> {
	await ctx.db.transaction((tx) => seedMethods(tx, organisationId, ctx.newId, ctx.now()));
}

/**
 * Proposals of the process, one per title, in that order (each a millisecond after the last), with plain
 * what, why and term; `perspectiveIds` and `themeIds` link every one of them. Returns their ids.
 */
export async function makeProposals(
	ctx: UseCaseContext,
	processId: string,
	titles: string[],
	options: { perspectiveIds?: string[]; themeIds?: string[]; createdByUserId?: string } = {}
): Promise<{ id: string; title: string }[]> {
	const start = ctx.now().getTime();
	const made = titles.map((title) => ({ id: ctx.newId(), title }));
	await ctx.db.transaction(async (tx) => {
		for (const [i, { id, title }] of made.entries())
			await insertProposal(
				tx,
				{
					id,
					processId,
					title,
					what: `${title}: så här.`,
					why: 'Det bygger på perspektiven.',
					term: 'short',
					createdByUserId: options.createdByUserId ?? null,
					createdAt: new Date(start + i)
				},
				options.themeIds ?? [],
				options.perspectiveIds ?? []
			);
	});
	return made;
}

/**
 * A platform admin: runs the installation (creates organisations) and holds no role in any organisation. The
 * actor is as seen on the given organisation's address.
 */
export async function makePlatformAdmin(
	ctx: UseCaseContext,
	organisationId: string,
	options: { email?: string; name?: string } = {}
): Promise<{ userId: string; email: string; actor: Extract<Actor, { kind: 'platform' }> }> {
	const userId = ctx.newId();
	const email = options.email ?? `plattform-${unique()}@medskapa.example`;
	await ctx.db.insert(users).values({
		id: userId,
		email,
		name: options.name ?? 'Sam Plattform',
		passwordHash: 'scrypt$16384$8$1$none$none',
		isPlatformAdmin: true,
		createdAt: ctx.now()
	});
	return { userId, email, actor: { kind: 'platform', userId, organisationId } };
}

/**
 * Members of the process's working group, added by the given staff member as the facilitator does (through
 * the use case, so each addition is audited and the name and email are kept apart). Returns each member as the
 * actor they are once signed in with their personal link.
 */
export async function makeWorkingGroupMembers(
	ctx: UseCaseContext,
	addedBy: StaffActor,
	process: { id: string; slug: string; organisationId: string },
	members: { name: string; email: string; role: MemberRole }[]
): Promise<MemberActor[]> {
	const actors: MemberActor[] = [];
	for (const member of members) {
		const added = await addMember(ctx, addedBy, process.slug, member, 'https://dialog.testby.example');
		if (!added.ok) throw new Error(`could not add ${member.name}: ${JSON.stringify(added.error)}`);
		actors.push({
			kind: 'member',
			memberId: added.value.id,
			processId: process.id,
			organisationId: process.organisationId,
			role: member.role
		});
	}
	return actors;
}

/** A receiver in the organisation's register (inputs are passed on to it). */
export async function makeReceiver(
	ctx: UseCaseContext,
	organisationId: string,
	options: { name?: string; kind?: ReceiverKind; email?: string } = {}
): Promise<{ id: string; name: string; email: string }> {
	const id = ctx.newId();
	const name = options.name ?? 'Polisen i Testby, kommunpolis';
	const email = options.email ?? `mottagare-${unique()}@polisen.example`;
	await ctx.db
		.insert(receivers)
		.values({ id, organisationId, name, kind: options.kind ?? 'police', email, createdAt: ctx.now() });
	return { id, name, email };
}

/** A message in the outbox, sent at the clock's time unless `status` says otherwise. */
export async function makeMessage(
	ctx: UseCaseContext,
	organisationId: string,
	options: {
		recipient: string;
		channel?: 'email' | 'sms';
		subject?: string;
		body?: string;
		status?: 'pending' | 'sent';
	}
): Promise<{ id: string }> {
	const id = ctx.newId();
	const now = ctx.now();
	const status = options.status ?? 'sent';
	await ctx.db.insert(outbox).values({
		id,
		organisationId,
		channel: options.channel ?? 'email',
		dedupeKey: `test:${id}`,
		recipient: options.recipient,
		subject: options.subject ?? 'Besked om dialogen',
		bodyText: options.body ?? 'Hej! Det här har hänt i dialogen.',
		status,
		attempts: status === 'sent' ? 1 : 0,
		nextAttemptAt: now,
		createdAt: now,
		sentAt: status === 'sent' ? now : null
	});
	return { id };
}

/** A self-description left with a perspective (age band, area, relation). */
export async function makeProfile(ctx: UseCaseContext, perspectiveId: string): Promise<void> {
	await ctx.db
		.insert(perspectiveProfiles)
		.values({ perspectiveId, ageBand: '25-44', area: null, relation: 'lives', consentedAt: ctx.now() });
}
