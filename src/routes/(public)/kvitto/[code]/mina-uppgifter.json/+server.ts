import { error, json } from '@sveltejs/kit';
import { app } from '$lib/server/app';
import { exportOwnData } from '$lib/server/modules/records';
import type { RequestHandler } from './$types';

/** Everything stored about a perspective and its contributor, for the person holding the receipt code. */
export const GET: RequestHandler = async ({ params, locals }) => {
	if (!locals.organisation) error(404, { message: 'Not found', code: 'not_found' });
	const result = await exportOwnData(app().ctx, locals.organisation.id, params.code);
	if (!result.ok) error(404, { message: 'Not found', code: 'not_found' });
	return json(
		{ organisation: locals.organisation.name, exportedAt: app().ctx.now().toISOString(), ...result.value },
		{
			headers: {
				'content-disposition': `attachment; filename="mina-uppgifter-${result.value.receipt}.json"`,
				'cache-control': 'private, no-store',
				'referrer-policy': 'no-referrer',
				'x-robots-tag': 'noindex'
			}
		}
	);
};
