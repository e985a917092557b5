/**
 * @module What the public reads of perspectives: the contribution page, one visible perspective (personal data
 * redacted, never who wrote it) and where it has gone, the published report, and — with the receipt code as
 * the key — a contributor's own perspective, its trace and whether messages about it are on. Unpublished
 * processes do not exist for these pages; a receipt of another organisation does not exist here either.
 */
import { redactPersonalData } from '../../../analysis/text-harvest';
import type { Actor } from '../../../domain/access/can';
import { isCollecting } from '../../../domain/perspective/perspective';
import { normaliseReceipt } from '../../../domain/perspective/receipt';
import { err, ok } from '../../../kernel/result';
import type { UseCaseContext } from '../context';
import { listPerspectiveTexts } from '../cocreation/queries/cocreation';
import { loadPublicProcess, type PublicSite } from '../process/load-public-process';
import { subscriptionState, traceByReceipt, traceOfPerspective } from './follow-perspective';
import { findByReceipt, listThemes } from './queries/perspectives';
import { findReport } from './queries/reports';

const notFound = () => err({ code: 'not_found' as const });

export async function loadContributePage(ctx: UseCaseContext, actor: Actor, site: PublicSite, slug: string) {
	const loaded = await loadPublicProcess(ctx, actor, site, slug);
	if (!loaded.ok) return loaded;
	const { process } = loaded.value;
	return ok({
		process: {
			slug: process.slug,
			title: process.title,
			question: process.question,
			currentPhase: process.currentPhase,
			influence: process.influence,
			areas: process.areas
		},
		isOpen: isCollecting(process.currentPhase),
		themes: (await listThemes(ctx.db, process.id)).map((t) => ({ id: t.id, name: t.name }))
	});
}

export async function loadPublicPerspective(
	ctx: UseCaseContext,
	actor: Actor,
	site: PublicSite,
	slug: string,
	perspectiveId: string
) {
	const loaded = await loadPublicProcess(ctx, actor, site, slug);
	if (!loaded.ok) return loaded;
	const { process } = loaded.value;
	const trace = await traceOfPerspective(ctx.db, process.id, perspectiveId);
	const text = trace ? (await listPerspectiveTexts(ctx.db, process.id, [perspectiveId]))[0]?.text : null;
	if (!trace || !text) return notFound();
	return ok({ process: { slug: process.slug, title: process.title }, text: redactPersonalData(text), trace });
}

/** The published perspective report of a published process (not found before it is published). */
export async function loadPublicReport(ctx: UseCaseContext, actor: Actor, site: PublicSite, slug: string) {
	const loaded = await loadPublicProcess(ctx, actor, site, slug);
	if (!loaded.ok) return loaded;
	const { process } = loaded.value;
	const report = await findReport(ctx.db, process.id);
	if (!report) return notFound();
	return ok({ process, report });
}

/** The perspective behind a receipt code, in the site's organisation, with its whole trace. */
export async function loadReceipt(ctx: UseCaseContext, site: PublicSite, code: string) {
	const receipt = normaliseReceipt(code);
	const view = receipt ? await findByReceipt(ctx.db, receipt) : null;
	if (!view || !site.organisationId || view.process.organisationId !== site.organisationId) return notFound();
	const [trace, subscription] = await Promise.all([
		traceByReceipt(ctx.db, site.organisationId, view.perspective.receipt),
		subscriptionState(ctx.db, site.organisationId, view.perspective.receipt)
	]);
	return ok({ view, trace: trace!, subscription });
}

/** Whether messages about the perspective behind a receipt code are on (the page that stops them). */
export async function loadSubscription(ctx: UseCaseContext, site: PublicSite, code: string) {
	const receipt = normaliseReceipt(code);
	const state = receipt && site.organisationId ? await subscriptionState(ctx.db, site.organisationId, receipt) : null;
	return state ? ok({ receipt: receipt!, ...state }) : notFound();
}
