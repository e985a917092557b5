import { error } from '@sveltejs/kit';
import { app } from '$lib/server/app';
import { failFromUseCase } from '$lib/server/forms';
import { dpiaHtml, dpiaMarkdown } from '$lib/server/render/dpia-document';
import { assessDataProtection } from '$lib/server/modules/records';
import type { RequestHandler } from './$types';

/** `konsekvensbedomning.html` or `konsekvensbedomning.md`, to keep and edit outside Medskapa. */
export const GET: RequestHandler = async ({ locals, params }) => {
	const kind =
		params.file === 'konsekvensbedomning.html' ? 'html' : params.file === 'konsekvensbedomning.md' ? 'md' : null;
	if (!kind) error(404, { message: 'Not found', code: 'not_found' });
	const result = await assessDataProtection(app().ctx, locals.actor, app().config, locals.locale);
	if (!result.ok) return failFromUseCase(result.error, {}) as never;
	const body = kind === 'html' ? dpiaHtml(result.value, locals.locale) : dpiaMarkdown(result.value);
	return new Response(body, {
		headers: {
			'content-type': kind === 'html' ? 'text/html; charset=utf-8' : 'text/markdown; charset=utf-8',
			'content-disposition': `attachment; filename="${params.file}"`,
			'cache-control': 'private, no-store'
		}
	});
};
