/**
 * @module The staff view of a process's perspectives for the API (staff tools with a token): every
 * perspective with its theme, channel and status — hidden ones too, with the moderation reason, as they are
 * public records — and the process's themes. Never contact details, self-descriptions, receipt codes or who
 * typed a perspective in: those are read only by functions named for them, and this is not one.
 */
import type { Actor } from '../../../domain/access/can';
import { err, ok, type Result } from '../../../kernel/result';
import type { UseCaseContext, UseCaseError } from '../context';
import { loadProcessFor } from '../process/load-process-for-staff';
import { listPerspectivesForStaff, listThemes } from './queries/perspectives';

export type StaffApiPerspective = {
	id: string;
	text: string;
	channel: string;
	status: 'visible' | 'hidden' | 'withdrawn';
	hiddenReason: string | null;
	isQuote: boolean;
	theme: { id: string; name: string } | null;
	createdAt: Date;
};

export type StaffApiPerspectives = {
	process: { slug: string; title: string; currentPhase: string; isPublished: boolean };
	themes: { id: string; name: string; perspectives: number }[];
	counts: { visible: number; hidden: number; withdrawn: number };
	perspectives: StaffApiPerspective[];
};

/** `unauthenticated` when nobody signed in or sent a token; `forbidden` from the gate (`perspective.read`). */
export async function readPerspectivesForStaffApi(
	ctx: UseCaseContext,
	actor: Actor,
	slug: string
): Promise<Result<StaffApiPerspectives, UseCaseError | { code: 'unauthenticated' }>> {
	if (actor.kind === 'anonymous') return err({ code: 'unauthenticated' });
	const loaded = await loadProcessFor(ctx, actor, 'perspective.read', slug);
	if (!loaded.ok) return loaded;
	const { process } = loaded.value;
	const [rows, themes] = await Promise.all([
		listPerspectivesForStaff(ctx.db, process.id),
		listThemes(ctx.db, process.id)
	]);
	// Picked field by field, so a column added to the table later does not leak here by itself.
	const perspectives: StaffApiPerspective[] = rows.map((p) => ({
		id: p.id,
		text: p.text,
		channel: p.channel,
		status: p.status,
		hiddenReason: p.status === 'hidden' ? p.hiddenReason : null,
		isQuote: p.isQuote,
		theme: p.themeId && p.themeName ? { id: p.themeId, name: p.themeName } : null,
		createdAt: p.createdAt
	}));
	const count = (status: StaffApiPerspective['status']) => perspectives.filter((p) => p.status === status).length;
	return ok({
		process: {
			slug: process.slug,
			title: process.title,
			currentPhase: process.currentPhase,
			isPublished: process.isPublished
		},
		themes: themes.map((t) => ({
			id: t.id,
			name: t.name,
			perspectives: perspectives.filter((p) => p.theme?.id === t.id).length
		})),
		counts: { visible: count('visible'), hidden: count('hidden'), withdrawn: count('withdrawn') },
		perspectives
	});
}
