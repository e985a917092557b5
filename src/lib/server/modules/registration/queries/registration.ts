/**
 * @module Rows of the register (diarium): the organisation's number format and counter, the registrations,
 * and which key records a process has (plan, published report, decisions).
 */
import { and, asc, count, eq, gt } from 'drizzle-orm';
import type { Db, Tx } from '../../../db/client';
import {
	decisions,
	perspectiveReports,
	planItems,
	planSections,
	processes,
	registrationSettings,
	registrations
} from '../../../db/schema/index';
import type { RecordKind } from '../../../../domain/registration/number';

export type RegistrationSettings = { format: string; nextNumber: number; counterYear: number };

export async function findSettings(db: Db | Tx, organisationId: string): Promise<RegistrationSettings | null> {
	const rows = await db
		.select({
			format: registrationSettings.format,
			nextNumber: registrationSettings.nextNumber,
			counterYear: registrationSettings.counterYear
		})
		.from(registrationSettings)
		.where(eq(registrationSettings.organisationId, organisationId));
	return rows[0] ?? null;
}

/** The settings row locked for this transaction, so two registrations never take the same number. */
export async function lockSettings(tx: Tx, organisationId: string): Promise<RegistrationSettings | null> {
	const rows = await tx
		.select({
			format: registrationSettings.format,
			nextNumber: registrationSettings.nextNumber,
			counterYear: registrationSettings.counterYear
		})
		.from(registrationSettings)
		.where(eq(registrationSettings.organisationId, organisationId))
		.for('update');
	return rows[0] ?? null;
}

export async function saveSettings(
	tx: Db | Tx,
	organisationId: string,
	settings: RegistrationSettings,
	at: Date
): Promise<void> {
	await tx
		.insert(registrationSettings)
		.values({ organisationId, ...settings, updatedAt: at })
		.onConflictDoUpdate({ target: registrationSettings.organisationId, set: { ...settings, updatedAt: at } });
}

export type Registration = {
	id: string;
	processId: string;
	kind: RecordKind;
	recordId: string;
	number: string;
	title: string;
	registeredAt: Date;
};

export type RegisterEntry = Registration & { process: { slug: string; title: string } };

export async function insertRegistration(
	tx: Tx,
	row: Registration & { organisationId: string; registeredByUserId: string | null }
): Promise<void> {
	await tx.insert(registrations).values(row);
}

const entryColumns = {
	id: registrations.id,
	processId: registrations.processId,
	kind: registrations.kind,
	recordId: registrations.recordId,
	number: registrations.number,
	title: registrations.title,
	registeredAt: registrations.registeredAt,
	processSlug: processes.slug,
	processTitle: processes.title
};

/** The register of an organisation in the order things were registered; `since` (exclusive) for the API. */
export async function listRegister(
	db: Db | Tx,
	organisationId: string,
	options: { since?: Date; limit?: number } = {}
): Promise<RegisterEntry[]> {
	const where = options.since
		? and(eq(registrations.organisationId, organisationId), gt(registrations.registeredAt, options.since))
		: eq(registrations.organisationId, organisationId);
	const rows = await db
		.select(entryColumns)
		.from(registrations)
		.innerJoin(processes, eq(processes.id, registrations.processId))
		.where(where)
		.orderBy(asc(registrations.registeredAt), asc(registrations.number))
		.limit(options.limit ?? 10_000);
	return rows.map(({ processSlug, processTitle, ...r }) => ({
		...r,
		process: { slug: processSlug, title: processTitle }
	}));
}

export async function listProcessRegistrations(db: Db | Tx, processId: string): Promise<Registration[]> {
	return db
		.select({
			id: registrations.id,
			processId: registrations.processId,
			kind: registrations.kind,
			recordId: registrations.recordId,
			number: registrations.number,
			title: registrations.title,
			registeredAt: registrations.registeredAt
		})
		.from(registrations)
		.where(eq(registrations.processId, processId))
		.orderBy(asc(registrations.registeredAt), asc(registrations.number));
}

/** The key records a process has now: whether it has a plan and a published report, and its decisions. */
export async function findKeyRecords(db: Db | Tx, processId: string) {
	const [sections, items, report, decisionRows] = await Promise.all([
		db.select({ n: count() }).from(planSections).where(eq(planSections.processId, processId)),
		db.select({ n: count() }).from(planItems).where(eq(planItems.processId, processId)),
		db
			.select({ publishedAt: perspectiveReports.publishedAt })
			.from(perspectiveReports)
			.where(eq(perspectiveReports.processId, processId)),
		db
			.select({
				id: decisions.id,
				body: decisions.body,
				decidedOn: decisions.decidedOn,
				status: decisions.status
			})
			.from(decisions)
			.where(eq(decisions.processId, processId))
			.orderBy(asc(decisions.decidedOn), asc(decisions.createdAt))
	]);
	return {
		hasPlan: Number(sections[0]?.n ?? 0) + Number(items[0]?.n ?? 0) > 0,
		reportPublishedAt: report[0]?.publishedAt ?? null,
		decisions: decisionRows
	};
}
