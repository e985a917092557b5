/**
 * @module Data-subject requests in the database: the requests (the identifier apart), and everything Medskapa
 * holds about one person across the modules, found by their email addresses and phone numbers.
 */
import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import { toE164 } from '../../../../domain/notification/phone';
import type { IdentifierKind } from '../../../../domain/retention/subject-request';
import type { Db, Tx } from '../../../db/client';
import {
	notices,
	outbox,
	panelDraws,
	panels,
	panelVolunteerContacts,
	panelVolunteers,
	perspectiveContacts,
	perspectiveProfiles,
	perspectives,
	processes,
	restrictions,
	routings,
	subjectRequestIdentifiers,
	subjectRequests,
	themes,
	workingGroupMemberContacts,
	workingGroupMembers
} from '../../../db/schema/index';
import { recipientKeyOf } from '../../notifications/queries/notices';

export type SubjectRequestRow = typeof subjectRequests.$inferSelect;

export async function insertSubjectRequest(
	tx: Tx,
	row: typeof subjectRequests.$inferInsert,
	identifier: string
): Promise<void> {
	await tx.insert(subjectRequests).values(row);
	await tx.insert(subjectRequestIdentifiers).values({ requestId: row.id, value: identifier });
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A request of the organisation with who it is about; null for another organisation's or an unknown id. */
export async function findSubjectRequest(
	db: Db | Tx,
	organisationId: string,
	id: string
): Promise<(SubjectRequestRow & { identifier: string }) | null> {
	if (!UUID.test(id)) return null;
	const [row] = await db
		.select({ request: subjectRequests, identifier: subjectRequestIdentifiers.value })
		.from(subjectRequests)
		.innerJoin(subjectRequestIdentifiers, eq(subjectRequestIdentifiers.requestId, subjectRequests.id))
		.where(and(eq(subjectRequests.organisationId, organisationId), eq(subjectRequests.id, id)));
	return row ? { ...row.request, identifier: row.identifier } : null;
}

/** The organisation's requests: open ones first by due day, then the completed, newest first. */
export async function listSubjectRequests(db: Db | Tx, organisationId: string): Promise<SubjectRequestRow[]> {
	return db
		.select()
		.from(subjectRequests)
		.where(eq(subjectRequests.organisationId, organisationId))
		.orderBy(
			desc(sql`${subjectRequests.status} = 'open'`),
			asc(subjectRequests.dueOn),
			desc(subjectRequests.createdAt)
		);
}

export async function updateSubjectRequest(
	tx: Tx,
	id: string,
	set: Partial<Pick<SubjectRequestRow, 'status' | 'outcome' | 'completedAt' | 'completedByUserId'>>
): Promise<void> {
	await tx.update(subjectRequests).set(set).where(eq(subjectRequests.id, id));
}

/** Open requests of the organisation, for the staff inbox. */
export async function listOpenSubjectRequests(db: Db | Tx, organisationId: string) {
	return db
		.select({ id: subjectRequests.id, kind: subjectRequests.kind, dueOn: subjectRequests.dueOn })
		.from(subjectRequests)
		.where(and(eq(subjectRequests.organisationId, organisationId), eq(subjectRequests.status, 'open')))
		.orderBy(asc(subjectRequests.dueOn));
}

/** A person as found: the addresses they are known by. */
export type Person = { emails: string[]; phones: string[] };

const lower = (s: string) => s.trim().toLowerCase();
const samePhone = (phones: Set<string>) => (raw: string | null) => {
	if (!raw) return false;
	const e164 = toE164(raw);
	return e164 !== null && phones.has(e164);
};

/** The addresses a request's identifier stands for; a receipt code stands for the contact left with it. */
export async function resolvePerson(
	db: Db | Tx,
	organisationId: string,
	kind: IdentifierKind,
	value: string
): Promise<Person & { receiptPerspectiveId: string | null }> {
	if (kind === 'email') return { emails: [lower(value)], phones: [], receiptPerspectiveId: null };
	if (kind === 'phone') {
		const e164 = toE164(value);
		return { emails: [], phones: e164 ? [e164] : [], receiptPerspectiveId: null };
	}
	const [row] = await db
		.select({ id: perspectives.id, email: perspectiveContacts.email, phone: perspectiveContacts.phone })
		.from(perspectives)
		.innerJoin(processes, eq(processes.id, perspectives.processId))
		.leftJoin(perspectiveContacts, eq(perspectiveContacts.perspectiveId, perspectives.id))
		.where(and(eq(perspectives.receipt, value), eq(processes.organisationId, organisationId)));
	if (!row) return { emails: [], phones: [], receiptPerspectiveId: null };
	const e164 = row.phone ? toE164(row.phone) : null;
	return { emails: row.email ? [lower(row.email)] : [], phones: e164 ? [e164] : [], receiptPerspectiveId: row.id };
}

export type FoundPerspective = {
	id: string;
	processId: string;
	receipt: string;
	process: string;
	text: string;
	channel: string;
	status: string;
	createdAt: Date;
	theme: string | null;
	contact: {
		email: string | null;
		phone: string | null;
		language: string;
		consentedAt: Date;
		consentText: string;
		unsubscribedAt: Date | null;
	} | null;
	profile: { ageBand: string | null; area: string | null; relation: string | null; consentedAt: Date } | null;
	routings: { receiver: string; status: string; routedAt: Date; answeredAt: Date | null; answer: string | null }[];
	restricted: boolean;
};

/** The perspectives whose contact details are the person's (and the one of the receipt code). */
export async function findPerspectivesOf(
	db: Db | Tx,
	organisationId: string,
	person: Person,
	extraIds: string[] = []
): Promise<FoundPerspective[]> {
	const phones = new Set(person.phones);
	const emails = new Set(person.emails);
	const candidates = await db
		.select({
			id: perspectiveContacts.perspectiveId,
			email: perspectiveContacts.email,
			phone: perspectiveContacts.phone
		})
		.from(perspectiveContacts)
		.innerJoin(perspectives, eq(perspectives.id, perspectiveContacts.perspectiveId))
		.innerJoin(processes, eq(processes.id, perspectives.processId))
		.where(eq(processes.organisationId, organisationId));
	const ids = [
		...new Set([
			...candidates
				.filter((c) => (c.email && emails.has(lower(c.email))) || samePhone(phones)(c.phone))
				.map((c) => c.id),
			...extraIds
		])
	];
	if (ids.length === 0) return [];
	const rows = await db
		.select({
			p: perspectives,
			process: processes.title,
			theme: themes.name,
			contact: perspectiveContacts,
			profile: perspectiveProfiles
		})
		.from(perspectives)
		.innerJoin(processes, eq(processes.id, perspectives.processId))
		.leftJoin(themes, eq(themes.id, perspectives.themeId))
		.leftJoin(perspectiveContacts, eq(perspectiveContacts.perspectiveId, perspectives.id))
		.leftJoin(perspectiveProfiles, eq(perspectiveProfiles.perspectiveId, perspectives.id))
		.where(and(inArray(perspectives.id, ids), eq(processes.organisationId, organisationId)))
		.orderBy(asc(perspectives.createdAt));
	const routed = await db
		.select()
		.from(routings)
		.where(inArray(routings.perspectiveId, ids))
		.orderBy(asc(routings.routedAt));
	const restricted = await restrictedIds(db, 'perspectiveText', ids);
	return rows.map((r) => ({
		id: r.p.id,
		processId: r.p.processId,
		receipt: r.p.receipt,
		process: r.process,
		text: r.p.text,
		channel: r.p.channel,
		status: r.p.status,
		createdAt: r.p.createdAt,
		theme: r.theme,
		contact: r.contact
			? {
					email: r.contact.email,
					phone: r.contact.phone,
					language: r.contact.language,
					consentedAt: r.contact.consentedAt,
					consentText: r.contact.consentText,
					unsubscribedAt: r.contact.unsubscribedAt
				}
			: null,
		profile: r.profile
			? {
					ageBand: r.profile.ageBand,
					area: r.profile.area,
					relation: r.profile.relation,
					consentedAt: r.profile.consentedAt
				}
			: null,
		routings: routed
			.filter((x) => x.perspectiveId === r.p.id)
			.map((x) => ({
				receiver: x.receiverName,
				status: x.status,
				routedAt: x.routedAt,
				answeredAt: x.answeredAt,
				answer: x.answerText
			})),
		restricted: restricted.has(r.p.id)
	}));
}

async function restrictedIds(db: Db | Tx, recordType: string, ids: string[]): Promise<Set<string>> {
	if (ids.length === 0) return new Set();
	const rows = await db
		.select({ id: restrictions.recordId })
		.from(restrictions)
		.where(and(eq(restrictions.recordType, recordType as never), inArray(restrictions.recordId, ids)));
	return new Set(rows.map((r) => r.id));
}

export type FoundMessage = {
	id: string;
	channel: string;
	recipient: string;
	subject: string;
	body: string;
	status: string;
	createdAt: Date;
	sentAt: Date | null;
	restricted: boolean;
};

/** Mail and SMS sent or queued to the person. */
export async function findMessagesTo(db: Db | Tx, organisationId: string, person: Person): Promise<FoundMessage[]> {
	const emails = new Set(person.emails);
	const phone = samePhone(new Set(person.phones));
	const rows = await db
		.select()
		.from(outbox)
		.where(and(eq(outbox.organisationId, organisationId), sql`${outbox.recipient} <> ''`))
		.orderBy(asc(outbox.createdAt));
	const mine = rows.filter((m) => (m.channel === 'email' ? emails.has(lower(m.recipient)) : phone(m.recipient)));
	const restricted = await restrictedIds(
		db,
		'messages',
		mine.map((m) => m.id)
	);
	return mine.map((m) => ({
		id: m.id,
		channel: m.channel,
		recipient: m.recipient,
		subject: m.subject,
		body: m.bodyText,
		status: m.status,
		createdAt: m.createdAt,
		sentAt: m.sentAt,
		restricted: restricted.has(m.id)
	}));
}

export type FoundNotice = { id: string; kind: string; process: string; createdAt: Date; dispatchedAt: Date | null };

/** News about processes for the person (queued or gone out), by the hash of their addresses. */
export async function findNoticesTo(db: Db | Tx, organisationId: string, person: Person): Promise<FoundNotice[]> {
	const keys = [
		...person.emails.map((e) => recipientKeyOf('email', e)),
		...person.phones.map((p) => recipientKeyOf('sms', p))
	];
	if (keys.length === 0) return [];
	// SMS notices are keyed by the number as typed (spaces and dashes removed), which may differ from E.164.
	const rows = await db
		.select({
			id: notices.id,
			kind: notices.kind,
			process: processes.title,
			createdAt: notices.createdAt,
			dispatchedAt: notices.dispatchedAt,
			recipientKey: notices.recipientKey,
			channel: notices.channel,
			recipient: notices.recipient
		})
		.from(notices)
		.innerJoin(processes, eq(processes.id, notices.processId))
		.where(eq(notices.organisationId, organisationId))
		.orderBy(asc(notices.createdAt));
	const phone = samePhone(new Set(person.phones));
	const keySet = new Set(keys);
	return rows
		.filter((n) => keySet.has(n.recipientKey) || (n.channel === 'sms' && phone(n.recipient)))
		.map(({ recipientKey: _k, channel: _c, recipient: _r, ...n }) => n);
}

export type FoundVolunteer = {
	id: string;
	code: string;
	process: string;
	name: string;
	email: string;
	phone: string | null;
	address: string | null;
	consentedAt: Date;
	consentVersion: string;
};

/** Panel volunteers with the person's email or phone. */
export async function findVolunteers(db: Db | Tx, organisationId: string, person: Person): Promise<FoundVolunteer[]> {
	const emails = new Set(person.emails);
	const phone = samePhone(new Set(person.phones));
	const rows = await db
		.select({
			id: panelVolunteers.id,
			code: panelVolunteers.code,
			process: processes.title,
			c: panelVolunteerContacts
		})
		.from(panelVolunteerContacts)
		.innerJoin(panelVolunteers, eq(panelVolunteers.id, panelVolunteerContacts.volunteerId))
		.innerJoin(panels, eq(panels.id, panelVolunteers.panelId))
		.innerJoin(processes, eq(processes.id, panels.processId))
		.where(eq(processes.organisationId, organisationId));
	return rows
		.filter((r) => emails.has(lower(r.c.email)) || phone(r.c.phone))
		.map((r) => ({
			id: r.id,
			code: r.code,
			process: r.process,
			name: r.c.name,
			email: r.c.email,
			phone: r.c.phone,
			address: r.c.address,
			consentedAt: r.c.consentedAt,
			consentVersion: r.c.consentVersion
		}));
}

export type FoundMember = {
	id: string;
	process: string;
	role: string;
	name: string;
	email: string;
	withdrawn: boolean;
};

/** Working-group members with the person's email. */
export async function findMembers(db: Db | Tx, organisationId: string, person: Person): Promise<FoundMember[]> {
	if (person.emails.length === 0) return [];
	const rows = await db
		.select({
			id: workingGroupMembers.id,
			process: processes.title,
			role: workingGroupMembers.role,
			name: workingGroupMemberContacts.name,
			email: workingGroupMemberContacts.email,
			withdrawnAt: workingGroupMembers.withdrawnAt
		})
		.from(workingGroupMemberContacts)
		.innerJoin(workingGroupMembers, eq(workingGroupMembers.id, workingGroupMemberContacts.memberId))
		.innerJoin(processes, eq(processes.id, workingGroupMembers.processId))
		.where(
			and(
				eq(processes.organisationId, organisationId),
				inArray(sql`lower(${workingGroupMemberContacts.email})`, person.emails)
			)
		);
	return rows.map(({ withdrawnAt, ...r }) => ({ ...r, withdrawn: withdrawnAt !== null }));
}

export async function insertRestriction(tx: Tx, row: typeof restrictions.$inferInsert): Promise<void> {
	await tx.insert(restrictions).values(row);
}

/** Empties messages to the person (recipient and body), keeping date and subject. */
export async function blankMessages(tx: Tx, organisationId: string, ids: string[]): Promise<number> {
	if (ids.length === 0) return 0;
	const rows = await tx
		.update(outbox)
		.set({ recipient: '', bodyText: '', unsubscribeUrl: null })
		.where(and(eq(outbox.organisationId, organisationId), inArray(outbox.id, ids)))
		.returning({ id: outbox.id });
	await tx.update(notices).set({ recipient: '', params: {} }).where(inArray(notices.outboxId, ids));
	return rows.length;
}

/** Deletes the person's notices by id. */
export async function deleteNotices(tx: Tx, ids: string[]): Promise<number> {
	if (ids.length === 0) return 0;
	const rows = await tx.delete(notices).where(inArray(notices.id, ids)).returning({ id: notices.id });
	return rows.length;
}

/** The outbox keys of the invitations and reserve notices sent to these volunteers (they name them). */
export async function invitationKeys(tx: Tx, volunteerIds: string[]): Promise<string[]> {
	if (volunteerIds.length === 0) return [];
	const draws = await tx
		.select({ id: panelDraws.id })
		.from(panelDraws)
		.innerJoin(panelVolunteers, eq(panelVolunteers.panelId, panelDraws.panelId))
		.where(inArray(panelVolunteers.id, volunteerIds));
	const ids = [...new Set(draws.map((d) => d.id))];
	return ids.flatMap((d) => volunteerIds.flatMap((v) => [`panel-invite:${d}:${v}`, `panel-reserve:${d}:${v}`]));
}
