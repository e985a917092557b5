import { error } from '@sveltejs/kit';
import { app } from '$lib/server/app';
import { downloadRegisterExtract } from '$lib/server/modules/retention';
import { renderRegisterExtractPdf } from '$lib/server/render/register-extract-pdf';
import type { RequestHandler } from './$types';

/** The register extract of a request (`?id=<request>&format=pdf|json`), audited as downloaded. */
export const GET: RequestHandler = async ({ locals, url }) => {
	const format = url.searchParams.get('format') === 'json' ? 'json' : 'pdf';
	const result = await downloadRegisterExtract(app().ctx, locals.actor, url.searchParams.get('id') ?? '', format);
	if (!result.ok) {
		if (result.error.code === 'forbidden') error(403, { message: 'Forbidden', code: 'forbidden' });
		error(404, { message: 'Not found', code: 'not_found' });
	}
	const headers = (type: string, ext: string) => ({
		'content-type': type,
		'content-disposition': `attachment; filename="registerutdrag-${result.value.request.receivedOn}.${ext}"`,
		'cache-control': 'no-store'
	});
	if (format === 'json')
		return new Response(JSON.stringify(result.value, null, 2), {
			headers: headers('application/json; charset=utf-8', 'json')
		});
	const pdf = await renderRegisterExtractPdf(result.value, locals.locale);
	return new Response(new Uint8Array(pdf), { headers: headers('application/pdf', 'pdf') });
};
