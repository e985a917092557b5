import { fail, redirect } from '@sveltejs/kit';
import { normaliseReceipt } from '$lib/domain/perspective/receipt';
import { app } from '$lib/server/app';
import { failFromUseCase, formToObject, loaded } from '$lib/server/forms';
import { loadRecordPerspectiveForm, recordPerspective, STAFF_CHANNELS } from '$lib/server/modules/perspectives';
import { LOCALES } from '$lib/i18n/locale';
import type { Actions, PageServerLoad } from './$types';

const hasContact = (values: Record<string, unknown>) => {
	const c = values.contact as { email?: string; phone?: string } | undefined;
	return Boolean(c?.email?.trim() || c?.phone?.trim());
};

export const load: PageServerLoad = async ({ locals, params, url }) => {
	const { process, themes } = loaded(await loadRecordPerspectiveForm(app().ctx, locals.actor, params.slug));
	const sent = url.searchParams.get('skickat') === '1';
	const channel = url.searchParams.get('kanal');
	return {
		process: {
			slug: process.slug,
			title: process.title,
			question: process.question,
			currentPhase: process.currentPhase,
			areas: process.areas
		},
		languages: LOCALES,
		sent,
		isOpen: process.currentPhase === 'collection',
		themes,
		channels: STAFF_CHANNELS,
		channel: STAFF_CHANNELS.find((c) => c === channel) ?? 'interview',
		saved: normaliseReceipt(url.searchParams.get('sparad') ?? '')
	};
};

export const actions: Actions = {
	default: async ({ request, locals, params, url }) => {
		const values = formToObject(await request.formData());
		const result = await recordPerspective(app().ctx, locals.actor, params.slug, values, url.origin);
		if (!result.ok) {
			if (result.error.code === 'invalid') return fail(400, { values, errors: result.error.fields, closed: false });
			if (result.error.code === 'phase_closed') return fail(409, { values, errors: [], closed: true });
			return failFromUseCase(result.error, values);
		}
		// Keep the channel for the next entry: at the tent, one perspective follows another.
		redirect(
			303,
			`/hantera/processer/${params.slug}/perspektiv/ny?kanal=${result.value.channel}&sparad=${result.value.receipt}${hasContact(values) ? '&skickat=1' : ''}`
		);
	}
};
