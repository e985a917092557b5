/**
 * @module One process as an archive package in the style of E-ARK CSIP:
 *
 * ```
 * <slug>/METS.xml                              every other file with size and SHA-256
 * <slug>/metadata/descriptive/dc.xml           Dublin Core record (says that no personal data is included)
 * <slug>/metadata/preservation/premis.xml      PREMIS events from the audit log
 * <slug>/representations/rep1/data/*.csv|json  every record type, CSV and JSON (the panel drawn by lot too,
 *                                              with its public verification file)
 * <slug>/documentation/                        README.txt, and the perspective report PDF when published
 * ```
 *
 * Written as a folder by `medskapa export-archive`, or zipped for a staff download. No personal data.
 */
import { createHash } from 'node:crypto';
import type { Process } from '../../../domain/process/process';
import type { Db, Tx } from '../../db/client';
import { findReport } from '../../modules/perspectives/queries/reports';
import { renderReportPdf } from '../../render/report-pdf';
import { toCsv } from '../csv';
import { loadProcessRecords, STAFF_TABLES, tableForArchive, type RecordTable } from '../process-records';
import { loadArchiveTables } from './archive-tables';
import { loadPanelRecords } from './panel-tables';
import { dublinCore, PERSONAL_DATA_STATEMENT } from './dublin-core';
import { mets, type PackageFile } from './mets';
import { premis } from './premis';

export type ArchivePackage = {
	root: string;
	files: { path: string; data: Uint8Array }[];
	summary: { files: number; bytes: number; perspectives: number; hasReport: boolean };
};

const SOFTWARE_VERSION = '0.1.0';
const encoder = new TextEncoder();

function jsonValue(rows: RecordTable['rows']) {
	return rows.map((row) =>
		Object.fromEntries(Object.entries(row).map(([k, v]) => [k, v instanceof Date ? v.toISOString() : v]))
	);
}

function readme(
	process: Process,
	organisation: string,
	hasReport: boolean,
	hasDraw: boolean,
	tables: string[]
): string {
	return [
		`Arkivpaket: ${process.title}`,
		`Organisation: ${organisation}`,
		`Fråga: ${process.question}`,
		'',
		'Paketet är uppbyggt som E-ARK CSIP: METS.xml i roten listar varje fil med storlek och SHA-256-kontrollsumma.',
		'metadata/descriptive/dc.xml beskriver processen (Dublin Core). metadata/preservation/premis.xml är',
		'granskningsloggen som PREMIS-händelser. representations/rep1/data/ har varje tabell som CSV (UTF-8 med BOM)',
		'och JSON med samma fält.',
		hasReport
			? 'documentation/perspektivrapport.pdf är den publicerade perspektivrapporten.'
			: 'Ingen perspektivrapport var publicerad när paketet gjordes.',
		...(hasDraw
			? [
					'Tabellerna panel* är medborgarpanelen som lottades: metod, kvoter, slumptal, varje anmälds chans och de valda',
					'med sina svar, allt under anonyma koder. panel_verification.json är samma verifieringsfil som på den',
					'offentliga sidan; dragningen går att göra om med `medskapa verify-draw`.'
				]
			: []),
		'',
		`Tabeller: ${tables.join(', ')}.`,
		'',
		PERSONAL_DATA_STATEMENT.sv,
		'',
		PERSONAL_DATA_STATEMENT.en,
		''
	].join('\r\n');
}

export async function buildArchivePackage(
	db: Db | Tx,
	input: { process: Process; organisation: string; now: Date; publicUrl: string; packageEventId: string }
): Promise<ArchivePackage> {
	const { process, organisation, now } = input;
	const root = process.slug;
	const sha = (data: Uint8Array) => createHash('sha256').update(data).digest('hex');
	const file = (path: string, data: Uint8Array, mimeType: string): PackageFile => ({
		path,
		data,
		mimeType,
		sha256: sha(data),
		created: now
	});

	const records = await loadProcessRecords(db, process, 'archive');
	const staffTables = STAFF_TABLES.filter((k) => k !== 'logg').map((k) => records.tables[k]);
	const proposalIds = records.tables.forslag.rows.map((r) => String(r.id));
	const panel = await loadPanelRecords(db, process);
	const tables = [...(await loadArchiveTables(db, process, proposalIds)), ...staffTables, ...panel.tables];

	const representation: PackageFile[] = [];
	for (const t of tables) {
		representation.push(
			file(`representations/rep1/data/${t.key}.csv`, encoder.encode(toCsv(tableForArchive(t))), 'text/csv')
		);
		representation.push(
			file(
				`representations/rep1/data/${t.key}.json`,
				encoder.encode(`${JSON.stringify(jsonValue(t.rows), null, 2)}\n`),
				'application/json'
			)
		);
	}
	if (panel.verification) {
		representation.push(
			file(
				'representations/rep1/data/panel_verification.json',
				encoder.encode(`${JSON.stringify(panel.verification, null, 2)}\n`),
				'application/json'
			)
		);
	}
	const report = await findReport(db, process.id);
	if (report) {
		const snapshot = { publishedAt: report.publishedAt.toISOString(), ...report.snapshot };
		representation.push(
			file(
				'representations/rep1/data/perspective_report.json',
				encoder.encode(`${JSON.stringify(snapshot, null, 2)}\n`),
				'application/json'
			)
		);
	}

	const documentation: PackageFile[] = [
		file(
			'documentation/README.txt',
			encoder.encode(
				readme(
					process,
					organisation,
					Boolean(report),
					Boolean(panel.verification),
					tables.map((t) => t.key)
				)
			),
			'text/plain'
		)
	];
	if (report) {
		const pdf = await renderReportPdf(
			{
				report: report.snapshot,
				publishedAt: report.publishedAt,
				organisationName: organisation,
				reportUrl: `${input.publicUrl}/processer/${process.slug}/rapport`,
				influence: process.influence
			},
			'sv'
		);
		documentation.push(file('documentation/perspektivrapport.pdf', new Uint8Array(pdf), 'application/pdf'));
	}

	const descriptive = file(
		'metadata/descriptive/dc.xml',
		encoder.encode(dublinCore({ process, organisation, createdAt: now })),
		'text/xml'
	);
	const preservation = file(
		'metadata/preservation/premis.xml',
		encoder.encode(
			premis({
				processId: process.id,
				audit: records.audit,
				packageEvent: { id: input.packageEventId, at: now, detail: `Arkivpaket skapat av Medskapa ${SOFTWARE_VERSION}` }
			})
		),
		'text/xml'
	);
	const root_mets = encoder.encode(
		mets({
			objectId: process.slug,
			label: process.title,
			organisation,
			createdAt: now,
			softwareVersion: SOFTWARE_VERSION,
			personalDataNote: PERSONAL_DATA_STATEMENT.sv,
			descriptive,
			preservation,
			documentation,
			representation
		})
	);

	const all = [{ path: 'METS.xml', data: root_mets }, descriptive, preservation, ...documentation, ...representation];
	const files = all.map((f) => ({ path: `${root}/${f.path}`, data: f.data }));
	return {
		root,
		files,
		summary: {
			files: files.length,
			bytes: files.reduce((n, f) => n + f.data.length, 0),
			perspectives: records.tables.perspektiv.rows.length,
			hasReport: Boolean(report)
		}
	};
}
