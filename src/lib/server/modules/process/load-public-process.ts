/**
 * @module The shared first step of the public pages of a process: the process in the organisation the site
 * belongs to, published — or, where a page offers it, a draft as a preview for those who may read staff pages
 * (`staff.view` in that organisation). To everyone else an unpublished process does not exist (not found).
 * Also the public list of processes and the public process page.
 */
import type { Actor } from '../../../domain/access/can';
import type { Process } from '../../../domain/process/process';
import { err, ok, type Result } from '../../../kernel/result';
import type { UseCaseContext, UseCaseError } from '../context';
import { allows } from '../gate';
import { listDecisions, listImplementation } from '../decision/queries/decisions';
import { learningOnProcessPage } from '../learning/load-learning';
import { findPanel } from '../panel/queries/panels';
import { findReportPublishedAt } from '../perspectives/queries/reports';
import { planOnProcessPage } from '../planning/load-plan';
import { findStatementModule } from '../statements/queries/statements';
import { findProcessBySlug, listProcesses } from './queries/processes';

/** Where a public page is asked for: the site's organisation (none on the platform's own address). */
export type PublicSite = { organisationId: string | null };

export async function loadPublicProcess(
	ctx: UseCaseContext,
	actor: Actor,
	site: PublicSite,
	slug: string,
	options: { staffPreview?: boolean } = {}
): Promise<Result<{ process: Process }, UseCaseError>> {
	const process = site.organisationId ? await findProcessBySlug(ctx.db, site.organisationId, slug) : null;
	if (!process) return err({ code: 'not_found' });
	const previews =
		options.staffPreview === true && allows(actor, 'staff.view', { organisationId: process.organisationId });
	if (!process.isPublished && !previews) return err({ code: 'not_found' });
	return ok({ process });
}

/** True when the actor may see drafts of this organisation's processes as a preview. */
export const seesDrafts = (actor: Actor, site: PublicSite) =>
	site.organisationId !== null && allows(actor, 'staff.view', { organisationId: site.organisationId });

/** The published processes of the site's organisation (none without one). */
export async function listPublicProcesses(ctx: UseCaseContext, site: PublicSite): Promise<Process[]> {
	return site.organisationId ? listProcesses(ctx.db, site.organisationId, 'published') : [];
}

/** The public page of one process: what it is, and which of its parts exist so far. Drafts: a staff preview. */
export async function loadPublicProcessPage(ctx: UseCaseContext, actor: Actor, site: PublicSite, slug: string) {
	const loaded = await loadPublicProcess(ctx, actor, site, slug, { staffPreview: true });
	if (!loaded.ok) return loaded;
	const { process } = loaded.value;
	const { id, organisationId: _org, population: _population, ...shown } = process;
	const statements = process.isPublished ? await findStatementModule(ctx.db, id) : null;
	const panel = await findPanel(ctx.db, id);
	const [decisions, items] = await Promise.all([
		listDecisions(ctx.db, id, 'published'),
		listImplementation(ctx.db, id)
	]);
	return ok({
		process: shown,
		hasReport: (await findReportPublishedAt(ctx.db, id)) !== null,
		statements: statements ? { isOpen: statements.isOpen } : null,
		plan: await planOnProcessPage(ctx.db, process),
		panel: panel && { name: panel.name, isRecruiting: panel.isRecruiting },
		outcomes: {
			decisions: decisions.length,
			items: items.length,
			done: items.filter((i) => i.status === 'done').length
		},
		learning: await learningOnProcessPage(ctx.db, process)
	});
}
