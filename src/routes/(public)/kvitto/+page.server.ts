import { error, fail, redirect } from '@sveltejs/kit';
import { normaliseReceipt } from '$lib/domain/perspective/receipt';
import { app } from '$lib/server/app';
import { loadReceipt, resendReceipts } from '$lib/server/modules/perspectives';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = ({ url }) => ({ resent: url.searchParams.get('skickat') === '1' });

export const actions: Actions = {
	// One form looks up a code; the other (with `address`) asks for lost codes again.
	default: async ({ request, locals, url, getClientAddress }) => {
		const data = await request.formData();
		if (data.has('address')) {
			if (!locals.organisation) error(404, { message: 'Not found', code: 'not_found' });
			const address = String(data.get('address') ?? '');
			if (!app().limits.submissions.hit(getClientAddress()).allowed)
				return fail(429, { address, errors: [{ field: 'address', message: 'error.rateLimited.submission' }] });
			const result = await resendReceipts(
				app().ctx,
				{ organisationId: locals.organisation.id, publicUrl: url.origin, language: locals.locale },
				address
			);
			if (!result.ok) return fail(400, { address, errors: result.error.fields });
			// The same answer whether or not the address is known.
			redirect(303, '/kvitto?skickat=1#tappat');
		}
		const raw = String(data.get('code') ?? '');
		const code = normaliseReceipt(raw);
		if (!code) return fail(400, { code: raw, errors: [{ field: 'code', message: 'error.receipt.format' }] });
		const found = await loadReceipt(app().ctx, { organisationId: locals.organisation?.id ?? null }, code);
		if (!found.ok) return fail(404, { code: raw, errors: [{ field: 'code', message: 'error.receipt.notFound' }] });
		redirect(303, `/kvitto/${code}`);
	}
};
