import { error } from '@sveltejs/kit';
import { app } from '$lib/server/app';
import { isStaffTable } from '$lib/server/export/process-records';
import { failFromUseCase } from '$lib/server/forms';
import { downloadArchivePackage, exportProcessRecords, type ExportRequest } from '$lib/server/modules/records';
import type { RequestHandler } from './$types';

/** `perspektiv.csv`, `teman.csv`, … one table as CSV; `alla.xlsx` every table in one workbook. */
function parseFile(file: string): ExportRequest | null {
	const [name, ext] = file.split('.');
	if (ext === 'csv' && isStaffTable(name)) return { format: 'csv', table: name };
	if (ext === 'xlsx' && name === 'alla') return { format: 'xlsx', table: 'alla' };
	return null;
}

const download = (body: Uint8Array, filename: string, contentType: string) =>
	new Response(body as Uint8Array<ArrayBuffer>, {
		headers: {
			'content-type': contentType,
			'content-disposition': `attachment; filename="${filename}"`,
			'cache-control': 'private, no-store'
		}
	});

export const GET: RequestHandler = async ({ locals, params, url }) => {
	if (params.file === 'arkivpaket.zip') {
		const result = await downloadArchivePackage(app().ctx, locals.actor, params.slug, url.origin);
		if (!result.ok) return failFromUseCase(result.error, {}) as never;
		return download(result.value.body, result.value.filename, 'application/zip');
	}
	const request = parseFile(params.file);
	if (!request) error(404, { message: 'Not found', code: 'not_found' });
	const result = await exportProcessRecords(app().ctx, locals.actor, params.slug, request, locals.locale);
	if (!result.ok) return failFromUseCase(result.error, {}) as never;
	return download(result.value.body, result.value.filename, result.value.contentType);
};
