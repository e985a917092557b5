import { app } from '$lib/server/app';
import { failFromUseCase } from '$lib/server/forms';
import { downloadDelivery } from '$lib/server/modules/disclosure';
import type { RequestHandler } from './$types';

/** The decided delivery as CSV, rendered from what was frozen at the decision; each download is audited. */
export const GET: RequestHandler = async ({ locals, params }) => {
	const result = await downloadDelivery(app().ctx, locals.actor, params.id, 'csv');
	if (!result.ok) {
		if (result.error.code === 'conflict') return new Response('Not decided', { status: 404 });
		return failFromUseCase(result.error, {}) as never;
	}
	return new Response(result.value.body as Uint8Array<ArrayBuffer>, {
		headers: {
			'content-type': result.value.contentType,
			'content-disposition': `attachment; filename="${result.value.filename}"`,
			'cache-control': 'private, no-store'
		}
	});
};
