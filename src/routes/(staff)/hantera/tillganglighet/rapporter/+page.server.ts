import { redirect } from '@sveltejs/kit';
import { app } from '$lib/server/app';
import { failFromUseCase, loaded } from '$lib/server/forms';
import { listAccessibilityReports, markAccessibilityReportHandled } from '$lib/server/modules/accessibility';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url }) => ({
	...loaded(await listAccessibilityReports(app().ctx, locals.actor)),
	done: url.searchParams.get('klart') === '1'
});

export const actions: Actions = {
	handled: async ({ request, locals }) => {
		const id = String((await request.formData()).get('id') ?? '');
		const result = await markAccessibilityReportHandled(app().ctx, locals.actor, id);
		if (!result.ok) return failFromUseCase(result.error, {});
		redirect(303, '/hantera/tillganglighet/rapporter?klart=1');
	}
};
