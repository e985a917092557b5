/**
 * @module A facilitator revises what a process says about itself: question, context, influence
 * declaration, participation levels and schedule. The audit event names every field that changed.
 */
import type { Actor } from '../../../domain/access/can';
import type { Process, ProcessDescription } from '../../../domain/process/process';
import { missingForPublishing } from '../../../domain/process/rules';
import { err, ok, type Result } from '../../../kernel/result';
import { processInputSchema } from '../../../schemas/process-input';
import { auditAs } from '../records/queries/audit';
import { findProcessBySlug, saveProcess } from './queries/processes';
import type { UseCaseContext, UseCaseError } from '../context';
import { scheduleFieldErrors, toDescription, zodFieldErrors } from './process-input';
import { authorize, refused } from '../gate';

export async function reviseProcess(
	ctx: UseCaseContext,
	actor: Actor,
	slug: string,
	raw: unknown
): Promise<Result<Process, UseCaseError>> {
	if (!authorize(actor, 'process.revise').ok || actor.kind !== 'staff') return refused();
	const parsed = processInputSchema.safeParse(raw);
	if (!parsed.success) return err({ code: 'invalid', fields: zodFieldErrors(parsed.error) });
	const description = toDescription(parsed.data);
	const scheduleErrors = scheduleFieldErrors(description);
	if (scheduleErrors.length > 0) return err({ code: 'invalid', fields: scheduleErrors });

	const current = await findProcessBySlug(ctx.db, actor.organisationId, slug);
	if (!current) return err({ code: 'not_found' });
	// A published process must keep saying what is open to influence: principle 1 holds after publishing too.
	if (current.isPublished) {
		const missing = missingForPublishing(description.influence);
		if (missing.length > 0) {
			return err({
				code: 'invalid',
				fields: missing.map((m) => ({ field: `influence-${m}`, message: `error.publish.${m}` }))
			});
		}
	}
	const changed = changedFields(current, description);
	if (changed.length === 0) return ok(current);
	const now = ctx.now();
	const revised: Process = { ...current, ...description, updatedAt: now };
	await ctx.db.transaction(async (tx) => {
		await saveProcess(tx, revised);
		await auditAs(ctx, actor, now)(tx, 'process.revised', 'process', current.id, { changed });
	});
	return ok(revised);
}

function changedFields(before: ProcessDescription, after: ProcessDescription): string[] {
	const flat = (d: ProcessDescription): Record<string, string> => ({
		title: d.title,
		question: d.question,
		purpose: d.purpose,
		context: d.context,
		...Object.fromEntries(Object.entries(d.influence).map(([k, v]) => [`influence.${k}`, v])),
		...Object.fromEntries(Object.entries(d.participation).map(([k, v]) => [`participation.${k}`, v])),
		...Object.fromEntries(d.schedule.map((s) => [`schedule.${s.phase}`, `${s.startsOn ?? ''}/${s.endsOn ?? ''}`]))
	});
	const a = flat(before);
	const b = flat(after);
	return Object.keys(b).filter((k) => a[k] !== b[k]);
}
