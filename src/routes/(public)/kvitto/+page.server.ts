import { fail, redirect } from '@sveltejs/kit';
import { normaliseReceipt } from '$lib/domain/perspective/receipt';
import { app } from '$lib/server/app';
import { loadReceipt } from '$lib/server/modules/perspectives';
import type { Actions } from './$types';

export const actions: Actions = {
	default: async ({ request, locals }) => {
		const raw = String((await request.formData()).get('code') ?? '');
		const code = normaliseReceipt(raw);
		if (!code) return fail(400, { code: raw, errors: [{ field: 'code', message: 'error.receipt.format' }] });
		const found = await loadReceipt(app().ctx, { organisationId: locals.organisation?.id ?? null }, code);
		if (!found.ok) return fail(404, { code: raw, errors: [{ field: 'code', message: 'error.receipt.notFound' }] });
		redirect(303, `/kvitto/${code}`);
	}
};
