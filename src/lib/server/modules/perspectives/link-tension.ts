/**
 * @module The facilitator links two opposing perspectives as a tension (motsatsförhållande): this view ↔
 * that view, with a short description of the conflict. Tensions stay visible in the report, side by side.
 */
import { z } from 'zod';
import type { Actor } from '../../../domain/access/can';
import { err, ok, type Result } from '../../../kernel/result';
import { auditAs } from '../records/queries/audit';
import { findPerspectiveInProcess } from './queries/perspectives';
import { insertTension } from './queries/reports';
import type { UseCaseContext, UseCaseError } from '../context';
import { loadProcessFor } from '../process/load-process-for-staff';
import { zodFieldErrors } from '../process/process-input';

export const tensionInputSchema = z.object({
	title: z.string('error.tension.title').trim().min(1, 'error.tension.title').max(120, 'error.tension.titleTooLong'),
	description: z.string().trim().max(2000, 'error.text.tooLong').default(''),
	sideA: z.uuid('error.tension.side'),
	sideB: z.uuid('error.tension.side')
});

export async function linkTension(
	ctx: UseCaseContext,
	actor: Actor,
	slug: string,
	raw: unknown
): Promise<Result<{ id: string }, UseCaseError>> {
	const loaded = await loadProcessFor(ctx, actor, 'perspective.harvest', slug);
	if (!loaded.ok) return loaded;
	const parsed = tensionInputSchema.safeParse(raw);
	// Say everything that is wrong at once: the same perspective twice is checked even when the title is missing.
	const fields = parsed.success ? [] : zodFieldErrors(parsed.error);
	const sides = raw as { sideA?: unknown; sideB?: unknown } | null;
	if (sides?.sideA && sides.sideA === sides.sideB && !fields.some((f) => f.field === 'sideB'))
		fields.push({ field: 'sideB', message: 'error.tension.same' });
	if (!parsed.success || fields.length > 0) return err({ code: 'invalid', fields });
	const { process, staff } = loaded.value;
	const input = parsed.data;
	for (const [field, id] of [
		['sideA', input.sideA],
		['sideB', input.sideB]
	] as const) {
		if (!(await findPerspectiveInProcess(ctx.db, process.id, id)))
			return err({ code: 'invalid', fields: [{ field, message: 'error.tension.side' }] });
	}
	const id = ctx.newId();
	const now = ctx.now();
	await ctx.db.transaction(async (tx) => {
		await insertTension(tx, {
			id,
			processId: process.id,
			title: input.title,
			description: input.description,
			sideAPerspectiveId: input.sideA,
			sideBPerspectiveId: input.sideB,
			createdAt: now
		});
		await auditAs(ctx, staff, now)(tx, 'tension.linked', 'tension', id, { title: input.title });
	});
	return ok({ id });
}
