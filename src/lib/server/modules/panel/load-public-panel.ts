/**
 * @module What the public sees of a citizens' panel: the sign-up form and its thanks page (published processes
 * only), and the panel page and its verification file — aggregates and pseudonymous codes only, never who
 * volunteered. Groups smaller than five are never shown. Drafts are previews for staff only, as on the process page.
 */
import type { Actor } from '../../../domain/access/can';
import { countByValue } from '../../../domain/panel/draw';
import { quotaOf } from '../../../domain/panel/panel';
import { err, ok } from '../../../kernel/result';
import type { UseCaseContext } from '../context';
import { loadPublicProcess, type PublicSite } from '../process/load-public-process';
import { findCurrentDraw, findPanel, listDraws, listPool } from './queries/panels';

/** Groups smaller than this are never shown publicly. */
const SMALL = 5;

const notFound = () => err({ code: 'not_found' as const });

async function publishedPanel(ctx: UseCaseContext, actor: Actor, site: PublicSite, slug: string) {
	const loaded = await loadPublicProcess(ctx, actor, site, slug);
	if (!loaded.ok) return loaded;
	const panel = await findPanel(ctx.db, loaded.value.process.id);
	return panel ? ok({ process: loaded.value.process, panel }) : notFound();
}

/** The sign-up form: the panel, its questions, and whether it still takes volunteers. */
export async function loadPanelSignUp(ctx: UseCaseContext, actor: Actor, site: PublicSite, slug: string) {
	const found = await publishedPanel(ctx, actor, site, slug);
	if (!found.ok) return found;
	const { process, panel } = found.value;
	const isOpen = panel.isRecruiting && (await findCurrentDraw(ctx.db, panel.id))?.status !== 'drawn';
	return ok({
		process: { slug: process.slug, title: process.title, question: process.question, influence: process.influence },
		panel: {
			name: panel.name,
			size: panel.size,
			householdCheck: panel.householdCheck,
			features: panel.features.map(({ key, label, why, values }) => ({ key, label, why, values }))
		},
		isOpen
	});
}

export async function loadPanelThanks(ctx: UseCaseContext, actor: Actor, site: PublicSite, slug: string) {
	const found = await publishedPanel(ctx, actor, site, slug);
	if (!found.ok) return found;
	const { process, panel } = found.value;
	return ok({ process: { slug: process.slug, title: process.title }, panel: { name: panel.name, size: panel.size } });
}

/** The panel behind the public panel page and its verification file, with its current and superseded draws. */
export async function loadPublicPanel(ctx: UseCaseContext, actor: Actor, site: PublicSite, slug: string) {
	const loaded = await loadPublicProcess(ctx, actor, site, slug, { staffPreview: true });
	if (!loaded.ok) return loaded;
	const { process } = loaded.value;
	const panel = await findPanel(ctx.db, process.id);
	if (!panel) return notFound();
	const draws = await listDraws(ctx.db, panel.id);
	const drawn = draws.find((d) => d.supersededAt === null && d.status === 'drawn') ?? null;
	const superseded = draws.filter((d) => d.status === 'drawn' && d.supersededAt !== null);
	return ok({ process, panel, drawn, superseded });
}

/** The public panel page: quotas, how many volunteered per group (small groups withheld) and the draw. */
export async function loadPublicPanelPage(ctx: UseCaseContext, actor: Actor, site: PublicSite, slug: string) {
	const found = await loadPublicPanel(ctx, actor, site, slug);
	if (!found.ok) return found;
	const { process, panel, drawn, superseded } = found.value;
	// After the draw the page shows the pool as it was drawn from; before, the pool as it is now.
	const pool = drawn ? drawn.inputs.pool : await listPool(ctx.db, panel.id);
	const features = drawn ? drawn.inputs.features : panel.features;
	const quotas = drawn ? drawn.inputs.quotas : panel.quotas;
	const counts = countByValue(features, pool);
	return ok({
		process: { slug: process.slug, title: process.title, question: process.question, isPublished: process.isPublished },
		panel: {
			name: panel.name,
			size: drawn?.inputs.k ?? panel.size,
			reserves: drawn?.inputs.reserves ?? panel.reserves,
			isRecruiting: panel.isRecruiting && !drawn,
			householdCheck: panel.householdCheck
		},
		volunteers: pool.length,
		quotas: features.map((f) => ({
			key: f.key,
			label: f.label,
			values: f.values.map((v) => {
				const q = quotaOf(quotas, f.key, v.key, panel.size);
				const n = counts[f.key][v.key];
				return { key: v.key, label: v.label, min: q.min, max: q.max, volunteers: n >= SMALL || n === 0 ? n : null };
			})
		})),
		draw: drawn && {
			seed: drawn.seed!,
			drawnAt: drawn.drawnAt!,
			min: drawn.lottery!.stats.min,
			isOptimal: drawn.lottery!.isOptimal,
			panels: drawn.lottery!.lottery.length,
			featuresSha256: drawn.outcome!.verification.inputs.featuresSha256,
			poolSha256: drawn.outcome!.verification.inputs.poolSha256
		},
		superseded: superseded.map((d) => ({ seed: d.seed, drawnAt: d.drawnAt, reason: d.supersededReason }))
	});
}
