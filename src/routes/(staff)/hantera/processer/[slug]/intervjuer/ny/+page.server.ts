import { fail, redirect } from '@sveltejs/kit';
import { normaliseReceipt } from '$lib/domain/perspective/receipt';
import { app } from '$lib/server/app';
import { failFromUseCase, formToObject, loaded } from '$lib/server/forms';
import { loadInterviewForm, recordInterview } from '$lib/server/modules/perspectives';
import type { Actions, PageServerLoad } from './$types';

/** Slots for perspectives on the form; empty ones are ignored. */
const SLOTS = 5;

export const load: PageServerLoad = async ({ locals, params, url }) => {
	const { process, isOpen, targets, today } = loaded(await loadInterviewForm(app().ctx, locals.actor, params.slug));
	return {
		process: {
			slug: process.slug,
			title: process.title,
			question: process.question,
			currentPhase: process.currentPhase
		},
		isOpen,
		targets,
		targetId: url.searchParams.get('grupp') ?? '',
		today,
		slots: SLOTS,
		saved: Number(url.searchParams.get('sparade') ?? '') || null,
		receipts: (url.searchParams.get('koder') ?? '')
			.split(',')
			.map(normaliseReceipt)
			.filter((c): c is string => c !== null)
	};
};

export const actions: Actions = {
	default: async ({ request, locals, params }) => {
		const values = formToObject(await request.formData());
		const result = await recordInterview(app().ctx, locals.actor, params.slug, values);
		if (!result.ok) {
			if (result.error.code === 'invalid') return fail(400, { values, errors: result.error.fields, closed: false });
			if (result.error.code === 'phase_closed') return fail(409, { values, errors: [], closed: true });
			return failFromUseCase(result.error, values);
		}
		// Several interviews are often typed in after a day in the field: keep the group for the next one.
		const targetId = typeof values.targetId === 'string' ? values.targetId : '';
		redirect(
			303,
			`/hantera/processer/${params.slug}/intervjuer/ny?grupp=${encodeURIComponent(targetId)}&sparade=${result.value.receipts.length}&koder=${result.value.receipts.join(',')}`
		);
	}
};
