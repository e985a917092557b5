/**
 * @module Shared first step of staff use cases on a process: permission, then the process in the actor's
 * organisation (a process of another organisation is simply not found).
 */
import type { Action, Actor } from '../../../domain/access/can';
import type { Process } from '../../../domain/process/process';
import { err, ok, type Result } from '../../../kernel/result';
import { findProcessBySlug } from './queries/processes';
import type { UseCaseContext, UseCaseError } from '../context';
import { authorize, refused } from '../gate';

export type StaffActor = Extract<Actor, { kind: 'staff' }>;

export async function loadProcessFor(
	ctx: UseCaseContext,
	actor: Actor,
	action: Action,
	slug: string
): Promise<Result<{ process: Process; staff: StaffActor }, UseCaseError>> {
	if (!authorize(actor, action).ok || actor.kind !== 'staff') return refused();
	const process = await findProcessBySlug(ctx.db, actor.organisationId, slug);
	if (!process) return err({ code: 'not_found' });
	return ok({ process, staff: actor });
}
