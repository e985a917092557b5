/**
 * @module Data-subject requests on the staff side: the organisation admin registers a request for access
 * (registerutdrag), rectification (rättelse) or erasure (radering) for a person identified by email, phone or
 * receipt code. Medskapa finds everything about them across the modules and gives the register extract (JSON
 * and PDF). Erasure respects the records plan: what the plan keeps is restricted (unpublished, hidden from
 * ordinary views) with the reason, the rest erased. Every step is audited with counts, never the person.
 */
import type { Actor } from '../../../domain/access/can';
import { toE164 } from '../../../domain/notification/phone';
import { withoutText } from '../../../domain/perspective/report';
import { normaliseReceipt } from '../../../domain/perspective/receipt';
import type { RecordType } from '../../../domain/retention/records-plan';
import {
	daysLeft,
	erasureAction,
	IDENTIFIER_KINDS,
	normaliseEmail,
	SUBJECT_REQUEST_KINDS,
	subjectRequestDueOn,
	type IdentifierKind,
	type SubjectRequestKind
} from '../../../domain/retention/subject-request';
import { err, ok, type Result } from '../../../kernel/result';
import type { Db } from '../../db/client';
import type { SubjectRequestOutcome } from '../../db/schema/index';
import type { FieldError, UseCaseContext, UseCaseError } from '../context';
import { authorize, refused } from '../gate';
import { findOrganisationById } from '../identity/queries/organisations';
import { forgetRecipients } from '../notifications/queries/outbox';
import { deleteVolunteerContacts } from '../panel/queries/panels';
import { deletePersonalDataOfPerspective, markPerspectiveWithdrawn } from '../perspectives/queries/perspectives';
import { findReport, replaceReportSnapshot } from '../perspectives/queries/reports';
import { auditAs } from '../records/queries/audit';
import { readRecordsPlan } from './queries/plans';
import {
	blankMessages,
	deleteNotices,
	findMembers,
	findMessagesTo,
	findNoticesTo,
	findPerspectivesOf,
	findSubjectRequest,
	findVolunteers,
	insertRestriction,
	insertSubjectRequest,
	invitationKeys,
	listOpenSubjectRequests,
	listSubjectRequests,
	resolvePerson,
	updateSubjectRequest,
	type FoundMember,
	type FoundMessage,
	type FoundNotice,
	type FoundPerspective,
	type FoundVolunteer,
	type SubjectRequestRow
} from './queries/subject-requests';

const isoDay = (d: Date) => d.toISOString().slice(0, 10);

/** The reason recorded with a restriction (a message key): a public record the records plan keeps. */
const RESTRICTION_REASON = 'subjectRequests.restrictedReason.plan';

export type SubjectRequestSummary = Omit<SubjectRequestRow, 'organisationId'> & { daysLeft: number };

const summary = (r: SubjectRequestRow, today: string): SubjectRequestSummary => {
	const { organisationId: _o, ...rest } = r;
	return { ...rest, daysLeft: daysLeft(r.dueOn, today) };
};

export async function loadSubjectRequestsPage(
	ctx: UseCaseContext,
	actor: Actor
): Promise<Result<{ requests: SubjectRequestSummary[]; today: string }, UseCaseError>> {
	if (!authorize(actor, 'subjectRequest.handle').ok || actor.kind !== 'staff') return refused();
	const today = isoDay(ctx.now());
	const rows = await listSubjectRequests(ctx.db, actor.organisationId);
	return ok({ requests: rows.map((r) => summary(r, today)), today });
}

/** The identifier as stored: an email in lower case, a phone number in E.164, a receipt code normalised. */
function normaliseIdentifier(kind: IdentifierKind, raw: string): string | null {
	const value = raw.trim();
	if (kind === 'email')
		return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value) && value.length <= 254 ? normaliseEmail(value) : null;
	if (kind === 'phone') return toE164(value);
	return normaliseReceipt(value);
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Registers a request from the form: `kind`, `identifierKind`, `identifier`, `receivedOn` (default today). */
export async function registerSubjectRequest(
	ctx: UseCaseContext,
	actor: Actor,
	raw: unknown
): Promise<Result<{ id: string; dueOn: string }, UseCaseError>> {
	if (!authorize(actor, 'subjectRequest.handle').ok || actor.kind !== 'staff') return refused();
	const input = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
	const fields: FieldError[] = [];
	const kind = String(input.kind ?? '') as SubjectRequestKind;
	if (!SUBJECT_REQUEST_KINDS.includes(kind)) fields.push({ field: 'kind', message: 'error.subjectRequest.kind' });
	const identifierKind = String(input.identifierKind ?? '') as IdentifierKind;
	let identifier: string | null = null;
	if (!IDENTIFIER_KINDS.includes(identifierKind))
		fields.push({ field: 'identifierKind', message: 'error.subjectRequest.identifierKind' });
	else {
		identifier = normaliseIdentifier(identifierKind, String(input.identifier ?? ''));
		if (!identifier) fields.push({ field: 'identifier', message: `error.subjectRequest.identifier.${identifierKind}` });
	}
	const now = ctx.now();
	const today = isoDay(now);
	const receivedText = String(input.receivedOn ?? '').trim();
	const receivedOn = receivedText === '' ? today : receivedText;
	if (!DAY.test(receivedOn) || Number.isNaN(Date.parse(`${receivedOn}T00:00:00Z`)) || receivedOn > today)
		fields.push({ field: 'receivedOn', message: 'error.subjectRequest.receivedOn' });
	if (fields.length) return err({ code: 'invalid', fields });
	const id = ctx.newId();
	const dueOn = subjectRequestDueOn(receivedOn);
	await ctx.db.transaction(async (tx) => {
		await insertSubjectRequest(
			tx,
			{
				id,
				organisationId: actor.organisationId,
				kind,
				identifierKind,
				receivedOn,
				dueOn,
				status: 'open',
				createdAt: now,
				createdByUserId: actor.userId
			},
			identifier!
		);
		await auditAs(ctx, actor, now)(tx, 'subjectRequest.registered', 'subjectRequest', id, {
			kind,
			identifierKind,
			dueOn
		});
	});
	return ok({ id, dueOn });
}

/** Everything held about the person, as the register extract gives it. */
export type RegisterExtract = {
	organisation: string;
	generatedAt: string;
	request: {
		kind: SubjectRequestKind;
		identifierKind: IdentifierKind;
		identifier: string;
		receivedOn: string;
		dueOn: string;
	};
	perspectives: (Omit<FoundPerspective, 'createdAt' | 'contact' | 'profile' | 'routings'> & {
		createdAt: string;
		contact:
			| (Omit<NonNullable<FoundPerspective['contact']>, 'consentedAt' | 'unsubscribedAt'> & {
					consentedAt: string;
					unsubscribedAt: string | null;
			  })
			| null;
		profile: (Omit<NonNullable<FoundPerspective['profile']>, 'consentedAt'> & { consentedAt: string }) | null;
		routings: {
			receiver: string;
			status: string;
			routedAt: string;
			answeredAt: string | null;
			answer: string | null;
		}[];
	})[];
	messages: (Omit<FoundMessage, 'createdAt' | 'sentAt'> & { createdAt: string; sentAt: string | null })[];
	notices: (Omit<FoundNotice, 'createdAt' | 'dispatchedAt'> & { createdAt: string; dispatchedAt: string | null })[];
	consents: { what: 'contact' | 'selfDescription' | 'panel'; process: string; consentedAt: string; wording: string }[];
	panelVolunteers: (Omit<FoundVolunteer, 'consentedAt'> & { consentedAt: string })[];
	workingGroupMembers: FoundMember[];
	/** What Medskapa holds that cannot be linked to a person: named so the person knows. */
	notLinkable: ('statementVotes' | 'evaluationAnswers')[];
};

const iso = (d: Date | null) => (d ? d.toISOString() : null);

type Found = {
	perspectives: FoundPerspective[];
	messages: FoundMessage[];
	notices: FoundNotice[];
	volunteers: FoundVolunteer[];
	members: FoundMember[];
};

async function findEverything(
	db: Db,
	organisationId: string,
	request: { identifierKind: IdentifierKind; identifier: string }
): Promise<Found> {
	const person = await resolvePerson(db, organisationId, request.identifierKind, request.identifier);
	const extra = person.receiptPerspectiveId ? [person.receiptPerspectiveId] : [];
	const [perspectives, messages, notices, volunteers, members] = await Promise.all([
		findPerspectivesOf(db, organisationId, person, extra),
		findMessagesTo(db, organisationId, person),
		findNoticesTo(db, organisationId, person),
		findVolunteers(db, organisationId, person),
		findMembers(db, organisationId, person)
	]);
	return { perspectives, messages, notices, volunteers, members };
}

function toExtract(
	organisation: string,
	request: SubjectRequestRow & { identifier: string },
	found: Found,
	now: Date
): RegisterExtract {
	return {
		organisation,
		generatedAt: now.toISOString(),
		request: {
			kind: request.kind,
			identifierKind: request.identifierKind,
			identifier: request.identifier,
			receivedOn: request.receivedOn,
			dueOn: request.dueOn
		},
		perspectives: found.perspectives.map((p) => ({
			...p,
			createdAt: p.createdAt.toISOString(),
			contact: p.contact
				? {
						...p.contact,
						consentedAt: p.contact.consentedAt.toISOString(),
						unsubscribedAt: iso(p.contact.unsubscribedAt)
					}
				: null,
			profile: p.profile ? { ...p.profile, consentedAt: p.profile.consentedAt.toISOString() } : null,
			routings: p.routings.map((r) => ({ ...r, routedAt: r.routedAt.toISOString(), answeredAt: iso(r.answeredAt) }))
		})),
		messages: found.messages.map((m) => ({ ...m, createdAt: m.createdAt.toISOString(), sentAt: iso(m.sentAt) })),
		notices: found.notices.map((n) => ({
			...n,
			createdAt: n.createdAt.toISOString(),
			dispatchedAt: iso(n.dispatchedAt)
		})),
		consents: [
			...found.perspectives.flatMap((p) => [
				...(p.contact
					? [
							{
								what: 'contact' as const,
								process: p.process,
								consentedAt: p.contact.consentedAt.toISOString(),
								wording: p.contact.consentText
							}
						]
					: []),
				...(p.profile
					? [
							{
								what: 'selfDescription' as const,
								process: p.process,
								consentedAt: p.profile.consentedAt.toISOString(),
								wording: ''
							}
						]
					: [])
			]),
			...found.volunteers.map((v) => ({
				what: 'panel' as const,
				process: v.process,
				consentedAt: v.consentedAt.toISOString(),
				wording: v.consentVersion
			}))
		],
		panelVolunteers: found.volunteers.map((v) => ({ ...v, consentedAt: v.consentedAt.toISOString() })),
		workingGroupMembers: found.members,
		notLinkable: ['statementVotes', 'evaluationAnswers']
	};
}

export type SubjectRequestView = {
	request: SubjectRequestSummary & { identifier: string };
	extract: RegisterExtract;
};

/** One request with what Medskapa holds about the person now. */
export async function loadSubjectRequest(
	ctx: UseCaseContext,
	actor: Actor,
	id: string
): Promise<Result<SubjectRequestView, UseCaseError>> {
	if (!authorize(actor, 'subjectRequest.handle').ok || actor.kind !== 'staff') return refused();
	const request = await findSubjectRequest(ctx.db, actor.organisationId, id);
	if (!request) return err({ code: 'not_found' });
	const organisation = await findOrganisationById(ctx.db, actor.organisationId);
	const now = ctx.now();
	const found = await findEverything(ctx.db, actor.organisationId, request);
	return ok({
		request: { ...summary(request, isoDay(now)), identifier: request.identifier },
		extract: toExtract(organisation?.name ?? '', request, found, now)
	});
}

/** The register extract to hand over (JSON or PDF): audited as downloaded. */
export async function downloadRegisterExtract(
	ctx: UseCaseContext,
	actor: Actor,
	id: string,
	format: 'json' | 'pdf'
): Promise<Result<RegisterExtract, UseCaseError>> {
	const loadedView = await loadSubjectRequest(ctx, actor, id);
	if (!loadedView.ok) return loadedView;
	const now = ctx.now();
	await ctx.db.transaction(async (tx) => {
		await auditAs(ctx, actor as { organisationId: string; userId: string }, now)(
			tx,
			'subjectRequest.extractDownloaded',
			'subjectRequest',
			id,
			{
				format,
				perspectives: loadedView.value.extract.perspectives.length,
				messages: loadedView.value.extract.messages.length
			}
		);
	});
	return ok(loadedView.value.extract);
}

type OpenError = UseCaseError | { code: 'closed' } | { code: 'wrong_kind' };

async function openRequest(ctx: UseCaseContext, actor: Actor, id: string, kind?: SubjectRequestKind) {
	if (!authorize(actor, 'subjectRequest.handle').ok || actor.kind !== 'staff') return refused();
	const request = await findSubjectRequest(ctx.db, actor.organisationId, id);
	if (!request) return err({ code: 'not_found' as const });
	if (request.status !== 'open') return err({ code: 'closed' as const });
	if (kind && request.kind !== kind) return err({ code: 'wrong_kind' as const });
	return ok({ request, actor });
}

/**
 * Carries out an erasure request. Contact details, self-descriptions, notices, panel volunteers' details are
 * erased; a perspective's text and messages sent are erased or, when the records plan keeps them, restricted
 * (the perspective unpublished as withdrawn with its text kept, a restriction with the reason). Working-group
 * members' details are restricted: the member is removed from the group by its facilitator.
 */
export async function eraseForSubjectRequest(
	ctx: UseCaseContext,
	actor: Actor,
	id: string,
	raw: unknown
): Promise<Result<SubjectRequestOutcome, OpenError>> {
	const opened = await openRequest(ctx, actor, id, 'erasure');
	if (!opened.ok) return opened;
	const { request } = opened.value;
	const staff = opened.value.actor as Extract<Actor, { kind: 'staff' }>;
	if ((raw as { confirm?: unknown } | null)?.confirm !== 'on')
		return err({ code: 'invalid', fields: [{ field: 'erase-confirm', message: 'error.subjectRequest.confirmErase' }] });
	const organisation = (await findOrganisationById(ctx.db, staff.organisationId))!;
	const { plan } = await readRecordsPlan(ctx.db, staff.organisationId);
	const found = await findEverything(ctx.db, staff.organisationId, request);
	const now = ctx.now();
	const erased: Partial<Record<RecordType, number>> = {};
	const restricted: Partial<Record<RecordType, number>> = {};
	const add = (into: Partial<Record<RecordType, number>>, type: RecordType, n: number) => {
		if (n > 0) into[type] = (into[type] ?? 0) + n;
	};
	await ctx.db.transaction(async (tx) => {
		const restrict = (recordType: RecordType | 'workingGroupMember', recordId: string, reason = RESTRICTION_REASON) =>
			insertRestriction(tx, {
				id: ctx.newId(),
				organisationId: staff.organisationId,
				requestId: request.id,
				recordType,
				recordId,
				reason,
				createdAt: now
			});
		for (const p of found.perspectives) {
			if (p.contact) add(erased, 'contactDetails', 1);
			if (p.profile) add(erased, 'selfDescriptions', 1);
			await deletePersonalDataOfPerspective(tx, p.id);
			const type: RecordType = 'perspectiveText';
			if (erasureAction(type, plan, organisation.recordsPolicy) === 'restrict') {
				if (p.status !== 'withdrawn') await markPerspectiveWithdrawn(tx, p.id, p.text, now);
				if (!p.restricted) await restrict(type, p.id);
				add(restricted, type, 1);
			} else {
				await markPerspectiveWithdrawn(tx, p.id, '', now);
				const report = p.text ? await findReport(tx, p.processId) : null;
				if (report) await replaceReportSnapshot(tx, p.processId, withoutText(report.snapshot, p.text));
				add(erased, type, 1);
			}
		}
		const messageIds = found.messages.map((m) => m.id);
		if (erasureAction('messages', plan) === 'restrict') {
			for (const m of found.messages) if (!m.restricted) await restrict('messages', m.id);
			add(restricted, 'messages', found.messages.length);
		} else add(erased, 'messages', await blankMessages(tx, staff.organisationId, messageIds));
		// Queued news to the person is not sent any more; past notices only held the address.
		await deleteNotices(
			tx,
			found.notices.map((n) => n.id)
		);
		if (found.volunteers.length) {
			const ids = found.volunteers.map((v) => v.id);
			add(erased, 'panelVolunteers', await deleteVolunteerContacts(tx, ids));
			await forgetRecipients(tx, await invitationKeys(tx, ids));
		}
		for (const m of found.members)
			await restrict('workingGroupMember', m.id, 'subjectRequests.restrictedReason.member');
		const outcome: SubjectRequestOutcome = { erased, restricted, restrictedMembers: found.members.length };
		await updateSubjectRequest(tx, request.id, {
			status: 'completed',
			outcome,
			completedAt: now,
			completedByUserId: staff.userId
		});
		await auditAs(ctx, staff, now)(tx, 'subjectRequest.erased', 'subjectRequest', request.id, outcome);
	});
	return ok({ erased, restricted, restrictedMembers: found.members.length });
}

/** Records what was corrected for a rectification request (the correction itself is made where the data is). */
export async function recordRectification(
	ctx: UseCaseContext,
	actor: Actor,
	id: string,
	raw: unknown
): Promise<Result<void, OpenError>> {
	const opened = await openRequest(ctx, actor, id, 'rectification');
	if (!opened.ok) return opened;
	const staff = opened.value.actor as Extract<Actor, { kind: 'staff' }>;
	const corrected = String((raw as { corrected?: unknown } | null)?.corrected ?? '').trim();
	if (corrected.length < 3 || corrected.length > 4000)
		return err({ code: 'invalid', fields: [{ field: 'corrected', message: 'error.subjectRequest.corrected' }] });
	const now = ctx.now();
	await ctx.db.transaction(async (tx) => {
		await updateSubjectRequest(tx, id, {
			status: 'completed',
			outcome: { corrected },
			completedAt: now,
			completedByUserId: staff.userId
		});
		// The audit names the request, not what was corrected (it may hold personal data).
		await auditAs(ctx, staff, now)(tx, 'subjectRequest.rectified', 'subjectRequest', id, { length: corrected.length });
	});
	return ok(undefined);
}

/** Marks an access request answered (the extract was handed over). */
export async function completeSubjectRequest(
	ctx: UseCaseContext,
	actor: Actor,
	id: string
): Promise<Result<void, OpenError>> {
	const opened = await openRequest(ctx, actor, id, 'access');
	if (!opened.ok) return opened;
	const staff = opened.value.actor as Extract<Actor, { kind: 'staff' }>;
	const now = ctx.now();
	await ctx.db.transaction(async (tx) => {
		await updateSubjectRequest(tx, id, { status: 'completed', completedAt: now, completedByUserId: staff.userId });
		await auditAs(ctx, staff, now)(tx, 'subjectRequest.completed', 'subjectRequest', id, {});
	});
	return ok(undefined);
}

/** For the staff inbox: open requests with their due day. */
export async function listOpenSubjectRequestsFor(db: Db, organisationId: string, today: string) {
	return (await listOpenSubjectRequests(db, organisationId)).map((r) => ({ ...r, daysLeft: daysLeft(r.dueOn, today) }));
}
