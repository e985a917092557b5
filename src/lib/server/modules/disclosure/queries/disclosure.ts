/**
 * @module Rows ↔ values for public-records requests: the organisation's grounds, the requests and their
 * requesters (read only by functions named for it), and the records a request gathers.
 */
import { and, asc, desc, eq, inArray, isNotNull, isNull } from 'drizzle-orm';
import {
	DEFAULT_GROUNDS,
	type DisclosureOutcome,
	type RecordType,
	type RequestChannel,
	type RequestStatus
} from '../../../../domain/disclosure/disclosure';
import type { Review } from '../../../../domain/disclosure/review';
import type { Db, Tx } from '../../../db/client';
import {
	decisionOutcomes,
	decisions,
	disclosureGrounds,
	disclosureRequesters,
	disclosureRequests,
	groupSessions,
	harvestNotes,
	interviews,
	interviewTargets,
	notices,
	outbox,
	perspectives,
	processes,
	proposals,
	routings,
	users
} from '../../../db/schema/index';

const isUuid = (s: string) => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(s);

// — grounds —

export type GroundRow = { id: string; code: string; label: string; defaultKey: string | null; archivedAt: Date | null };

const groundColumns = {
	id: disclosureGrounds.id,
	code: disclosureGrounds.code,
	label: disclosureGrounds.label,
	defaultKey: disclosureGrounds.defaultKey,
	archivedAt: disclosureGrounds.archivedAt
};

/** The organisation's grounds in their order; archived ones too when asked (decisions may cite them). */
export async function listGrounds(
	db: Db | Tx,
	organisationId: string,
	options: { archived?: boolean } = {}
): Promise<GroundRow[]> {
	return db
		.select(groundColumns)
		.from(disclosureGrounds)
		.where(
			and(
				eq(disclosureGrounds.organisationId, organisationId),
				options.archived ? undefined : isNull(disclosureGrounds.archivedAt)
			)
		)
		.orderBy(asc(disclosureGrounds.position), asc(disclosureGrounds.createdAt));
}

/** Adds the common grounds an organisation's list starts with, once (an organisation that has a list keeps it). */
export async function ensureDefaultGrounds(
	tx: Db | Tx,
	organisationId: string,
	now: Date,
	newId: () => string
): Promise<void> {
	const any = await tx
		.select({ id: disclosureGrounds.id })
		.from(disclosureGrounds)
		.where(eq(disclosureGrounds.organisationId, organisationId))
		.limit(1);
	if (any.length) return;
	await tx.insert(disclosureGrounds).values(
		DEFAULT_GROUNDS.map((g, i) => ({
			id: newId(),
			organisationId,
			defaultKey: g.key,
			code: g.code,
			label: g.label,
			position: i,
			createdAt: now
		}))
	);
}

export async function findGround(db: Db | Tx, organisationId: string, id: string): Promise<GroundRow | null> {
	if (!isUuid(id)) return null;
	const rows = await db
		.select(groundColumns)
		.from(disclosureGrounds)
		.where(and(eq(disclosureGrounds.organisationId, organisationId), eq(disclosureGrounds.id, id)));
	return rows[0] ?? null;
}

export async function insertGround(
	tx: Tx,
	row: { id: string; organisationId: string; code: string; label: string; createdAt: Date }
): Promise<void> {
	const last = await tx
		.select({ position: disclosureGrounds.position })
		.from(disclosureGrounds)
		.where(eq(disclosureGrounds.organisationId, row.organisationId))
		.orderBy(desc(disclosureGrounds.position))
		.limit(1);
	await tx.insert(disclosureGrounds).values({ ...row, position: (last[0]?.position ?? -1) + 1 });
}

export async function updateGround(
	tx: Tx,
	id: string,
	values: Partial<{ code: string; label: string; archivedAt: Date }>
): Promise<void> {
	await tx.update(disclosureGrounds).set(values).where(eq(disclosureGrounds.id, id));
}

// — requests —

export type RequestRow = {
	id: string;
	organisationId: string;
	receivedAt: Date;
	channel: RequestChannel;
	subject: string;
	processId: string | null;
	processTitle: string | null;
	periodFrom: string | null;
	periodTo: string | null;
	recordTypes: RecordType[];
	review: Review;
	status: RequestStatus;
	createdAt: Date;
	reviewedAt: Date | null;
	outcome: DisclosureOutcome | null;
	reason: string | null;
	decidedAt: Date | null;
	decidedByName: string | null;
	delivery: unknown;
};

const decider = users;

const requestColumns = {
	id: disclosureRequests.id,
	organisationId: disclosureRequests.organisationId,
	receivedAt: disclosureRequests.receivedAt,
	channel: disclosureRequests.channel,
	subject: disclosureRequests.subject,
	processId: disclosureRequests.processId,
	processTitle: processes.title,
	periodFrom: disclosureRequests.periodFrom,
	periodTo: disclosureRequests.periodTo,
	recordTypes: disclosureRequests.recordTypes,
	review: disclosureRequests.review,
	status: disclosureRequests.status,
	createdAt: disclosureRequests.createdAt,
	reviewedAt: disclosureRequests.reviewedAt,
	outcome: disclosureRequests.outcome,
	reason: disclosureRequests.reason,
	decidedAt: disclosureRequests.decidedAt,
	decidedByName: decider.name,
	delivery: disclosureRequests.delivery
};

function selectRequests(db: Db | Tx) {
	return db
		.select(requestColumns)
		.from(disclosureRequests)
		.leftJoin(processes, eq(processes.id, disclosureRequests.processId))
		.leftJoin(decider, eq(decider.id, disclosureRequests.decidedByUserId));
}

/** The organisation's requests (without their deliveries, which can be large). */
export async function listRequests(db: Db | Tx, organisationId: string): Promise<Omit<RequestRow, 'delivery'>[]> {
	const rows = await selectRequests(db).where(eq(disclosureRequests.organisationId, organisationId));
	return rows.map(({ delivery: _d, ...r }) => r);
}

export async function findRequest(db: Db | Tx, organisationId: string, id: string): Promise<RequestRow | null> {
	if (!isUuid(id)) return null;
	const rows = await selectRequests(db).where(
		and(eq(disclosureRequests.organisationId, organisationId), eq(disclosureRequests.id, id))
	);
	return rows[0] ?? null;
}

export type NewRequest = {
	id: string;
	organisationId: string;
	receivedAt: Date;
	channel: RequestChannel;
	subject: string;
	processId: string | null;
	periodFrom: string | null;
	periodTo: string | null;
	recordTypes: RecordType[];
	registeredByUserId: string | null;
	createdAt: Date;
};

export type Requester = { name: string | null; email: string | null; phone: string | null; address: string | null };

export async function insertRequest(tx: Tx, row: NewRequest, requester: Requester | null): Promise<void> {
	await tx.insert(disclosureRequests).values({ ...row, review: { passages: {}, manual: [] }, status: 'open' });
	if (requester) await tx.insert(disclosureRequesters).values({ requestId: row.id, ...requester });
}

/** The requester's contact, for those handling the request; null when they gave none (anonymous). */
export async function findRequesterContact(db: Db | Tx, requestId: string): Promise<Requester | null> {
	const rows = await db
		.select({
			name: disclosureRequesters.name,
			email: disclosureRequesters.email,
			phone: disclosureRequesters.phone,
			address: disclosureRequesters.address
		})
		.from(disclosureRequesters)
		.where(eq(disclosureRequesters.requestId, requestId));
	return rows[0] ?? null;
}

/** Saves the review of an open request; false when the request was decided meanwhile. */
export async function saveRequestReview(tx: Tx, id: string, review: Review, at: Date): Promise<boolean> {
	const rows = await tx
		.update(disclosureRequests)
		.set({ review, reviewedAt: at })
		.where(and(eq(disclosureRequests.id, id), eq(disclosureRequests.status, 'open')))
		.returning({ id: disclosureRequests.id });
	return rows.length === 1;
}

/** Decides an open request, freezing its delivery; false when it was decided meanwhile. */
export async function saveRequestDecision(
	tx: Tx,
	id: string,
	decision: {
		outcome: DisclosureOutcome;
		reason: string;
		decidedAt: Date;
		decidedByUserId: string | null;
		delivery: unknown;
	}
): Promise<boolean> {
	const rows = await tx
		.update(disclosureRequests)
		.set({ ...decision, status: 'decided' })
		.where(and(eq(disclosureRequests.id, id), eq(disclosureRequests.status, 'open')))
		.returning({ id: disclosureRequests.id });
	return rows.length === 1;
}

// — the records a request gathers —

export type ProcessRef = { id: string; title: string };

export async function listProcessRefs(db: Db | Tx, organisationId: string): Promise<ProcessRef[]> {
	return db
		.select({ id: processes.id, title: processes.title })
		.from(processes)
		.where(eq(processes.organisationId, organisationId))
		.orderBy(asc(processes.title));
}

const scopeProcesses = (organisationId: string, processId: string | null) =>
	processId
		? and(eq(processes.organisationId, organisationId), eq(processes.id, processId))
		: eq(processes.organisationId, organisationId);

export async function perspectivesFor(db: Db | Tx, organisationId: string, processId: string | null) {
	return db
		.select({
			id: perspectives.id,
			processTitle: processes.title,
			text: perspectives.text,
			channel: perspectives.channel,
			status: perspectives.status,
			withdrawnAt: perspectives.withdrawnAt,
			interviewId: perspectives.interviewId,
			createdAt: perspectives.createdAt
		})
		.from(perspectives)
		.innerJoin(processes, eq(processes.id, perspectives.processId))
		.where(scopeProcesses(organisationId, processId))
		.orderBy(asc(processes.title), asc(perspectives.createdAt), asc(perspectives.id));
}

export async function interviewsFor(db: Db | Tx, organisationId: string, processId: string | null) {
	return db
		.select({
			id: interviews.id,
			processTitle: processes.title,
			heldOn: interviews.heldOn,
			group: interviewTargets.name,
			description: interviewTargets.description,
			mayQuote: interviews.mayQuote,
			createdAt: interviews.createdAt
		})
		.from(interviews)
		.innerJoin(processes, eq(processes.id, interviews.processId))
		.innerJoin(interviewTargets, eq(interviewTargets.id, interviews.targetId))
		.where(scopeProcesses(organisationId, processId))
		.orderBy(asc(processes.title), asc(interviews.heldOn), asc(interviews.id));
}

export async function harvestNotesFor(db: Db | Tx, organisationId: string, processId: string | null) {
	return db
		.select({
			id: harvestNotes.id,
			processTitle: processes.title,
			session: groupSessions.title,
			heldOn: groupSessions.heldOn,
			kind: harvestNotes.kind,
			text: harvestNotes.text,
			createdAt: harvestNotes.createdAt
		})
		.from(harvestNotes)
		.innerJoin(groupSessions, eq(groupSessions.id, harvestNotes.sessionId))
		.innerJoin(processes, eq(processes.id, groupSessions.processId))
		.where(scopeProcesses(organisationId, processId))
		.orderBy(asc(processes.title), asc(harvestNotes.seq));
}

export async function publishedDecisionsFor(db: Db | Tx, organisationId: string, processId: string | null) {
	const rows = await db
		.select({
			id: decisions.id,
			processTitle: processes.title,
			body: decisions.body,
			decidedOn: decisions.decidedOn,
			caseNumber: decisions.caseNumber,
			minutesParagraph: decisions.minutesParagraph,
			summary: decisions.summary,
			publishedAt: decisions.publishedAt
		})
		.from(decisions)
		.innerJoin(processes, eq(processes.id, decisions.processId))
		.where(and(scopeProcesses(organisationId, processId), isNotNull(decisions.publishedAt)))
		.orderBy(asc(processes.title), asc(decisions.decidedOn), asc(decisions.id));
	const outcomes = rows.length
		? await db
				.select({
					decisionId: decisionOutcomes.decisionId,
					proposal: proposals.title,
					outcome: decisionOutcomes.outcome,
					reasons: decisionOutcomes.reasons
				})
				.from(decisionOutcomes)
				.innerJoin(proposals, eq(proposals.id, decisionOutcomes.proposalId))
				.where(
					inArray(
						decisionOutcomes.decisionId,
						rows.map((r) => r.id)
					)
				)
				.orderBy(asc(proposals.title))
		: [];
	return rows.map((r) => ({ ...r, outcomes: outcomes.filter((o) => o.decisionId === r.id) }));
}

/**
 * Messages sent to residents about dialogues: receipts, notices, routings to receivers and their answers (and,
 * for the whole organisation, lost-receipt messages). Staff sign-in links and personal invitations are not records
 * of a dialogue and never leave here.
 */
export async function messagesFor(db: Db | Tx, organisationId: string, processId: string | null) {
	const rows = await db
		.select({
			id: outbox.id,
			channel: outbox.channel,
			dedupeKey: outbox.dedupeKey,
			recipient: outbox.recipient,
			subject: outbox.subject,
			body: outbox.bodyText,
			status: outbox.status,
			createdAt: outbox.createdAt
		})
		.from(outbox)
		.where(eq(outbox.organisationId, organisationId))
		.orderBy(asc(outbox.createdAt), asc(outbox.id));
	const kinds = ['receipt:', 'notice:', 'routing:', 'routing.answered:', ...(processId ? [] : ['lostReceipts:'])];
	const ofKind = rows.filter((r) => kinds.some((k) => r.dedupeKey.startsWith(k)));
	if (!processId) return ofKind;
	const perspectiveIds = new Set(
		(await db.select({ id: perspectives.id }).from(perspectives).where(eq(perspectives.processId, processId))).map(
			(r) => r.id
		)
	);
	const routingIds = new Set(
		(
			await db
				.select({ id: routings.id })
				.from(routings)
				.innerJoin(perspectives, eq(perspectives.id, routings.perspectiveId))
				.where(eq(perspectives.processId, processId))
		).map((r) => r.id)
	);
	const noticeOutbox = new Set(
		(
			await db
				.select({ outboxId: notices.outboxId })
				.from(notices)
				.where(and(eq(notices.processId, processId), isNotNull(notices.outboxId)))
		).map((r) => r.outboxId)
	);
	return ofKind.filter((r) => {
		const [kind, id] = r.dedupeKey.split(':');
		if (kind === 'receipt') return perspectiveIds.has(id);
		if (kind === 'routing' || kind === 'routing.answered') return routingIds.has(id);
		return noticeOutbox.has(r.id);
	});
}
