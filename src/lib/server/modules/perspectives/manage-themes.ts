/**
 * @module The facilitator shapes the themes of the harvest: create (optionally with the perspectives of
 * an accepted suggestion), rename, and merge one theme into another. Every change is audited.
 */
import { and, eq, inArray, isNull } from 'drizzle-orm';
import { z } from 'zod';
import type { Actor } from '../../../domain/access/can';
import { slugify } from '../../../domain/process/rules';
import { err, ok, type Result } from '../../../kernel/result';
import { auditAs } from '../records/queries/audit';
import type { Tx } from '../../db/client';
import { listThemes } from './queries/perspectives';
import { perspectives, themes } from '../../db/schema/index';
import type { UseCaseContext, UseCaseError } from '../context';
import { loadProcessFor } from '../process/load-process-for-staff';
import { zodFieldErrors } from '../process/process-input';

const name = z.string('error.theme.name').trim().min(1, 'error.theme.name').max(80, 'error.theme.nameTooLong');

export const themeCommandSchema = z.discriminatedUnion('command', [
	z.object({
		command: z.literal('create'),
		name,
		description: z.string().trim().max(1000, 'error.text.tooLong').default(''),
		// From an accepted suggestion: ids joined by commas (a plain form field, so it works without JS).
		perspectiveIds: z
			.string()
			.default('')
			.transform((s) =>
				s
					.split(',')
					.map((x) => x.trim())
					.filter(Boolean)
			)
			.pipe(z.array(z.uuid()).max(20000))
	}),
	z.object({ command: z.literal('rename'), themeId: z.uuid(), name }),
	z.object({ command: z.literal('merge'), fromId: z.uuid(), intoId: z.uuid('error.theme.mergeInto') })
]);

export async function manageThemes(
	ctx: UseCaseContext,
	actor: Actor,
	slug: string,
	raw: unknown
): Promise<Result<{ themeId: string; assigned: number }, UseCaseError>> {
	const loaded = await loadProcessFor(ctx, actor, 'perspective.harvest', slug);
	if (!loaded.ok) return loaded;
	const parsed = themeCommandSchema.safeParse(raw);
	if (!parsed.success) return err({ code: 'invalid', fields: zodFieldErrors(parsed.error) });
	const { process, staff } = loaded.value;
	const cmd = parsed.data;
	const existing = await listThemes(ctx.db, process.id);
	const now = ctx.now();
	const record = auditAs(ctx, staff, now);
	const audit = (tx: Tx, action: string, themeId: string, details: Record<string, unknown>) =>
		record(tx, action, 'theme', themeId, details);

	if (cmd.command === 'create') {
		if (existing.some((t) => t.name.toLowerCase() === cmd.name.toLowerCase()))
			return err({ code: 'invalid', fields: [{ field: 'name', message: 'error.theme.taken' }] });
		const id = ctx.newId();
		const base = slugify(cmd.name) || 'tema';
		const key = existing.some((t) => t.key === base) ? `${base}-${existing.length + 1}` : base;
		let assigned = 0;
		await ctx.db.transaction(async (tx) => {
			await tx
				.insert(themes)
				.values({ id, processId: process.id, key, name: cmd.name, description: cmd.description, createdAt: now });
			if (cmd.perspectiveIds.length > 0) {
				// Only perspectives of this process that still lack a theme: accepting never overrides a choice.
				const rows = await tx
					.update(perspectives)
					.set({ themeId: id })
					.where(
						and(
							eq(perspectives.processId, process.id),
							isNull(perspectives.themeId),
							inArray(perspectives.id, cmd.perspectiveIds)
						)
					)
					.returning({ id: perspectives.id });
				assigned = rows.length;
			}
			await audit(tx, 'theme.created', id, { name: cmd.name, assigned });
		});
		return ok({ themeId: id, assigned });
	}
	if (cmd.command === 'rename') {
		const theme = existing.find((t) => t.id === cmd.themeId);
		if (!theme) return err({ code: 'not_found' });
		if (existing.some((t) => t.id !== theme.id && t.name.toLowerCase() === cmd.name.toLowerCase()))
			return err({ code: 'invalid', fields: [{ field: `name-${theme.id}`, message: 'error.theme.taken' }] });
		await ctx.db.transaction(async (tx) => {
			await tx.update(themes).set({ name: cmd.name }).where(eq(themes.id, theme.id));
			await audit(tx, 'theme.renamed', theme.id, { from: theme.name, to: cmd.name });
		});
		return ok({ themeId: theme.id, assigned: 0 });
	}
	const from = existing.find((t) => t.id === cmd.fromId);
	const into = existing.find((t) => t.id === cmd.intoId);
	if (!from || !into) return err({ code: 'not_found' });
	if (from.id === into.id)
		return err({ code: 'invalid', fields: [{ field: `into-${from.id}`, message: 'error.theme.mergeInto' }] });
	let moved = 0;
	await ctx.db.transaction(async (tx) => {
		moved = (
			await tx
				.update(perspectives)
				.set({ themeId: into.id })
				.where(eq(perspectives.themeId, from.id))
				.returning({ id: perspectives.id })
		).length;
		await tx.delete(themes).where(eq(themes.id, from.id));
		await audit(tx, 'theme.merged', into.id, { from: from.name, into: into.name, moved });
	});
	return ok({ themeId: into.id, assigned: moved });
}
