/**
 * @module A facilitator creates a process. It starts as an unpublished draft in the preparation phase.
 */
import type { Actor } from '../../../domain/access/can';
import type { Process } from '../../../domain/process/process';
import { slugify } from '../../../domain/process/rules';
import { err, ok, type Result } from '../../../kernel/result';
import { createProcessInputSchema } from '../../../schemas/process-input';
import { auditAs } from '../records/queries/audit';
import { insertProcess, isSlugTaken } from './queries/processes';
import { assignFacilitator } from '../identity/queries/staff';
import type { UseCaseContext, UseCaseError } from '../context';
import { scheduleFieldErrors, toDescription, zodFieldErrors } from './process-input';
import { authorize, refused } from '../gate';

export async function createProcess(
	ctx: UseCaseContext,
	actor: Actor,
	raw: unknown
): Promise<Result<Process, UseCaseError>> {
	if (!authorize(actor, 'process.create').ok || actor.kind !== 'staff') return refused();
	const parsed = createProcessInputSchema.safeParse(raw);
	if (!parsed.success) return err({ code: 'invalid', fields: zodFieldErrors(parsed.error) });
	const description = toDescription(parsed.data);
	const scheduleErrors = scheduleFieldErrors(description);
	if (scheduleErrors.length > 0) return err({ code: 'invalid', fields: scheduleErrors });

	const slug = parsed.data.slug || (await freeSlug(ctx, actor.organisationId, slugify(description.title) || 'process'));
	if (parsed.data.slug && (await isSlugTaken(ctx.db, actor.organisationId, slug))) {
		return err({ code: 'invalid', fields: [{ field: 'slug', message: 'error.slug.taken' }] });
	}
	const now = ctx.now();
	const process: Process = {
		...description,
		id: ctx.newId(),
		organisationId: actor.organisationId,
		slug,
		currentPhase: 'preparation',
		areas: [],
		population: {},
		isPublished: false,
		publishedAt: null,
		createdAt: now,
		updatedAt: now
	};
	await ctx.db.transaction(async (tx) => {
		await insertProcess(tx, process);
		// A facilitator runs the processes they create; an admin runs them all anyway.
		if (actor.role === 'facilitator') await assignFacilitator(tx, process.id, actor.userId, now);
		await auditAs(ctx, actor, now)(tx, 'process.created', 'process', process.id, { slug, title: process.title });
	});
	return ok(process);
}

async function freeSlug(ctx: UseCaseContext, organisationId: string, base: string): Promise<string> {
	for (let n = 1; ; n++) {
		const candidate = n === 1 ? base : `${base.slice(0, 56)}-${n}`;
		if (!(await isSlugTaken(ctx.db, organisationId, candidate))) return candidate;
	}
}
