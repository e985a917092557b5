import { fail, redirect } from '@sveltejs/kit';
import { app } from '$lib/server/app';
import { failFromUseCase, loaded } from '$lib/server/forms';
import { STAFF_TABLES } from '$lib/server/export/process-records';
import { previewPhaseAdvance, previewReportPublication } from '$lib/server/modules/notifications';
import { publishPerspectiveReport } from '$lib/server/modules/perspectives';
import {
	advanceProcessPhase,
	loadProcessOverview,
	publishProcess,
	unpublishProcess
} from '$lib/server/modules/process';
import { loadProcessRegistration, registerProcess } from '$lib/server/modules/registration';
import type { Actions, PageServerLoad } from './$types';

const DONE = ['created', 'revised', 'published', 'unpublished', 'advanced', 'report'] as const;

export const load: PageServerLoad = async ({ locals, params, url }) => {
	const { permissions, ...overview } = loaded(await loadProcessOverview(app().ctx, locals.actor, params.slug));
	const done = url.searchParams.get('done');
	const registered = url.searchParams.get('diariefort');
	return {
		registration: loaded(await loadProcessRegistration(app().ctx, locals.actor, params.slug)),
		registered: registered === null ? null : registered.split(',').filter(Boolean),
		...overview,
		done: DONE.find((d) => d === done) ?? null,
		canExport: permissions['export.download'],
		exportTables: STAFF_TABLES,
		canPublishReport: permissions.publishReport,
		notified: Number(url.searchParams.get('notified') ?? 0) || 0
	};
};

export const actions: Actions = {
	// Diarieför: the process as a case and its key records not yet registered get their numbers.
	register: async ({ locals, params }) => {
		const result = await registerProcess(app().ctx, locals.actor, params.slug);
		if (!result.ok) return failFromUseCase(result.error, {});
		redirect(
			303,
			`/hantera/processer/${params.slug}?diariefort=${encodeURIComponent(result.value.numbers.join(','))}#registration-heading`
		);
	},
	// Publishing tells people: the first post shows what will happen, only the confirmed one (confirm=1) publishes.
	report: async ({ locals, params, request, url }) => {
		const form = await request.formData();
		if (form.get('confirm') !== '1') {
			const preview = await previewReportPublication(app().ctx, locals.actor, params.slug);
			if (!preview.ok) {
				if (preview.error.code === 'too_early') return fail(409, { action: 'report', tooEarly: true });
				return failFromUseCase(preview.error, {});
			}
			return { action: 'report', confirmReport: preview.value };
		}
		const result = await publishPerspectiveReport(app().ctx, locals.actor, params.slug, url.origin);
		if (!result.ok) {
			if (result.error.code === 'too_early') return fail(409, { action: 'report', tooEarly: true });
			return failFromUseCase(result.error, {});
		}
		redirect(303, `/hantera/processer/${params.slug}?done=report&notified=${result.value.notified}`);
	},
	publish: async ({ locals, params, url }) => {
		const result = await publishProcess(app().ctx, locals.actor, params.slug, url.origin);
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
	// Advancing may tell people: the first post shows what will happen, only the confirmed one (confirm=1) advances.
	advance: async ({ locals, params, request, url }) => {
		const form = await request.formData();
		if (form.get('confirm') !== '1') {
			const preview = await previewPhaseAdvance(app().ctx, locals.actor, params.slug, form.get('from'));
			if (!preview.ok) return advanceFailure(preview.error);
			return { action: 'advance', confirmAdvance: preview.value };
		}
		const result = await advanceProcessPhase(app().ctx, locals.actor, params.slug, form.get('from'), url.origin);
		if (!result.ok) return advanceFailure(result.error);
		redirect(303, `/hantera/processer/${params.slug}?done=advanced`);
	}
};

type AdvanceFailure = Extract<Awaited<ReturnType<typeof advanceProcessPhase>>, { ok: false }>['error'];

function advanceFailure(error: AdvanceFailure) {
	if (error.code === 'phase_changed') return fail(409, { action: 'advance', phaseChangedTo: error.current });
	if (error.code === 'last_phase') return fail(409, { action: 'advance', phaseChangedTo: null });
	return failFromUseCase(error, {});
}
