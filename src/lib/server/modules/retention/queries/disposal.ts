/**
 * @module Disposal (gallring) in the database: finding the records of one type that a rule makes due, removing
 * exactly the ids a preview froze, and the previews and disposal records themselves.
 */
import { and, desc, eq, inArray, isNotNull, isNull, lt, max, ne, sql, type SQL } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import type { DisposalRule, RecordType } from '../../../../domain/retention/records-plan';
import type { Db, Tx } from '../../../db/client';
import {
	decisions,
	disposalRecords,
	disposalRuns,
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
	statementVotes,
	users,
	type DisposalSelection
} from '../../../db/schema/index';
import { recipientKeyOf } from '../../notifications/queries/notices';
import { forgetRecipients } from '../../notifications/queries/outbox';

/** A record found for disposal: its id (as text), its own date and its process (null for messages). */
export type Candidate = { id: string; at: Date; processId: string | null };

/** The latest published decision per process of the organisation. */
export async function listDecisionPublished(db: Db | Tx, organisationId: string): Promise<Map<string, Date>> {
	const rows = await db
		.select({ processId: decisions.processId, at: max(decisions.publishedAt) })
		.from(decisions)
		.innerJoin(processes, eq(processes.id, decisions.processId))
		.where(and(eq(processes.organisationId, organisationId), isNotNull(decisions.publishedAt)))
		.groupBy(decisions.processId);
	return new Map(rows.filter((r) => r.at).map((r) => [r.processId, new Date(r.at!)]));
}

/**
 * The records of one type still holding what disposal removes, in the given processes (event rules) or made
 * before `madeBefore` (age rules). Disposed records are not found again (emptied text, deleted rows).
 */
export async function findCandidates(
	db: Db | Tx,
	organisationId: string,
	type: RecordType,
	where: { processIds?: string[]; madeBefore?: Date }
): Promise<Candidate[]> {
	if (where.processIds && where.processIds.length === 0) return [];
	const inOrg = eq(processes.organisationId, organisationId);
	const inProcesses = (column: AnyPgColumn): SQL | undefined =>
		where.processIds ? inArray(column, where.processIds) : undefined;
	const before = <C extends typeof perspectives.createdAt>(column: C): SQL | undefined =>
		where.madeBefore ? lt(column, where.madeBefore) : undefined;
	switch (type) {
		case 'perspectiveText':
		case 'interviewNotes':
			return db
				.select({ id: perspectives.id, at: perspectives.createdAt, processId: perspectives.processId })
				.from(perspectives)
				.innerJoin(processes, eq(processes.id, perspectives.processId))
				.where(
					and(
						inOrg,
						ne(perspectives.text, ''),
						type === 'interviewNotes' ? isNotNull(perspectives.interviewId) : isNull(perspectives.interviewId),
						inProcesses(perspectives.processId),
						before(perspectives.createdAt)
					)
				);
		case 'contactDetails':
			return db
				.select({
					id: perspectiveContacts.perspectiveId,
					at: perspectives.createdAt,
					processId: perspectives.processId
				})
				.from(perspectiveContacts)
				.innerJoin(perspectives, eq(perspectives.id, perspectiveContacts.perspectiveId))
				.innerJoin(processes, eq(processes.id, perspectives.processId))
				.where(and(inOrg, inProcesses(perspectives.processId), before(perspectives.createdAt)));
		case 'selfDescriptions':
			return db
				.select({
					id: perspectiveProfiles.perspectiveId,
					at: perspectives.createdAt,
					processId: perspectives.processId
				})
				.from(perspectiveProfiles)
				.innerJoin(perspectives, eq(perspectives.id, perspectiveProfiles.perspectiveId))
				.innerJoin(processes, eq(processes.id, perspectives.processId))
				.where(and(inOrg, inProcesses(perspectives.processId), before(perspectives.createdAt)));
		case 'panelVolunteers':
			return db
				.select({ id: panelVolunteerContacts.volunteerId, at: panelVolunteers.createdAt, processId: panels.processId })
				.from(panelVolunteerContacts)
				.innerJoin(panelVolunteers, eq(panelVolunteers.id, panelVolunteerContacts.volunteerId))
				.innerJoin(panels, eq(panels.id, panelVolunteers.panelId))
				.innerJoin(processes, eq(processes.id, panels.processId))
				.where(
					and(
						inOrg,
						where.processIds ? inArray(panels.processId, where.processIds) : undefined,
						where.madeBefore ? lt(panelVolunteers.createdAt, where.madeBefore) : undefined
					)
				);
		case 'statementVotes': {
			const rows = await db
				.select({ seq: statementVotes.seq, at: statementVotes.votedAt, processId: statementVotes.processId })
				.from(statementVotes)
				.innerJoin(processes, eq(processes.id, statementVotes.processId))
				.where(
					and(
						inOrg,
						inProcesses(statementVotes.processId),
						where.madeBefore ? lt(statementVotes.votedAt, where.madeBefore) : undefined
					)
				);
			return rows.map((r) => ({ id: String(r.seq), at: r.at, processId: r.processId }));
		}
		case 'messages': {
			// Messages are the organisation's, not a process's: only an age rule reaches them. Pending ones wait to be sent.
			if (where.processIds) return [];
			const rows = await db
				.select({ id: outbox.id, at: outbox.createdAt })
				.from(outbox)
				.where(
					and(
						eq(outbox.organisationId, organisationId),
						ne(outbox.status, 'pending'),
						ne(outbox.recipient, ''),
						where.madeBefore ? lt(outbox.createdAt, where.madeBefore) : undefined
					)
				);
			return rows.map((r) => ({ ...r, processId: null }));
		}
		case 'uploads':
			// Medskapa keeps no audio or photos: uploaded files (imports, logos) are read and not stored as records.
			return [];
	}
}

const chunks = <T>(items: T[], size = 500): T[][] =>
	Array.from({ length: Math.ceil(items.length / size) }, (_, i) => items.slice(i * size, (i + 1) * size));

/**
 * Removes exactly the given records of one type (those still there) and answers how many went. Texts are
 * emptied (the perspective row stays, so themes, proposals and routings that point to it still hold);
 * personal-data rows are deleted; messages lose recipient and body.
 */
export async function disposeRecords(tx: Tx, organisationId: string, type: RecordType, ids: string[]): Promise<number> {
	let n = 0;
	for (const part of chunks(ids)) {
		switch (type) {
			case 'perspectiveText':
			case 'interviewNotes': {
				const own = tx
					.select({ id: perspectives.id })
					.from(perspectives)
					.innerJoin(processes, eq(processes.id, perspectives.processId))
					.where(and(inArray(perspectives.id, part), eq(processes.organisationId, organisationId)));
				const rows = await tx
					.update(perspectives)
					.set({ text: '', isQuote: false })
					.where(and(inArray(perspectives.id, own), ne(perspectives.text, '')))
					.returning({ id: perspectives.id });
				n += rows.length;
				break;
			}
			case 'contactDetails': {
				const own = ownPerspectives(tx, organisationId, part);
				const rows = await tx
					.delete(perspectiveContacts)
					.where(inArray(perspectiveContacts.perspectiveId, own))
					.returning({
						email: perspectiveContacts.email,
						phone: perspectiveContacts.phone,
						processId: sql<string>`(select process_id from perspectives where id = ${perspectiveContacts.perspectiveId})`
					});
				n += rows.length;
				// News queued or sent about those processes to those addresses goes with the address.
				for (const r of rows) {
					const keys = [
						...(r.email ? [recipientKeyOf('email', r.email)] : []),
						...(r.phone ? [recipientKeyOf('sms', r.phone)] : [])
					];
					if (keys.length)
						await tx
							.delete(notices)
							.where(and(eq(notices.processId, r.processId), inArray(notices.recipientKey, keys)));
				}
				break;
			}
			case 'selfDescriptions': {
				const rows = await tx
					.delete(perspectiveProfiles)
					.where(inArray(perspectiveProfiles.perspectiveId, ownPerspectives(tx, organisationId, part)))
					.returning({ id: perspectiveProfiles.perspectiveId });
				n += rows.length;
				break;
			}
			case 'panelVolunteers': {
				const own = await tx
					.select({ id: panelVolunteers.id, panelId: panelVolunteers.panelId })
					.from(panelVolunteers)
					.innerJoin(panels, eq(panels.id, panelVolunteers.panelId))
					.innerJoin(processes, eq(processes.id, panels.processId))
					.where(and(inArray(panelVolunteers.id, part), eq(processes.organisationId, organisationId)));
				if (own.length === 0) break;
				const rows = await tx
					.delete(panelVolunteerContacts)
					.where(
						inArray(
							panelVolunteerContacts.volunteerId,
							own.map((v) => v.id)
						)
					)
					.returning({ id: panelVolunteerContacts.volunteerId });
				n += rows.length;
				// Their invitations name them and carry their reply link.
				const draws = await tx
					.select({ id: panelDraws.id })
					.from(panelDraws)
					.where(inArray(panelDraws.panelId, [...new Set(own.map((v) => v.panelId))]));
				await forgetRecipients(
					tx,
					draws.flatMap((d) => rows.flatMap((v) => [`panel-invite:${d.id}:${v.id}`, `panel-reserve:${d.id}:${v.id}`]))
				);
				break;
			}
			case 'statementVotes': {
				const rows = await tx
					.delete(statementVotes)
					.where(
						and(
							inArray(
								statementVotes.seq,
								part.map((s) => Number(s))
							),
							inArray(
								statementVotes.processId,
								tx.select({ id: processes.id }).from(processes).where(eq(processes.organisationId, organisationId))
							)
						)
					)
					.returning({ seq: statementVotes.seq });
				n += rows.length;
				break;
			}
			case 'messages': {
				const rows = await tx
					.update(outbox)
					.set({ recipient: '', bodyText: '', unsubscribeUrl: null })
					.where(and(inArray(outbox.id, part), eq(outbox.organisationId, organisationId), ne(outbox.recipient, '')))
					.returning({ id: outbox.id });
				n += rows.length;
				if (rows.length)
					await tx
						.update(notices)
						.set({ recipient: '', params: {} })
						.where(
							inArray(
								notices.outboxId,
								rows.map((r) => r.id)
							)
						);
				break;
			}
			case 'uploads':
				break;
		}
	}
	return n;
}

function ownPerspectives(tx: Tx, organisationId: string, ids: string[]) {
	return tx
		.select({ id: perspectives.id })
		.from(perspectives)
		.innerJoin(processes, eq(processes.id, perspectives.processId))
		.where(and(inArray(perspectives.id, ids), eq(processes.organisationId, organisationId)));
}

export type DisposalRun = typeof disposalRuns.$inferSelect;

export async function insertRun(tx: Tx, row: typeof disposalRuns.$inferInsert): Promise<void> {
	await tx.insert(disposalRuns).values(row);
}

/** The preview waiting for confirmation, if any (the newest). */
export async function findOpenRun(db: Db | Tx, organisationId: string): Promise<DisposalRun | null> {
	const [row] = await db
		.select()
		.from(disposalRuns)
		.where(and(eq(disposalRuns.organisationId, organisationId), eq(disposalRuns.status, 'previewed')))
		.orderBy(desc(disposalRuns.preparedAt))
		.limit(1);
	return row ?? null;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const isUuid = (id: string) => UUID.test(id);

export async function findRun(db: Db | Tx, organisationId: string, id: string): Promise<DisposalRun | null> {
	if (!isUuid(id)) return null;
	const [row] = await db
		.select()
		.from(disposalRuns)
		.where(and(eq(disposalRuns.organisationId, organisationId), eq(disposalRuns.id, id)));
	return row ?? null;
}

/** Closes a preview that is still open; false when it was closed meanwhile (confirmed twice, superseded). */
export async function closeRun(
	tx: Tx,
	id: string,
	status: 'confirmed' | 'cancelled' | 'superseded',
	userId: string | null,
	at: Date
): Promise<boolean> {
	const rows = await tx
		.update(disposalRuns)
		.set({ status, closedByUserId: userId, closedAt: at })
		.where(and(eq(disposalRuns.id, id), eq(disposalRuns.status, 'previewed')))
		.returning({ id: disposalRuns.id });
	return rows.length === 1;
}

/** Supersedes every open preview of the organisation (a newer one is made, or the plan changed). */
export async function supersedeOpenRuns(tx: Tx, organisationId: string, userId: string | null, at: Date) {
	await tx
		.update(disposalRuns)
		.set({ status: 'superseded', closedByUserId: userId, closedAt: at })
		.where(and(eq(disposalRuns.organisationId, organisationId), eq(disposalRuns.status, 'previewed')));
}

export async function insertDisposalRecord(tx: Tx, row: typeof disposalRecords.$inferInsert): Promise<void> {
	await tx.insert(disposalRecords).values(row);
}

export type DisposalRecord = {
	id: string;
	recordType: RecordType;
	rule: DisposalRule;
	count: number;
	periodFrom: Date | null;
	periodTo: Date | null;
	disposedAt: Date;
	confirmedByName: string;
};

/** The disposal records, newest first. */
export async function listDisposalRecords(db: Db | Tx, organisationId: string): Promise<DisposalRecord[]> {
	return db
		.select({
			id: disposalRecords.id,
			recordType: disposalRecords.recordType,
			rule: disposalRecords.rule,
			count: disposalRecords.count,
			periodFrom: disposalRecords.periodFrom,
			periodTo: disposalRecords.periodTo,
			disposedAt: disposalRecords.disposedAt,
			confirmedByName: disposalRecords.confirmedByName
		})
		.from(disposalRecords)
		.where(eq(disposalRecords.organisationId, organisationId))
		.orderBy(desc(disposalRecords.disposedAt), disposalRecords.recordType);
}

export async function userName(db: Db | Tx, userId: string): Promise<string> {
	const [row] = await db.select({ name: users.name }).from(users).where(eq(users.id, userId));
	return row?.name ?? '';
}

/** Whether a scheduled preview is worth making: something is due that no open preview holds. */
export const hasSelections = (selections: DisposalSelection[]) => selections.some((s) => s.count > 0);
