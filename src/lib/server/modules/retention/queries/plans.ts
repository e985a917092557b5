/**
 * @module The records plan as stored (one row per organisation), completed with the default plan.
 */
import { eq } from 'drizzle-orm';
import { completePlan, type RecordsPlan } from '../../../../domain/retention/records-plan';
import type { Db, Tx } from '../../../db/client';
import { organisations, recordsPlans } from '../../../db/schema/index';

export type StoredPlan = { plan: RecordsPlan; updatedAt: Date | null; isDefault: boolean };

/** The organisation's plan: the stored rules over the default plan (what Medskapa did before any plan). */
export async function readRecordsPlan(db: Db | Tx, organisationId: string): Promise<StoredPlan> {
	const [row] = await db
		.select({
			rules: recordsPlans.rules,
			updatedAt: recordsPlans.updatedAt,
			retentionDays: organisations.contactRetentionDays
		})
		.from(organisations)
		.leftJoin(recordsPlans, eq(recordsPlans.organisationId, organisations.id))
		.where(eq(organisations.id, organisationId));
	return {
		plan: completePlan(row?.rules ?? null, row?.retentionDays ?? 90),
		updatedAt: row?.updatedAt ?? null,
		isDefault: !row?.rules
	};
}

export async function writeRecordsPlan(
	tx: Tx,
	organisationId: string,
	plan: RecordsPlan,
	at: Date,
	userId: string | null
): Promise<void> {
	await tx
		.insert(recordsPlans)
		.values({ organisationId, rules: plan, updatedAt: at, updatedByUserId: userId })
		.onConflictDoUpdate({
			target: recordsPlans.organisationId,
			set: { rules: plan, updatedAt: at, updatedByUserId: userId }
		});
}
