/**
 * @module The staff page of one process: its phase and what is missing before it can be published, its
 * perspectives and report, learning, and what the viewer may do there. The audit history is part of it only
 * for those who may read the audit log (`audit.view`): elected members never receive staff names or addresses.
 */
import type { Actor } from '../../../domain/access/can';
import { missingForPublishing } from '../../../domain/process/rules';
import { nextPhase, phaseIndex } from '../../../domain/process/phases';
import { ok } from '../../../kernel/result';
import type { UseCaseContext } from '../context';
import { allows, permissions } from '../gate';
import { learningOnStaffPage } from '../learning/load-learning';
import { countPerspectives } from '../perspectives/queries/perspectives';
import { findReportPublishedAt } from '../perspectives/queries/reports';
import { listAudit } from '../records/queries/audit';
import { loadProcessFor } from './load-process-for-staff';

export async function loadProcessOverview(ctx: UseCaseContext, actor: Actor, slug: string) {
	const loaded = await loadProcessFor(ctx, actor, 'staff.view', slug);
	if (!loaded.ok) return loaded;
	const { process } = loaded.value;
	const resource = { organisationId: process.organisationId, phase: process.currentPhase };
	const publishedAt = await findReportPublishedAt(ctx.db, process.id);
	return ok({
		process,
		next: nextPhase(process.currentPhase),
		missing: missingForPublishing(process.influence),
		history: allows(actor, 'audit.view', resource)
			? await listAudit(ctx.db, process.organisationId, { entityId: process.id })
			: null,
		perspectiveCount: await countPerspectives(ctx.db, process.id),
		report: publishedAt ? { publishedAt } : null,
		learning: await learningOnStaffPage(ctx.db, actor, process),
		permissions: {
			...permissions(actor, ['export.download', 'perspective.harvest'], resource),
			publishReport:
				allows(actor, 'perspective.harvest', resource) && phaseIndex(process.currentPhase) >= phaseIndex('compilation')
		}
	});
}
