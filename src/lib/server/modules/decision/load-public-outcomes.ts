/**
 * @module The public pages and API of phases 6–7 for one process: its published decisions (each proposal
 * anchored at its newest decision) and its implementation. Unpublished processes do not exist for them.
 */
import type { Actor } from '../../../domain/access/can';
import { ok } from '../../../kernel/result';
import type { UseCaseContext } from '../context';
import { loadPublicProcess, type PublicSite } from '../process/load-public-process';
import { loadPublicDecisions, loadPublicImplementation } from './load-outcomes';

export async function loadDecisionsPage(ctx: UseCaseContext, actor: Actor, site: PublicSite, slug: string) {
	const loaded = await loadPublicProcess(ctx, actor, site, slug);
	if (!loaded.ok) return loaded;
	const { process } = loaded.value;
	const decisions = await loadPublicDecisions(ctx.db, process);
	// A proposal decided more than once is anchored (#proposal-<id>) at its newest decision; they come newest first.
	const seen = new Set<string>();
	const anchored = decisions.map((d) => ({
		...d,
		outcomes: d.outcomes.map((o) => ({ ...o, isAnchor: !seen.has(o.proposalId) && Boolean(seen.add(o.proposalId)) }))
	}));
	return ok({
		process: {
			slug: process.slug,
			title: process.title,
			whoDecides: process.influence.whoDecides,
			decisionWhen: process.influence.decisionWhen
		},
		decisions: anchored
	});
}

export async function loadImplementationPage(ctx: UseCaseContext, actor: Actor, site: PublicSite, slug: string) {
	const loaded = await loadPublicProcess(ctx, actor, site, slug);
	if (!loaded.ok) return loaded;
	const { process } = loaded.value;
	const items = await loadPublicImplementation(ctx.db, process, ctx.now().toISOString().slice(0, 10));
	return ok({ process: { slug: process.slug, title: process.title }, items });
}
