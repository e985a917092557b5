/**
 * @module The staff start page: the organisation's processes, published or not; and the form for a new one.
 */
import type { Actor } from '../../../domain/access/can';
import { ok } from '../../../kernel/result';
import type { UseCaseContext } from '../context';
import { authorize, permissions } from '../gate';
import { listProcesses } from './queries/processes';

export async function loadProcessList(ctx: UseCaseContext, actor: Actor) {
	const gate = authorize(actor, 'staff.view');
	if (!gate.ok) return gate;
	const organisationId = actor.kind === 'anonymous' ? null : actor.organisationId;
	const processes = organisationId ? await listProcesses(ctx.db, organisationId, 'all') : [];
	return ok({
		processes: processes.map((p) => ({
			slug: p.slug,
			title: p.title,
			currentPhase: p.currentPhase,
			isPublished: p.isPublished,
			updatedAt: p.updatedAt
		})),
		permissions: permissions(actor, ['organisation.configure'], { organisationId: organisationId ?? undefined })
	});
}

/** The empty form for a new process: only for those who may create one. Reads nothing. */
export function openNewProcessForm(actor: Actor) {
	return authorize(actor, 'process.create');
}
