/**
 * @module Retention: when a process has ended and the period of the records plan's rule for contact details has
 * passed (by default the organisation's retention days), the contact details people left to hear back are
 * removed. Runs in the server every few hours and on start; logged per process with the number removed (never
 * who). Other rules for contact details go through the confirmed disposal (`modules/retention`).
 */
import { isDue, processEndedAt } from '../../../domain/retention/records-plan';
import { readRecordsPlan } from '../retention/queries/plans';
import { auditAs } from './queries/audit';
import { listOrganisations } from '../identity/queries/organisations';
import { deleteContactsOfProcess } from '../perspectives/queries/perspectives';
import { listProcesses } from '../process/queries/processes';
import type { UseCaseContext } from '../context';

export async function purgeExpiredContacts(ctx: UseCaseContext): Promise<{ processes: number; removed: number }> {
	const now = ctx.now();
	let processes = 0;
	let removed = 0;
	for (const organisation of await listOrganisations(ctx.db)) {
		const rule = (await readRecordsPlan(ctx.db, organisation.id)).plan.contactDetails;
		if (rule.kind !== 'event' || rule.event !== 'processEnded') continue;
		for (const process of await listProcesses(ctx.db, organisation.id, 'all')) {
			const ended = processEndedAt(process.schedule);
			if (!isDue(rule, { createdAt: now, events: { processEnded: ended } }, now)) continue;
			const n = await ctx.db.transaction(async (tx) => {
				const count = await deleteContactsOfProcess(tx, process.id);
				if (count > 0)
					await auditAs(ctx, { organisationId: organisation.id, userId: null }, now)(
						tx,
						'privacy.contactsExpired',
						'process',
						process.id,
						{ removed: count, retentionDays: rule.days ?? 0, ...(rule.months ? { retentionMonths: rule.months } : {}) }
					);
				return count;
			});
			if (n > 0) processes++;
			removed += n;
		}
	}
	return { processes, removed };
}
