/**
 * @module Staff download a process's records: one table as CSV, or every table in one XLSX workbook. Read in one
 * transaction (a consistent copy) that also writes the audit event: who exported which table of which
 * process in which format, never the content.
 */
import type { Actor } from '../../../domain/access/can';
import { ok, type Result } from '../../../kernel/result';
import { translator, type Locale } from '../../../i18n/index';
import type { Db } from '../../db/client';
import { auditAs } from './queries/audit';
import { toCsv } from '../../export/csv';
import { loadProcessRecords, STAFF_TABLES, tableForPeople, type StaffTableKey } from '../../export/process-records';
import { toXlsx } from '../../export/xlsx';
import type { UseCaseContext, UseCaseError } from '../context';
import { loadProcessFor } from '../process/load-process-for-staff';

export type ExportRequest = { format: 'csv'; table: StaffTableKey } | { format: 'xlsx'; table: 'alla' };
export type ExportFile = { filename: string; contentType: string; body: Uint8Array };

export const CONTENT_TYPES = {
	csv: 'text/csv; charset=utf-8',
	xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
} as const;

export async function exportProcessRecords(
	ctx: UseCaseContext,
	actor: Actor,
	slug: string,
	request: ExportRequest,
	locale: Locale
): Promise<Result<ExportFile, UseCaseError>> {
	const loaded = await loadProcessFor(ctx, actor, 'export.download', slug);
	if (!loaded.ok) return loaded;
	const { process, staff } = loaded.value;
	const t = translator(locale);
	const now = ctx.now();
	return ctx.db.transaction(async (tx) => {
		const { tables } = await loadProcessRecords(tx as unknown as Db, process, 'staff');
		let file: ExportFile;
		let rows: number;
		if (request.format === 'csv') {
			const table = tableForPeople(tables[request.table], t);
			rows = table.rows.length;
			file = {
				filename: `${process.slug}-${request.table}.csv`,
				contentType: CONTENT_TYPES.csv,
				body: new TextEncoder().encode(toCsv(table))
			};
		} else {
			const all = STAFF_TABLES.map((key) => tableForPeople(tables[key], t));
			rows = all.reduce((n, table) => n + table.rows.length, 0);
			const body = await toXlsx(all, { creator: 'Medskapa', title: process.title, created: now });
			file = { filename: `${process.slug}.xlsx`, contentType: CONTENT_TYPES.xlsx, body };
		}
		await auditAs(ctx, staff, now)(tx, 'export.downloaded', 'process', process.id, {
			format: request.format,
			table: request.table,
			rows
		});
		return ok(file);
	});
}
