/**
 * @module Suggest themes for the perspectives that have none yet, from the Swedish text itself: the
 * text-harvest engine (Snowball Swedish stems — the same stems as PostgreSQL's `swedish` text search —
 * term statistics and clustering). No external AI service. The facilitator accepts or edits.
 */
import { and, eq, isNull } from 'drizzle-orm';
import type { Actor } from '../../../domain/access/can';
import { err, ok, type Result } from '../../../kernel/result';
import { suggestThemes } from '../../../analysis/text-harvest/index';
import { perspectives } from '../../db/schema/index';
import type { UseCaseContext, UseCaseError } from '../context';
import { loadProcessFor } from '../process/load-process-for-staff';

export type ThemeProposal = { label: string; terms: string[]; memberIds: string[]; examples: string[] };

/** Below this many perspectives, clusters say more about chance than about the material. */
export const MIN_FOR_SUGGESTIONS = 12;

export async function suggestProcessThemes(
	ctx: UseCaseContext,
	actor: Actor,
	slug: string
): Promise<
	Result<{ proposals: ThemeProposal[]; considered: number }, UseCaseError | { code: 'too_few'; count: number }>
> {
	const loaded = await loadProcessFor(ctx, actor, 'perspective.harvest', slug);
	if (!loaded.ok) return loaded;
	const rows = await ctx.db
		.select({ id: perspectives.id, text: perspectives.text })
		.from(perspectives)
		.where(
			and(
				eq(perspectives.processId, loaded.value.process.id),
				isNull(perspectives.themeId),
				eq(perspectives.status, 'visible')
			)
		);
	if (rows.length < MIN_FOR_SUGGESTIONS) return err({ code: 'too_few', count: rows.length });
	const text = new Map(rows.map((r) => [r.id, r.text]));
	const suggestion = suggestThemes(rows, { seed: 1, maxK: 8 });
	return ok({
		considered: rows.length,
		proposals: suggestion.themes.map((t) => ({
			label: t.label,
			terms: t.terms.slice(0, 6),
			memberIds: t.memberIds,
			examples: t.representativeIds.slice(0, 3).map((id) => text.get(id) ?? '')
		}))
	});
}
