/**
 * @module Retention: when a process has ended and the organisation's retention period has passed, the contact
 * details people left to hear back are removed. Runs in the server every few hours and on start; logged
 * per process with the number removed (never who).
 */
import { contactsExpireOn, isExpired } from '../../../domain/privacy/privacy';
import { auditAs } from './queries/audit';
import { listOrganisations } from '../identity/queries/organisations';
import { deleteContactsOfProcess } from '../perspectives/queries/perspectives';
import { listProcesses } from '../process/queries/processes';
import type { UseCaseContext } from '../context';

export async function purgeExpiredContacts(ctx: UseCaseContext): Promise<{ processes: number; removed: number }> {
	const now = ctx.now();
	const today = now.toISOString().slice(0, 10);
	let processes = 0;
	let removed = 0;
	for (const organisation of await listOrganisations(ctx.db)) {
		for (const process of await listProcesses(ctx.db, organisation.id, 'all')) {
			if (!isExpired(contactsExpireOn(process.schedule, organisation.contactRetentionDays), today)) continue;
			const n = await ctx.db.transaction(async (tx) => {
				const count = await deleteContactsOfProcess(tx, process.id);
				if (count > 0)
					await auditAs(ctx, { organisationId: organisation.id, userId: null }, now)(
						tx,
						'privacy.contactsExpired',
						'process',
						process.id,
						{ removed: count, retentionDays: organisation.contactRetentionDays }
					);
				return count;
			});
			if (n > 0) processes++;
			removed += n;
		}
	}
	return { processes, removed };
}
