/**
 * @module Tables as one Excel workbook (XLSX), one worksheet per table, through exceljs. Every text cell
 * goes through the same formula guard as CSV, and is written as a plain string, never as a formula.
 */
import ExcelJS from 'exceljs';
import { guardCell, type Table } from './csv';

/** Excel allows at most 31 characters and none of : \ / ? * [ ] in a sheet name. */
function sheetName(name: string, taken: Set<string>): string {
	const base = name.replace(/[:\\/?*[\]]/g, ' ').slice(0, 31) || 'Blad';
	let candidate = base;
	for (let i = 2; taken.has(candidate.toLowerCase()); i++) candidate = `${base.slice(0, 28)} ${i}`;
	taken.add(candidate.toLowerCase());
	return candidate;
}

export async function toXlsx(
	tables: Table[],
	meta: { creator: string; title: string; created: Date }
): Promise<Uint8Array> {
	const workbook = new ExcelJS.Workbook();
	workbook.creator = meta.creator;
	workbook.title = meta.title;
	workbook.created = meta.created;
	const taken = new Set<string>();
	for (const table of tables) {
		const sheet = workbook.addWorksheet(sheetName(table.name, taken), { views: [{ state: 'frozen', ySplit: 1 }] });
		sheet.addRow(table.columns.map((c) => guardCell(c)));
		sheet.getRow(1).font = { bold: true };
		for (const row of table.rows) sheet.addRow(row.map((c) => guardCell(c)));
		sheet.columns.forEach((column, i) => {
			const longest = Math.max(
				table.columns[i]?.length ?? 0,
				...table.rows.slice(0, 200).map((r) => String(r[i] ?? '').length)
			);
			column.width = Math.min(60, Math.max(10, longest + 2));
		});
	}
	return new Uint8Array(await workbook.xlsx.writeBuffer());
}
