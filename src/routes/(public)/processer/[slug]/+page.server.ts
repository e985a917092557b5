import { error } from '@sveltejs/kit';
import { can } from '$lib/domain/access/can';
import { app } from '$lib/server/app';
import { findProcessBySlug } from '$lib/server/modules/process/queries/processes';
import { findReportPublishedAt } from '$lib/server/modules/perspectives/queries/reports';
import { findStatementModule } from '$lib/server/modules/statements/queries/statements';
import { planOnProcessPage } from '$lib/server/modules/planning';
import { findPanel } from '$lib/server/modules/panel/queries/panels';
import { listDecisions, listImplementation } from '$lib/server/modules/decision/queries/decisions';
import { learningOnProcessPage } from '$lib/server/modules/learning';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params }) => {
	const process = locals.organisation
		? await findProcessBySlug(app().database.db, locals.organisation.id, params.slug)
		: null;
	// Drafts are visible only to staff, as a preview; to everyone else they do not exist.
	if (!process || (!process.isPublished && !can(locals.actor, 'staff.view')))
		error(404, { message: 'Not found', code: 'not_found' });
	const { id, organisationId: _org, population: _population, ...shown } = process;
	const statements = process.isPublished ? await findStatementModule(app().database.db, id) : null;
	const panel = await findPanel(app().database.db, id);
	const [decisions, items] = await Promise.all([
		listDecisions(app().database.db, id, 'published'),
		listImplementation(app().database.db, id)
	]);
	return {
		process: shown,
		hasReport: (await findReportPublishedAt(app().database.db, id)) !== null,
		statements: statements ? { isOpen: statements.isOpen } : null,
		plan: await planOnProcessPage(app().database.db, process),
		panel: panel && { name: panel.name, isRecruiting: panel.isRecruiting },
		outcomes: {
			decisions: decisions.length,
			items: items.length,
			done: items.filter((i) => i.status === 'done').length
		},
		learning: await learningOnProcessPage(app().database.db, process)
	};
};
