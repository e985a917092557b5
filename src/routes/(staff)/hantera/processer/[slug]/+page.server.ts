import { error, fail, redirect } from '@sveltejs/kit';
import { nextPhase } from '$lib/domain/process/phases';
import { missingForPublishing } from '$lib/domain/process/rules';
import { app } from '$lib/server/app';
import { listAudit } from '$lib/server/modules/records/queries/audit';
import { findProcessBySlug } from '$lib/server/modules/process/queries/processes';
import { countPerspectives } from '$lib/server/modules/perspectives/queries/perspectives';
import { failFromUseCase } from '$lib/server/forms';
import { advanceProcessPhase } from '$lib/server/modules/process/advance-process-phase';
import { publishProcess, unpublishProcess } from '$lib/server/modules/process/publish-process';
import { publishPerspectiveReport } from '$lib/server/modules/perspectives/publish-perspective-report';
import { findReportPublishedAt } from '$lib/server/modules/perspectives/queries/reports';
import { can } from '$lib/domain/access/can';
import { STAFF_TABLES } from '$lib/server/export/process-records';
import { phaseIndex } from '$lib/domain/process/phases';
import { learningOnStaffPage } from '$lib/server/modules/learning/load-learning';
import type { Actions, PageServerLoad } from './$types';

const DONE = ['created', 'revised', 'published', 'unpublished', 'advanced', 'report'] as const;

export const load: PageServerLoad = async ({ locals, params, url }) => {
	if (!locals.organisation) error(404, { message: 'Not found', code: 'not_found' });
	const db = app().database.db;
	const process = await findProcessBySlug(db, locals.organisation.id, params.slug);
	if (!process) error(404, { message: 'Not found', code: 'not_found' });
	const done = url.searchParams.get('done');
	return {
		process,
		next: nextPhase(process.currentPhase),
		missing: missingForPublishing(process.influence),
		history: await listAudit(db, locals.organisation.id, { entityId: process.id }),
		done: DONE.find((d) => d === done) ?? null,
		perspectiveCount: await countPerspectives(db, process.id),
		report: await findReportPublishedAt(db, process.id).then((publishedAt) => (publishedAt ? { publishedAt } : null)),
		canExport: can(locals.actor, 'export.download'),
		exportTables: STAFF_TABLES,
		canPublishReport:
			can(locals.actor, 'perspective.harvest') && phaseIndex(process.currentPhase) >= phaseIndex('compilation'),
		notified: Number(url.searchParams.get('notified') ?? 0) || 0,
		learning: await learningOnStaffPage(db, locals.actor, process)
	};
};

export const actions: Actions = {
	report: async ({ locals, params, url }) => {
		const result = await publishPerspectiveReport(app().ctx, locals.actor, params.slug, url.origin);
		if (!result.ok) {
			if (result.error.code === 'too_early') return fail(409, { action: 'report', tooEarly: true });
			return failFromUseCase(result.error, {});
		}
		redirect(303, `/hantera/processer/${params.slug}?done=report&notified=${result.value.notified}`);
	},
	publish: async ({ locals, params }) => {
		const result = await publishProcess(app().ctx, locals.actor, params.slug);
		if (!result.ok) {
			if (result.error.code === 'influence_declaration_incomplete')
				return fail(400, { action: 'publish', missing: result.error.missing });
			if (result.error.code !== 'already_published') return failFromUseCase(result.error, {});
		}
		redirect(303, `/hantera/processer/${params.slug}?done=published`);
	},
	unpublish: async ({ locals, params }) => {
		const result = await unpublishProcess(app().ctx, locals.actor, params.slug);
		if (!result.ok && result.error.code !== 'not_published') return failFromUseCase(result.error, {});
		redirect(303, `/hantera/processer/${params.slug}?done=unpublished`);
	},
	advance: async ({ locals, params, request, url }) => {
		const form = await request.formData();
		const result = await advanceProcessPhase(app().ctx, locals.actor, params.slug, form.get('from'), url.origin);
		if (!result.ok) {
			if (result.error.code === 'phase_changed')
				return fail(409, { action: 'advance', phaseChangedTo: result.error.current });
			if (result.error.code === 'last_phase') return fail(409, { action: 'advance', phaseChangedTo: null });
			return failFromUseCase(result.error, {});
		}
		redirect(303, `/hantera/processer/${params.slug}?done=advanced`);
	}
};
