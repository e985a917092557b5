/**
 * @module Staff pass a perspective, or every visible perspective of a theme, on to a receiver from the
 * register. The answer is due the organisation's answer time in working days later; the receiver gets one
 * mail with one answer link. Routed perspectives stay in the dialogue (themes, report) as they were.
 */
import type { Actor } from '../../../domain/access/can';
import { addWorkingDays, swedishDay } from '../../../domain/routing/routing';
import { err, ok, type Result } from '../../../kernel/result';
import { routeInputSchema } from '../../../schemas/receiver-input';
import type { UseCaseContext, UseCaseError } from '../context';
import { zodFieldErrors } from '../process/process-input';
import { loadProcessFor } from '../process/load-process-for-staff';
import { auditAs } from '../records/queries/audit';
import { findOrganisationForRouting, findReceiver, findThemeName, listRoutablePerspectives } from './queries/routing';
import { sendToReceiver } from './send-routing';

export type RouteTarget = { perspectiveId: string } | { themeId: string };

export async function routePerspectives(
	ctx: UseCaseContext,
	actor: Actor,
	slug: string,
	target: RouteTarget,
	raw: unknown,
	publicUrl: string
): Promise<Result<{ routingIds: string[]; count: number }, UseCaseError>> {
	const loaded = await loadProcessFor(ctx, actor, 'perspective.route', slug);
	if (!loaded.ok) return loaded;
	const { process, staff } = loaded.value;
	const parsed = routeInputSchema.safeParse(raw);
	if (!parsed.success) return err({ code: 'invalid', fields: zodFieldErrors(parsed.error) });
	const receiver = await findReceiver(ctx.db, staff.organisationId, parsed.data.receiverId);
	if (!receiver || receiver.archivedAt)
		return err({ code: 'invalid', fields: [{ field: 'receiverId', message: 'error.routing.receiver' }] });
	if ('themeId' in target && !(await findThemeName(ctx.db, process.id, target.themeId)))
		return err({ code: 'not_found' });
	const inputs = await listRoutablePerspectives(ctx.db, process.id, target);
	if (inputs.length === 0) {
		if ('perspectiveId' in target) return err({ code: 'not_found' });
		return err({ code: 'invalid', fields: [{ field: 'receiverId', message: 'error.routing.nothing' }] });
	}
	const organisation = (await findOrganisationForRouting(ctx.db, staff.organisationId))!;
	const now = ctx.now();
	const dueOn = addWorkingDays(swedishDay(now), organisation.answerWorkingDays);
	const audit = auditAs(ctx, staff, now);
	let routingIds: string[] = [];
	await ctx.db.transaction(async (tx) => {
		routingIds = await sendToReceiver(ctx, tx, {
			organisation: { id: staff.organisationId, name: organisation.name },
			process,
			inputs: inputs.map((p) => ({ perspectiveId: p.id, text: p.text, dueOn })),
			receiver: { id: receiver.id, name: receiver.name, email: receiver.email },
			note: parsed.data.note,
			routedByUserId: staff.userId,
			publicUrl,
			now
		});
		await audit(tx, 'routing.created', 'process', process.id, {
			receiverId: receiver.id,
			receiver: receiver.name,
			perspectives: inputs.map((p) => p.id),
			...('themeId' in target ? { themeId: target.themeId } : {}),
			dueOn
		});
	});
	return ok({ routingIds, count: inputs.length });
}
