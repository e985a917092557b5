/**
 * @module Uploads are checked by size and by what the bytes are, never by the file name alone: an Excel
 * workbook (XLSX) is a ZIP file and starts with `PK\x03\x04`; CSV and JSON are UTF-8 text without NUL bytes.
 * The size is checked before the body is read (Content-Length), and again on the bytes. Every refusal is a
 * field error with plain words and, where it helps, the numbers (the file's size and the limit).
 */
import type { FieldError } from '../modules/context';

export type UploadKind = 'csv' | 'xlsx' | 'json';
export type Upload = { name: string; bytes: Uint8Array };

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0]; // the old binary Excel (.xls) and Word (.doc)
const startsWith = (bytes: Uint8Array, magic: number[]) => magic.every((b, i) => bytes[i] === b);

/** Sizes as people read them: "450 kB", "5 MB" (Swedish decimal comma). */
export function formatSize(bytes: number): string {
	const sv = (n: number) => n.toLocaleString('sv-SE', { maximumFractionDigits: 1 });
	return bytes >= 1024 * 1024 ? `${sv(bytes / (1024 * 1024))} MB` : `${sv(Math.max(1, Math.round(bytes / 1024)))} kB`;
}

const fieldError = (field: string, message: string, params?: Record<string, string | number>): FieldError => ({
	field,
	message,
	...(params ? { params } : {})
});

export function tooLarge(field: string, size: number | null, maxBytes: number): FieldError {
	return size === null
		? fieldError(field, 'error.upload.tooLargeUnknown', { max: formatSize(maxBytes) })
		: fieldError(field, 'error.upload.tooLarge', { size: formatSize(size), max: formatSize(maxBytes) });
}

/**
 * What the uploaded bytes are, if they are one of the accepted kinds and within the size, else the error
 * to show at `field`. An empty upload is the caller's to explain (it knows what was asked for).
 */
export function checkUpload(
	upload: Upload,
	accept: UploadKind[],
	maxBytes: number,
	field = 'file'
): { ok: true; kind: UploadKind } | { ok: false; error: FieldError } {
	const { bytes, name } = upload;
	const fail = (message: string, params?: Record<string, string | number>) => ({
		ok: false as const,
		error: fieldError(field, message, params)
	});
	if (bytes.length > maxBytes) return { ok: false, error: tooLarge(field, bytes.length, maxBytes) };
	const wants = accept.includes('xlsx') ? 'error.upload.notSpreadsheet' : 'error.upload.notJson';
	if (startsWith(bytes, ZIP)) return accept.includes('xlsx') ? { ok: true, kind: 'xlsx' } : fail(wants);
	if (startsWith(bytes, OLE)) return fail(accept.includes('xlsx') ? 'error.upload.oldExcel' : wants);
	if (/\.xlsx$/i.test(name)) return fail('error.upload.notXlsx');
	if (bytes.includes(0)) return fail(wants);
	try {
		new TextDecoder('utf-8', { fatal: true }).decode(bytes);
	} catch {
		return fail('error.upload.notUtf8');
	}
	if (accept.includes('csv')) return { ok: true, kind: 'csv' };
	if (accept.includes('json')) return { ok: true, kind: 'json' };
	return fail(wants);
}

/** Room for the multipart envelope around the file (boundaries, headers, other fields). */
const ENVELOPE = 64 * 1024;

/**
 * The posted form with its file, without reading a body that is announced as too large, and with the
 * server's own body limit (BODY_SIZE_LIMIT) turned into the same plain message.
 */
export async function readUploadForm(
	request: Request,
	maxBytes: number,
	field = 'file'
): Promise<{ ok: true; form: FormData; upload: Upload | null } | { ok: false; error: FieldError }> {
	const announced = Number(request.headers.get('content-length'));
	if (Number.isFinite(announced) && announced > maxBytes + ENVELOPE) {
		void request.body?.cancel().catch(() => undefined);
		return { ok: false, error: tooLarge(field, Math.max(0, announced - 1024), maxBytes) };
	}
	let form: FormData;
	try {
		form = await request.formData();
	} catch (e) {
		// Over the server's BODY_SIZE_LIMIT while reading (e.g. no Content-Length), or a broken form.
		const isTooLarge = (e as { status?: number } | null)?.status === 413;
		return {
			ok: false,
			error: isTooLarge ? tooLarge(field, null, maxBytes) : fieldError(field, 'error.upload.unreadable')
		};
	}
	const file = form.get(field);
	const upload =
		file instanceof File && file.size > 0 ? { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) } : null;
	return { ok: true, form, upload };
}
