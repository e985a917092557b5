/**
 * @module Reading what a perspective report is compiled from, and storing the published snapshot.
 * Self-descriptions are read without any link to the texts: the report only counts them.
 */
import { asc, eq, isNotNull, isNull, and } from 'drizzle-orm';
import type { Profile } from '../../../../domain/perspective/perspective';
import type { ReportPerspective, ReportSnapshot } from '../../../../domain/perspective/report';
import type { Db, Tx } from '../../../db/client';
import {
	perspectiveContacts,
	perspectiveProfiles,
	perspectiveReports,
	perspectives,
	tensions,
	themes
} from '../../../db/schema/index';

export async function loadReportMaterial(db: Db | Tx, processId: string) {
	const rows = await db
		.select()
		.from(perspectives)
		.where(eq(perspectives.processId, processId))
		.orderBy(asc(perspectives.createdAt));
	const list: ReportPerspective[] = rows.map((r) => ({
		id: r.id,
		text: r.text,
		channel: r.channel,
		themeId: r.themeId,
		isQuote: r.isQuote,
		status: r.status,
		hiddenReason: r.hiddenReason,
		createdAt: r.createdAt
	}));
	const profiles: Profile[] = await db
		.select({
			ageBand: perspectiveProfiles.ageBand,
			area: perspectiveProfiles.area,
			relation: perspectiveProfiles.relation
		})
		.from(perspectiveProfiles)
		.innerJoin(perspectives, eq(perspectives.id, perspectiveProfiles.perspectiveId))
		.where(eq(perspectives.processId, processId));
	const themeRows = await db.select().from(themes).where(eq(themes.processId, processId));
	const tensionRows = await db
		.select()
		.from(tensions)
		.where(eq(tensions.processId, processId))
		.orderBy(asc(tensions.createdAt));
	return {
		perspectives: list,
		profiles,
		themes: themeRows.map((t) => ({ id: t.id, name: t.name, description: t.description })),
		tensions: tensionRows.map((t) => ({
			title: t.title,
			description: t.description,
			sideAId: t.sideAPerspectiveId,
			sideBId: t.sideBPerspectiveId
		}))
	};
}

export async function saveReport(tx: Tx, processId: string, snapshot: ReportSnapshot, at: Date, userId: string | null) {
	const values = {
		processId,
		snapshot: snapshot as unknown as Record<string, unknown>,
		publishedAt: at,
		publishedByUserId: userId
	};
	await tx
		.insert(perspectiveReports)
		.values(values)
		.onConflictDoUpdate({ target: perspectiveReports.processId, set: values });
}

export async function findReport(
	db: Db | Tx,
	processId: string
): Promise<{ snapshot: ReportSnapshot; publishedAt: Date } | null> {
	const rows = await db.select().from(perspectiveReports).where(eq(perspectiveReports.processId, processId));
	return rows[0] ? { snapshot: rows[0].snapshot as unknown as ReportSnapshot, publishedAt: rows[0].publishedAt } : null;
}

/** When the report was published, without loading the snapshot; null if it has not been. */
export async function findReportPublishedAt(db: Db | Tx, processId: string): Promise<Date | null> {
	const rows = await db
		.select({ publishedAt: perspectiveReports.publishedAt })
		.from(perspectiveReports)
		.where(eq(perspectiveReports.processId, processId));
	return rows[0]?.publishedAt ?? null;
}

/** Everyone who asked to hear back by email, with their receipt codes: one entry per address. */
export async function listEmailContacts(
	db: Db | Tx,
	processId: string
): Promise<{ email: string; receipts: string[] }[]> {
	const rows = await db
		.select({ email: perspectiveContacts.email, receipt: perspectives.receipt })
		.from(perspectiveContacts)
		.innerJoin(perspectives, eq(perspectives.id, perspectiveContacts.perspectiveId))
		.where(
			and(
				eq(perspectives.processId, processId),
				isNotNull(perspectiveContacts.email),
				isNull(perspectiveContacts.unsubscribedAt)
			)
		)
		.orderBy(asc(perspectives.createdAt));
	const byEmail = new Map<string, string[]>();
	for (const r of rows) {
		const key = r.email!.trim().toLowerCase();
		byEmail.set(key, [...(byEmail.get(key) ?? []), r.receipt]);
	}
	return [...byEmail].map(([email, receipts]) => ({ email, receipts }));
}

export async function insertTension(tx: Tx, t: typeof tensions.$inferInsert) {
	await tx.insert(tensions).values(t);
}

/** Replaces the published snapshot's content without changing when or by whom it was published. */
export async function replaceReportSnapshot(tx: Tx, processId: string, snapshot: ReportSnapshot) {
	await tx
		.update(perspectiveReports)
		.set({ snapshot: snapshot as unknown as Record<string, unknown> })
		.where(eq(perspectiveReports.processId, processId));
}
