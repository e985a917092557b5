import { describe, expect, it } from 'vitest';
import { translator } from '../../i18n/index';
import { checkUpload, formatSize, readUploadForm } from './uploads';

const bytes = (...b: number[]) => new Uint8Array(b);
const text = (s: string) => new TextEncoder().encode(s);
const MB = 1024 * 1024;

describe('uploads are checked by what the bytes are', () => {
	it('takes an XLSX by its ZIP signature and CSV as UTF-8 text, whatever the names say', () => {
		expect(
			checkUpload({ name: 'anmalda.xlsx', bytes: bytes(0x50, 0x4b, 0x03, 0x04, 1, 2) }, ['csv', 'xlsx'], MB)
		).toEqual({ ok: true, kind: 'xlsx' });
		expect(checkUpload({ name: 'anmalda.csv', bytes: bytes(0x50, 0x4b, 0x03, 0x04) }, ['csv', 'xlsx'], MB)).toEqual({
			ok: true,
			kind: 'xlsx'
		});
		expect(
			checkUpload(
				{ name: 'anmalda', bytes: text('\uFEFFnamn;e-post\nÅsa Öberg;asa@exempel.se\n') },
				['csv', 'xlsx'],
				MB
			)
		).toEqual({ ok: true, kind: 'csv' });
		expect(checkUpload({ name: 'scb.txt', bytes: text('{"class":"dataset"}') }, ['json'], MB)).toEqual({
			ok: true,
			kind: 'json'
		});
	});

	it('refuses other files with what to do', () => {
		const refuse = (name: string, b: Uint8Array, accept: ('csv' | 'xlsx' | 'json')[] = ['csv', 'xlsx']) => {
			const r = checkUpload({ name, bytes: b }, accept, MB);
			return r.ok ? null : r.error.message;
		};
		expect(refuse('anmalda.xlsx', text('namn,e-post\n'))).toBe('error.upload.notXlsx');
		expect(refuse('anmalda.xls', bytes(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1))).toBe('error.upload.oldExcel');
		expect(refuse('bild.csv', bytes(0x89, 0x50, 0x4e, 0x47, 0x00, 0x0d))).toBe('error.upload.notSpreadsheet');
		// "Åsa" saved as Windows-1252 (Excel's plain "CSV"): not UTF-8.
		expect(refuse('anmalda.csv', bytes(0x6e, 0x61, 0x6d, 0x6e, 0x0a, 0xc5, 0x73, 0x61))).toBe('error.upload.notUtf8');
		expect(refuse('scb.json', bytes(0x50, 0x4b, 0x03, 0x04), ['json'])).toBe('error.upload.notJson');
		expect(refuse('scb.json', bytes(0x7b, 0x00, 0x7d), ['json'])).toBe('error.upload.notJson');
	});

	it('refuses a file over the limit and says both sizes', () => {
		const r = checkUpload({ name: 'stor.csv', bytes: new Uint8Array(Math.round(1.5 * MB)).fill(0x61) }, ['csv'], MB);
		expect(r.ok).toBe(false);
		if (r.ok) return;
		expect(translator('sv')(r.error.message as never, r.error.params)).toBe(
			'Filen är 1,5 MB. Välj en fil som är högst 1 MB.'
		);
		expect(formatSize(448 * 1024)).toBe('448 kB');
		expect(formatSize(5 * MB)).toBe('5 MB');
	});

	it('does not read a body announced as too large, and explains a form it cannot read', async () => {
		const big = new Request('http://x/', {
			method: 'POST',
			headers: { 'content-type': 'multipart/form-data; boundary=x', 'content-length': String(20 * MB) },
			body: 'not read'
		});
		const r = await readUploadForm(big, 5 * MB);
		expect(r.ok ? null : r.error).toMatchObject({
			field: 'file',
			message: 'error.upload.tooLarge',
			params: { max: '5 MB' }
		});
		const broken = new Request('http://x/', {
			method: 'POST',
			headers: { 'content-type': 'multipart/form-data; boundary=x' },
			body: 'no multipart here'
		});
		const b = await readUploadForm(broken, 5 * MB);
		expect(b.ok ? null : b.error).toEqual({ field: 'file', message: 'error.upload.unreadable' });
		const form = new FormData();
		form.set('file', new File([text('namn\n')], 'a.csv'));
		const ok = await readUploadForm(new Request('http://x/', { method: 'POST', body: form }), 5 * MB);
		expect(ok.ok && ok.upload?.name).toBe('a.csv');
	});
});
