/**
 * @module The facilitator's harvest on one perspective: sort it under a theme, lift it as a quote, or hide
 * it in moderation. Moderation hides only unlawful content and always records why; nothing is deleted.
 */
import { z } from 'zod';
import { err, ok, type Result } from '../../../kernel/result';
import type { Actor } from '../../../domain/access/can';
import { auditAs } from '../records/queries/audit';
import { findPerspectiveInProcess, listThemes, updatePerspectiveHarvest } from './queries/perspectives';
import type { UseCaseContext, UseCaseError } from '../context';
import { loadProcessFor } from '../process/load-process-for-staff';

export const harvestCommandSchema = z.discriminatedUnion('command', [
	z.object({ command: z.literal('theme'), perspectiveId: z.uuid(), themeId: z.string().trim() }),
	z.object({ command: z.literal('quote'), perspectiveId: z.uuid(), isQuote: z.enum(['true', 'false']) }),
	z.object({
		command: z.literal('hide'),
		perspectiveId: z.uuid(),
		reason: z.string().trim().min(1, 'error.moderation.reason').max(500, 'error.text.tooLong')
	}),
	z.object({ command: z.literal('show'), perspectiveId: z.uuid() })
]);

export async function harvestPerspective(
	ctx: UseCaseContext,
	actor: Actor,
	slug: string,
	raw: unknown
): Promise<Result<{ perspectiveId: string }, UseCaseError>> {
	// Hiding and showing again is moderation, a narrower permission than sorting and quoting.
	const command = (raw as { command?: unknown } | null)?.command;
	const loaded = await loadProcessFor(
		ctx,
		actor,
		command === 'hide' || command === 'show' ? 'perspective.moderate' : 'perspective.harvest',
		slug
	);
	if (!loaded.ok) return loaded;
	const parsed = harvestCommandSchema.safeParse(raw);
	if (!parsed.success) {
		const reasonMissing = parsed.error.issues.some((i) => i.message === 'error.moderation.reason');
		return err({
			code: 'invalid',
			fields: [{ field: 'reason', message: reasonMissing ? 'error.moderation.reason' : 'error.generic' }]
		});
	}
	const { process, staff } = loaded.value;
	const cmd = parsed.data;
	const perspective = await findPerspectiveInProcess(ctx.db, process.id, cmd.perspectiveId);
	// A perspective its contributor withdrew is out of the harvest for good: nobody can show it again.
	if (!perspective || perspective.status === 'withdrawn') return err({ code: 'not_found' });
	let changes: Parameters<typeof updatePerspectiveHarvest>[2];
	switch (cmd.command) {
		case 'theme': {
			const themeId = cmd.themeId === '' ? null : cmd.themeId;
			if (themeId && !(await listThemes(ctx.db, process.id)).some((t) => t.id === themeId))
				return err({ code: 'invalid', fields: [{ field: 'themeId', message: 'error.perspective.theme.unknown' }] });
			changes = { themeId };
			break;
		}
		case 'quote':
			changes = { isQuote: cmd.isQuote === 'true' };
			break;
		case 'hide':
			changes = { status: 'hidden', hiddenReason: cmd.reason };
			break;
		case 'show':
			changes = { status: 'visible', hiddenReason: null };
			break;
	}
	const now = ctx.now();
	await ctx.db.transaction(async (tx) => {
		await updatePerspectiveHarvest(tx, perspective.id, changes);
		const action = { theme: 'themed', quote: changes.isQuote ? 'quoted' : 'unquoted', hide: 'hidden', show: 'shown' }[
			cmd.command
		];
		// The reason is part of the record: the report counts hidden perspectives and says why.
		const details =
			cmd.command === 'hide' ? { reason: cmd.reason } : cmd.command === 'theme' ? { themeId: changes.themeId } : {};
		await auditAs(ctx, staff, now)(tx, `perspective.${action}`, 'perspective', perspective.id, details);
	});
	return ok({ perspectiveId: perspective.id });
}
