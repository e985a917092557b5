/**
 * The perspective report PDF: size and render time of the demo's Lillby report (seeded into an in-memory
 * PGlite database), in Swedish and English, and the same report with five quotes in Arabic, Ukrainian, Somali,
 * Finnish and Amharic added. Prints the process's first render (fonts read and parsed, nothing cached yet) and
 * the median of REPORT_PDF_BENCH_RUNS renders (default 9) after it.
 */
import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { openDatabase } from '../src/lib/server/db/client';
import { findDefaultOrganisation } from '../src/lib/server/modules/identity/queries/organisations';
import { findReport } from '../src/lib/server/modules/perspectives/queries/reports';
import { findProcessBySlug } from '../src/lib/server/modules/process/queries/processes';
import { renderReportPdf, type ReportPdfInput } from '../src/lib/server/render/report-pdf';
import { seedDemo } from '../src/lib/server/seed/demo';

const RUNS = Number(process.env.REPORT_PDF_BENCH_RUNS ?? 9);

const MANY_SCRIPTS = [
	'نحتاج إلى مكان للقاء في القرية، مفتوح في المساء أيضاً.',
	'Нам потрібне місце для зустрічей, відкрите й увечері.',
	'Waxaan u baahanahay meel aan ku kulanno oo fiidkii furan.',
	'Tarvitsemme kohtaamispaikan, joka on auki myös iltaisin.',
	'በመንደሩ ውስጥ የመሰብሰቢያ ቦታ ያስፈልገናል።'
];

async function timed(input: ReportPdfInput, locale: 'sv' | 'en') {
	const first = performance.now();
	await renderReportPdf(input, locale);
	const firstMs = performance.now() - first;
	const times: number[] = [];
	let size = 0;
	for (let i = 0; i < RUNS; i++) {
		const started = performance.now();
		size = (await renderReportPdf(input, locale)).length;
		times.push(performance.now() - started);
	}
	times.sort((a, b) => a - b);
	return { size, firstMs, median: times[Math.floor(times.length / 2)] };
}

export default async function main() {
	const database = await openDatabase({ inMemory: true });
	try {
		await database.migrate();
		await seedDemo({ db: database.db, now: () => new Date('2026-11-22T12:00:00Z'), newId: () => randomUUID() });
		const organisation = (await findDefaultOrganisation(database.db))!;
		const process = (await findProcessBySlug(database.db, organisation.id, 'leva-tillsammans-i-lillby'))!;
		const report = (await findReport(database.db, process.id))!;
		const input: ReportPdfInput = {
			report: report.snapshot,
			publishedAt: report.publishedAt,
			organisationName: organisation.name,
			reportUrl: 'http://localhost/processer/leva-tillsammans-i-lillby/rapport',
			influence: process.influence
		};
		const manyScripts: ReportPdfInput = {
			...input,
			report: {
				...input.report,
				themes: input.report.themes.map((t, i) => (i === 0 ? { ...t, quotes: [...t.quotes, ...MANY_SCRIPTS] } : t))
			}
		};
		console.log('| report | bytes | first render ms | median ms |');
		console.log('| --- | ---: | ---: | ---: |');
		for (const [name, data, locale] of [
			['Lillby, sv', input, 'sv'],
			['Lillby, en', input, 'en'],
			['Lillby + 5 scripts, sv', manyScripts, 'sv']
		] as const) {
			const { size, firstMs, median } = await timed(data, locale);
			console.log(`| ${name} | ${size.toLocaleString('en')} | ${firstMs.toFixed(0)} | ${median.toFixed(0)} |`);
		}
	} finally {
		await database.close();
	}
}
