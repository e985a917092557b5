/**
 * @module The form that revises a process: the process as it stands, only for those who may revise it.
 */
import type { Actor } from '../../../domain/access/can';
import { ok } from '../../../kernel/result';
import type { UseCaseContext } from '../context';
import { loadProcessFor } from './load-process-for-staff';

export async function loadProcessForRevision(ctx: UseCaseContext, actor: Actor, slug: string) {
	const loaded = await loadProcessFor(ctx, actor, 'process.revise', slug);
	if (!loaded.ok) return loaded;
	return ok({ process: loaded.value.process });
}
