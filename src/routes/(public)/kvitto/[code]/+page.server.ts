import { error } from '@sveltejs/kit';
import { normaliseReceipt } from '$lib/domain/perspective/receipt';
import { app } from '$lib/server/app';
import { findByReceipt } from '$lib/server/db/queries/perspectives';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params, url, locals, setHeaders }) => {
	// The code is the key to this page: keep it out of caches and referrers.
	setHeaders({ 'cache-control': 'private, no-store', 'referrer-policy': 'no-referrer', 'x-robots-tag': 'noindex' });
	const code = normaliseReceipt(params.code);
	const view = code ? await findByReceipt(app().database.db, code) : null;
	if (!view || view.process.organisationId !== locals.organisation?.id) error(404, { message: 'Not found', code: 'not_found' });
	const { organisationId: _o, ...process } = view.process;
	return { ...view, process, isNew: url.searchParams.get('ny') === '1', pageUrl: `${url.origin}/kvitto/${view.perspective.receipt}` };
};
