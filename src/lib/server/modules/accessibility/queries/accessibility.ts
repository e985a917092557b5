/**
 * @module Rows of the accessibility statement and reported accessibility problems (contacts apart).
 */
import { and, asc, count, eq, isNull } from 'drizzle-orm';
import type { Db, Tx } from '../../../db/client';
import { accessibilityReportContacts, accessibilityReports, accessibilityStatements } from '../../../db/schema/index';
import type { Statement } from '../../../../domain/accessibility/statement';

export async function findStatement(
	db: Db | Tx,
	organisationId: string
): Promise<(Statement & { updatedAt: Date }) | null> {
	const rows = await db
		.select()
		.from(accessibilityStatements)
		.where(eq(accessibilityStatements.organisationId, organisationId));
	const r = rows[0];
	if (!r) return null;
	return {
		compliance: r.compliance,
		shortcomings: r.shortcomings,
		howMade: r.howMade,
		reviewedOn: r.reviewedOn,
		updatedAt: r.updatedAt
	};
}

export async function saveStatement(
	tx: Db | Tx,
	row: Statement & { organisationId: string; updatedAt: Date; updatedByUserId: string }
): Promise<void> {
	const { organisationId: _organisationId, ...values } = row;
	await tx
		.insert(accessibilityStatements)
		.values(row)
		.onConflictDoUpdate({ target: accessibilityStatements.organisationId, set: values });
}

export type NewReport = {
	id: string;
	organisationId: string;
	code: string;
	page: string;
	description: string;
	language: string;
	createdAt: Date;
	contact: { name: string | null; email: string | null; phone: string | null } | null;
};

export async function insertReport(tx: Tx, r: NewReport): Promise<void> {
	const { contact, ...report } = r;
	await tx.insert(accessibilityReports).values(report);
	if (contact) await tx.insert(accessibilityReportContacts).values({ reportId: r.id, ...contact });
}

export async function isReportCodeTaken(db: Db | Tx, code: string): Promise<boolean> {
	const rows = await db
		.select({ id: accessibilityReports.id })
		.from(accessibilityReports)
		.where(eq(accessibilityReports.code, code));
	return rows.length > 0;
}

/** A report by its code, for the reporter's receipt: what and when, never the contact. */
export async function findReportByCode(db: Db | Tx, organisationId: string, code: string) {
	const rows = await db
		.select({
			code: accessibilityReports.code,
			page: accessibilityReports.page,
			createdAt: accessibilityReports.createdAt,
			handledAt: accessibilityReports.handledAt
		})
		.from(accessibilityReports)
		.where(and(eq(accessibilityReports.organisationId, organisationId), eq(accessibilityReports.code, code)));
	return rows[0] ?? null;
}

export type ReportListing = {
	id: string;
	code: string;
	page: string;
	description: string;
	createdAt: Date;
	handledAt: Date | null;
	contact: { name: string | null; email: string | null; phone: string | null } | null;
};

/** Open reports first (oldest first: they have waited longest), then handled ones, newest first. */
export async function listReports(db: Db | Tx, organisationId: string): Promise<ReportListing[]> {
	const rows = await db
		.select({
			id: accessibilityReports.id,
			code: accessibilityReports.code,
			page: accessibilityReports.page,
			description: accessibilityReports.description,
			createdAt: accessibilityReports.createdAt,
			handledAt: accessibilityReports.handledAt,
			name: accessibilityReportContacts.name,
			email: accessibilityReportContacts.email,
			phone: accessibilityReportContacts.phone,
			hasContact: accessibilityReportContacts.reportId
		})
		.from(accessibilityReports)
		.leftJoin(accessibilityReportContacts, eq(accessibilityReportContacts.reportId, accessibilityReports.id))
		.where(eq(accessibilityReports.organisationId, organisationId))
		.orderBy(asc(accessibilityReports.createdAt));
	const list = rows.map(({ name, email, phone, hasContact, ...r }) => ({
		...r,
		contact: hasContact ? { name, email, phone } : null
	}));
	const open = list.filter((r) => !r.handledAt);
	const handled = list.filter((r) => r.handledAt).sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime());
	return [...open, ...handled];
}

export async function countOpenReports(db: Db | Tx, organisationId: string): Promise<number> {
	const rows = await db
		.select({ n: count() })
		.from(accessibilityReports)
		.where(and(eq(accessibilityReports.organisationId, organisationId), isNull(accessibilityReports.handledAt)));
	return Number(rows[0]?.n ?? 0);
}

/** Marks an open report handled; false when there is no such open report in the organisation. */
export async function markReportHandled(
	tx: Tx,
	organisationId: string,
	id: string,
	userId: string,
	at: Date
): Promise<boolean> {
	const rows = await tx
		.update(accessibilityReports)
		.set({ handledAt: at, handledByUserId: userId })
		.where(
			and(
				eq(accessibilityReports.organisationId, organisationId),
				eq(accessibilityReports.id, id),
				isNull(accessibilityReports.handledAt)
			)
		)
		.returning({ id: accessibilityReports.id });
	return rows.length > 0;
}
