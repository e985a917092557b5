/**
 * @module Rows ↔ values for routing: the receivers register and the routings (one perspective passed to one
 * receiver). The answer link's token is never stored, only its SHA-256.
 */
import { and, asc, desc, eq, inArray, isNull } from 'drizzle-orm';
import type { ReceiverKind, RoutingStatus } from '../../../../domain/routing/routing';
import type { Db, Tx } from '../../../db/client';
import {
	organisations,
	perspectiveContacts,
	perspectives,
	processes,
	receivers,
	routings,
	themes
} from '../../../db/schema/index';

export type Receiver = {
	id: string;
	name: string;
	kind: ReceiverKind;
	email: string;
	phone: string | null;
	note: string;
	archivedAt: Date | null;
};

const receiverColumns = {
	id: receivers.id,
	name: receivers.name,
	kind: receivers.kind,
	email: receivers.email,
	phone: receivers.phone,
	note: receivers.note,
	archivedAt: receivers.archivedAt
};

/** The organisation's receivers by name; archived ones only when asked for. */
export async function listReceivers(
	db: Db | Tx,
	organisationId: string,
	options: { archived?: boolean } = {}
): Promise<Receiver[]> {
	return db
		.select(receiverColumns)
		.from(receivers)
		.where(
			and(eq(receivers.organisationId, organisationId), options.archived ? undefined : isNull(receivers.archivedAt))
		)
		.orderBy(asc(receivers.name), asc(receivers.id));
}

export async function findReceiver(db: Db | Tx, organisationId: string, id: string): Promise<Receiver | null> {
	if (!isUuid(id)) return null;
	const rows = await db
		.select(receiverColumns)
		.from(receivers)
		.where(and(eq(receivers.organisationId, organisationId), eq(receivers.id, id)));
	return rows[0] ?? null;
}

export async function insertReceiver(
	tx: Tx,
	row: Omit<Receiver, 'archivedAt'> & { organisationId: string; createdAt: Date }
): Promise<void> {
	await tx.insert(receivers).values(row);
}

export async function updateReceiver(
	tx: Tx,
	id: string,
	values: Partial<Pick<Receiver, 'name' | 'kind' | 'email' | 'phone' | 'note' | 'archivedAt'>>
): Promise<void> {
	await tx.update(receivers).set(values).where(eq(receivers.id, id));
}

export type NewRouting = {
	id: string;
	organisationId: string;
	perspectiveId: string;
	receiverId: string | null;
	receiverName: string;
	receiverEmail: string;
	note: string;
	tokenHash: string;
	linkExpiresAt: Date;
	dueOn: string;
	routedByUserId: string | null;
	routedAt: Date;
	forwardedFromId?: string | null;
};

export async function insertRoutings(tx: Tx, rows: NewRouting[]): Promise<void> {
	if (rows.length) await tx.insert(routings).values(rows.map((r) => ({ ...r, status: 'routed' as const })));
}

/** A routing with what staff and the answer page show about its perspective (never a contact). */
export type RoutingRow = {
	id: string;
	organisationId: string;
	perspectiveId: string;
	receiverId: string | null;
	receiverName: string;
	receiverEmail: string;
	note: string;
	status: RoutingStatus;
	linkExpiresAt: Date;
	dueOn: string;
	routedAt: Date;
	answerText: string | null;
	answeredBy: string | null;
	answeredAt: Date | null;
	closedReason: string | null;
	closedAt: Date | null;
	forwardedFromId: string | null;
	perspective: { text: string; status: 'visible' | 'hidden' | 'withdrawn'; createdAt: Date; themeName: string | null };
	process: { id: string; slug: string; title: string };
};

const routingColumns = {
	id: routings.id,
	organisationId: routings.organisationId,
	perspectiveId: routings.perspectiveId,
	receiverId: routings.receiverId,
	receiverName: routings.receiverName,
	receiverEmail: routings.receiverEmail,
	note: routings.note,
	status: routings.status,
	linkExpiresAt: routings.linkExpiresAt,
	dueOn: routings.dueOn,
	routedAt: routings.routedAt,
	answerText: routings.answerText,
	answeredBy: routings.answeredBy,
	answeredAt: routings.answeredAt,
	closedReason: routings.closedReason,
	closedAt: routings.closedAt,
	forwardedFromId: routings.forwardedFromId,
	text: perspectives.text,
	perspectiveStatus: perspectives.status,
	perspectiveCreatedAt: perspectives.createdAt,
	themeName: themes.name,
	processId: processes.id,
	slug: processes.slug,
	title: processes.title
};

type Selected = Awaited<ReturnType<typeof selectRoutings>>[number];

function toRow(r: Selected): RoutingRow {
	const { text, perspectiveStatus, perspectiveCreatedAt, themeName, processId, slug, title, ...rest } = r;
	return {
		...rest,
		perspective: { text, status: perspectiveStatus, createdAt: perspectiveCreatedAt, themeName },
		process: { id: processId, slug, title }
	};
}

function selectRoutings(db: Db | Tx) {
	return db
		.select(routingColumns)
		.from(routings)
		.innerJoin(perspectives, eq(perspectives.id, routings.perspectiveId))
		.innerJoin(processes, eq(processes.id, perspectives.processId))
		.leftJoin(themes, eq(themes.id, perspectives.themeId));
}

/** The routings sent with one link (one, or a theme's), oldest first. */
export async function listRoutingsByTokenHash(db: Db | Tx, tokenHash: string): Promise<RoutingRow[]> {
	const rows = await selectRoutings(db).where(eq(routings.tokenHash, tokenHash)).orderBy(asc(perspectives.createdAt));
	return rows.map(toRow);
}

/** Every routing of a process, newest first. */
export async function listRoutingsOfProcess(db: Db | Tx, processId: string): Promise<RoutingRow[]> {
	const rows = await selectRoutings(db)
		.where(eq(perspectives.processId, processId))
		.orderBy(desc(routings.routedAt), asc(routings.id));
	return rows.map(toRow);
}

/** The routings of one perspective, oldest first (for its trace); one passed on comes after the one it came from. */
export async function listRoutingsOfPerspective(db: Db | Tx, perspectiveId: string): Promise<RoutingRow[]> {
	const rows = (
		await selectRoutings(db)
			.where(eq(routings.perspectiveId, perspectiveId))
			.orderBy(asc(routings.routedAt), asc(routings.id))
	).map(toRow);
	const byId = new Map(rows.map((r) => [r.id, r]));
	const depth = (r: RoutingRow): number => {
		let n = 0;
		for (let at = r; at.forwardedFromId && byId.has(at.forwardedFromId) && n < rows.length; n++)
			at = byId.get(at.forwardedFromId)!;
		return n;
	};
	return rows
		.map((r, i) => ({ r, i, d: depth(r) }))
		.sort((a, b) => a.r.routedAt.getTime() - b.r.routedAt.getTime() || a.d - b.d || a.i - b.i)
		.map((x) => x.r);
}

/** The organisation's routings still waiting for an answer, by due day. */
export async function listWaitingRoutings(db: Db | Tx, organisationId: string): Promise<RoutingRow[]> {
	const rows = await selectRoutings(db)
		.where(and(eq(routings.organisationId, organisationId), eq(routings.status, 'routed')))
		.orderBy(asc(routings.dueOn), asc(routings.routedAt));
	return rows.map(toRow);
}

export async function findRouting(db: Db | Tx, organisationId: string, id: string): Promise<RoutingRow | null> {
	if (!isUuid(id)) return null;
	const rows = await selectRoutings(db).where(and(eq(routings.organisationId, organisationId), eq(routings.id, id)));
	return rows[0] ? toRow(rows[0]) : null;
}

export async function markAnswered(
	tx: Tx,
	ids: string[],
	answer: { text: string; by: string; at: Date }
): Promise<string[]> {
	const rows = await tx
		.update(routings)
		.set({ status: 'answered', answerText: answer.text, answeredBy: answer.by, answeredAt: answer.at })
		.where(and(inArray(routings.id, ids), eq(routings.status, 'routed')))
		.returning({ id: routings.id });
	return rows.map((r) => r.id);
}

export async function markForwarded(tx: Tx, ids: string[]): Promise<string[]> {
	const rows = await tx
		.update(routings)
		.set({ status: 'forwarded' })
		.where(and(inArray(routings.id, ids), eq(routings.status, 'routed')))
		.returning({ id: routings.id });
	return rows.map((r) => r.id);
}

export async function markClosed(
	tx: Tx,
	id: string,
	close: { reason: string; at: Date; byUserId: string | null }
): Promise<boolean> {
	const rows = await tx
		.update(routings)
		.set({ status: 'closed', closedReason: close.reason, closedAt: close.at, closedByUserId: close.byUserId })
		.where(and(eq(routings.id, id), inArray(routings.status, ['routed', 'answered'])))
		.returning({ id: routings.id });
	return rows.length > 0;
}

/** The contact left with a perspective (for the answer to reach its author), or null. */
export async function findContactOfPerspective(db: Db | Tx, perspectiveId: string) {
	const rows = await db
		.select({
			email: perspectiveContacts.email,
			phone: perspectiveContacts.phone,
			language: perspectiveContacts.language,
			unsubscribedAt: perspectiveContacts.unsubscribedAt,
			receipt: perspectives.receipt
		})
		.from(perspectiveContacts)
		.innerJoin(perspectives, eq(perspectives.id, perspectiveContacts.perspectiveId))
		.where(eq(perspectiveContacts.perspectiveId, perspectiveId));
	return rows[0] ?? null;
}

export async function findOrganisationForRouting(db: Db | Tx, organisationId: string) {
	const rows = await db
		.select({ name: organisations.name, answerWorkingDays: organisations.answerWorkingDays })
		.from(organisations)
		.where(eq(organisations.id, organisationId));
	return rows[0] ?? null;
}

/** The perspectives of a process that may be routed: visible ones, by id or by theme. */
export async function listRoutablePerspectives(
	db: Db | Tx,
	processId: string,
	by: { perspectiveId?: string; themeId?: string }
) {
	const where = by.perspectiveId
		? isUuid(by.perspectiveId)
			? eq(perspectives.id, by.perspectiveId)
			: null
		: by.themeId && isUuid(by.themeId)
			? eq(perspectives.themeId, by.themeId)
			: null;
	if (!where) return [];
	return db
		.select({ id: perspectives.id, text: perspectives.text, createdAt: perspectives.createdAt })
		.from(perspectives)
		.where(and(eq(perspectives.processId, processId), eq(perspectives.status, 'visible'), where))
		.orderBy(asc(perspectives.createdAt));
}

export async function findThemeName(db: Db | Tx, processId: string, themeId: string): Promise<string | null> {
	if (!isUuid(themeId)) return null;
	const rows = await db
		.select({ name: themes.name })
		.from(themes)
		.where(and(eq(themes.processId, processId), eq(themes.id, themeId)));
	return rows[0]?.name ?? null;
}

const isUuid = (s: string) => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(s);
