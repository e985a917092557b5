import { app } from '$lib/server/app';
import { failFromUseCase } from '$lib/server/forms';
import { exportRegister } from '$lib/server/modules/registration';
import type { RequestHandler } from './$types';

/** The register as CSV (Swedish headings), audited. */
export const GET: RequestHandler = async ({ locals }) => {
	const result = await exportRegister(app().ctx, locals.actor);
	if (!result.ok) return failFromUseCase(result.error, {}) as never;
	return new Response(result.value.body as Uint8Array<ArrayBuffer>, {
		headers: {
			'content-type': result.value.contentType,
			'content-disposition': `attachment; filename="${result.value.filename}"`,
			'cache-control': 'private, no-store'
		}
	});
};
