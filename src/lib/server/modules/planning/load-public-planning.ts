/**
 * @module What the public reads of planning: the organisation's methods catalogue, a process's published plan
 * (its non-sensitive parts) and the page where the question is formulated together. Drafts are previews for
 * staff only; hidden proposals keep their place but never their text.
 */
import type { Actor } from '../../../domain/access/can';
import { parseLinks } from '../../../domain/plan/plan';
import { openRound, takesProposals } from '../../../domain/plan/question';
import { ok } from '../../../kernel/result';
import type { UseCaseContext } from '../context';
import { permissions } from '../gate';
import { loadPublicProcess, type PublicSite } from '../process/load-public-process';
import { currentChoice, loadRounds } from './formulate-question';
import { loadPlan, publicPlan } from './load-plan';
import { listMethods } from './queries/plan';

/** The methods catalogue, and whether the viewer may revise it (for the edit links). */
export async function loadMethodsCatalogue(ctx: UseCaseContext, actor: Actor, site: PublicSite) {
	if (!site.organisationId) return { methods: [], canRevise: false };
	return {
		methods: await listMethods(ctx.db, site.organisationId),
		canRevise: permissions(actor, ['method.revise'], { organisationId: site.organisationId })['method.revise']
	};
}

export async function loadPublicPlanPage(ctx: UseCaseContext, actor: Actor, site: PublicSite, slug: string) {
	const loaded = await loadPublicProcess(ctx, actor, site, slug, { staffPreview: true });
	if (!loaded.ok) return loaded;
	const { process } = loaded.value;
	const plan = publicPlan(await loadPlan(ctx.db, process));
	return ok({
		process: {
			slug: process.slug,
			title: process.title,
			question: process.question,
			isPublished: process.isPublished,
			influence: process.influence,
			participation: process.participation
		},
		plan,
		links: parseLinks(plan.context.links).filter((l) => l.url)
	});
}

/** The question's rounds as the public sees them, and this browser's choice in the open round. */
export async function loadQuestionPage(
	ctx: UseCaseContext,
	actor: Actor,
	site: PublicSite,
	slug: string,
	voterToken: string | undefined
) {
	const loaded = await loadPublicProcess(ctx, actor, site, slug, { staffPreview: true });
	if (!loaded.ok) return loaded;
	const { process } = loaded.value;
	const rounds = await loadRounds(ctx, process.id);
	const open = openRound(rounds);
	return ok({
		process: {
			slug: process.slug,
			title: process.title,
			question: process.question,
			currentPhase: process.currentPhase,
			isPublished: process.isPublished,
			influence: process.influence
		},
		rounds: rounds.map((r) => ({
			...r,
			formulations: r.formulations.map((f) => (f.status === 'hidden' ? { ...f, text: '' } : f)),
			fixed: r.fixed
		})),
		open: open ? { number: open.number, formulations: open.formulations.filter((f) => f.status === 'visible') } : null,
		takesProposals: takesProposals(process.currentPhase, process.isPublished, rounds),
		myChoice: open ? await currentChoice(ctx, process.id, open.number, voterToken) : null
	});
}
