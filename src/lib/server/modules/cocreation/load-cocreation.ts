/**
 * @module Shared first step of the working group's use cases: the process (in the actor's organisation;
 * a member only in their own process), then the permission for the process's current phase.
 */
import type { Action, Actor } from '../../../domain/access/can';
import type { Process } from '../../../domain/process/process';
import { err, ok, type Result } from '../../../kernel/result';
import type { Tx } from '../../db/client';
import { auditAs } from '../records/queries/audit';
import { findProcessBySlug } from '../process/queries/processes';
import type { UseCaseContext, UseCaseError } from '../context';
import { authorize, refuse } from '../gate';

export type Audit = (tx: Tx, action: string, details?: Record<string, unknown>) => Promise<void>;

export async function loadCocreation(
	ctx: UseCaseContext,
	actor: Actor,
	action: Action,
	slug: string,
	organisationId: string | null = null
): Promise<Result<{ process: Process; audit: Audit; now: Date }, UseCaseError>> {
	const orgId = actor.kind === 'anonymous' ? organisationId : actor.organisationId;
	const process = orgId ? await findProcessBySlug(ctx.db, orgId, slug) : null;
	if (!process) return err({ code: 'not_found' });
	if (actor.kind === 'member' && actor.processId !== process.id) return refuse(action);
	if (actor.kind === 'anonymous' && !process.isPublished) return err({ code: 'not_found' });
	const gate = authorize(actor, action, { organisationId: process.organisationId, phase: process.currentPhase });
	if (!gate.ok) return gate;
	const now = ctx.now();
	// Members and the public are never staff users: the audit names the member by id, the public not at all.
	const by = { organisationId: process.organisationId, userId: actor.kind === 'staff' ? actor.userId : null };
	const who =
		actor.kind === 'member' ? { memberId: actor.memberId } : actor.kind === 'anonymous' ? { by: 'public' } : {};
	const audit: Audit = (tx, name, details = {}) =>
		auditAs(ctx, by, now)(tx, name, 'process', process.id, { ...who, ...details });
	return ok({ process, audit, now });
}
