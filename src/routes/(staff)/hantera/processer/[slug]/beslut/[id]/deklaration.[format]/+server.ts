import { error } from '@sveltejs/kit';
import { declarationHtml, declarationText } from '$lib/domain/decision/declaration';
import { app } from '$lib/server/app';
import { renderDeclarationDocx } from '$lib/server/render/declaration-docx';
import { composeDecisionDeclaration } from '$lib/server/modules/decision';
import type { RequestHandler } from './$types';

const TYPES = {
	txt: 'text/plain; charset=utf-8',
	html: 'text/html; charset=utf-8',
	docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'
} as const;

/** The declaration as a file to paste or attach: plain text, an HTML fragment, or a Word document. */
export const GET: RequestHandler = async ({ locals, params }) => {
	const format = params.format as keyof typeof TYPES;
	if (!(format in TYPES)) error(404, { message: 'Not found', code: 'not_found' });
	const result = await composeDecisionDeclaration(app().ctx, locals.actor, params.slug, params.id, locals.locale);
	if (!result.ok)
		error(result.error.code === 'forbidden' ? 403 : 404, {
			message: result.error.code === 'forbidden' ? 'Forbidden' : 'Not found',
			code: result.error.code
		});
	const { declaration, process, decision } = result.value;
	const body =
		format === 'docx'
			? new Uint8Array(await renderDeclarationDocx(declaration, locals.locale))
			: format === 'html'
				? `<!doctype html>\n<html lang="${locals.locale}"><head><meta charset="utf-8"><title>${declaration.title}</title></head><body>\n${declarationHtml(declaration, locals.locale)}\n</body></html>\n`
				: declarationText(declaration);
	const name = `dialogdeklaration-${process.slug}-${decision.caseNumber
		.replace(/[^A-Za-z0-9]+/g, '-')
		.replace(/^-|-$/g, '')
		.toLowerCase()}.${format}`;
	return new Response(body, {
		headers: {
			'content-type': TYPES[format],
			'content-disposition': `attachment; filename="${name}"`,
			'cache-control': 'private, no-store'
		}
	});
};
