/**
 * @module Import the area's population by age from an SCB table (PxWeb v1 JSON or JSON-stat 2.0, as
 * downloaded from SCB's statistical database), summed into Medskapa's age bands, for the representation
 * comparison. The age dimension is found from the table's own metadata, never from hard-coded codes.
 */
import type { Actor } from '../../../domain/access/can';
import { err, ok, type Result } from '../../../kernel/result';
import { parseJsonStat2, parsePxWebV1, populationByBand, type ScbTable } from '../../../analysis/representation/index';
import { auditAs } from '../records/queries/audit';
import { saveProcess } from '../process/queries/processes';
import { UPLOAD_MAX_BYTES } from '../../config';
import { checkUpload, type Upload } from '../../security/uploads';
import type { UseCaseContext, UseCaseError } from '../context';
import { loadProcessFor } from '../process/load-process-for-staff';

function parseTable(text: string): { table: ScbTable; label: string } | null {
	let json: unknown;
	try {
		json = JSON.parse(text);
	} catch {
		return null;
	}
	const label = (json as { label?: unknown })?.label;
	const v2 = parseJsonStat2(json);
	if (v2.ok) return { table: v2.value, label: typeof label === 'string' ? label : 'SCB' };
	const v1 = parsePxWebV1(json);
	const v1Label = (json as { metadata?: { label?: unknown }[] })?.metadata?.[0]?.label;
	return v1.ok ? { table: v1.value, label: typeof v1Label === 'string' ? v1Label : 'SCB' } : null;
}

/** `maxBytes` is the installation's upload limit; the file must be UTF-8 text (JSON), whatever its name. */
export async function importPopulation(
	ctx: UseCaseContext,
	actor: Actor,
	slug: string,
	upload: Upload | null,
	maxBytes = UPLOAD_MAX_BYTES
): Promise<Result<{ population: Record<string, number> }, UseCaseError>> {
	const loaded = await loadProcessFor(ctx, actor, 'process.revise', slug);
	if (!loaded.ok) return loaded;
	const invalid = (message: string) => err({ code: 'invalid' as const, fields: [{ field: 'file', message }] });
	if (!upload || upload.bytes.length === 0) return invalid('error.population.file');
	const checked = checkUpload(upload, ['json'], maxBytes);
	if (!checked.ok) return err({ code: 'invalid', fields: [checked.error] });
	const text = new TextDecoder('utf-8').decode(upload.bytes);
	if (text.trim() === '') return invalid('error.population.file');
	const parsed = parseTable(text);
	if (!parsed) return invalid('error.population.format');
	const age = parsed.table.dimensions.find(
		(d) => /^(alder|ålder|age)$/i.test(d.code) || /^(ålder|age)$/i.test(d.label)
	);
	if (!age) return invalid('error.population.noAge');
	const bands = populationByBand(parsed.table, { ageDimension: age.code });
	if (!bands.ok) return invalid('error.population.format');
	const population = Object.fromEntries(
		Object.entries(bands.value.population).map(([band, n]) => [band, Math.round(n)])
	);
	if (Object.values(population).every((n) => n === 0)) return invalid('error.population.empty');
	const { process, staff } = loaded.value;
	const now = ctx.now();
	const updated = { ...process, population: { ageBand: population, source: parsed.label }, updatedAt: now };
	await ctx.db.transaction(async (tx) => {
		await saveProcess(tx, updated);
		await auditAs(ctx, staff, now)(tx, 'process.populationImported', 'process', process.id, {
			source: parsed.label,
			population,
			missing: bands.value.missing
		});
	});
	return ok({ population });
}
