/**
 * @module The panel drawn by lot, for the archive: what the public panel page and its verification file show,
 * and nothing more. Method, quotas, the seed and the draw's verification data, each volunteer's chance by
 * pseudonymous code, and the selected codes and reserves in order. Never a person's answers by code (the
 * public page shows only counts, small groups hidden), nor a name, contact detail,
 * address or household key, and never a volunteer's row id (codes are what the public record uses).
 */
import { quotaOf } from '../../../domain/panel/panel';
import { verificationFile } from '../../../domain/panel/draw';
import type { Process } from '../../../domain/process/process';
import type { Db, Tx } from '../../db/client';
import { countPool, findPanel, listDraws } from '../../modules/panel/queries/panels';
import type { Cell } from '../csv';
import type { RecordTable } from '../process-records';

const table = (key: string, columns: string[], rows: Record<string, Cell>[]): RecordTable => ({
	key,
	columns: columns.map((c) => ({ key: c })),
	rows
});

export type PanelRecords = { tables: RecordTable[]; verification: ReturnType<typeof verificationFile> | null };

/** Nothing when the process has no panel. */
export async function loadPanelRecords(db: Db | Tx, process: Process): Promise<PanelRecords> {
	const panel = await findPanel(db, process.id);
	if (!panel) return { tables: [], verification: null };
	const draws = await listDraws(db, panel.id);
	const drawn =
		draws.find((d) => d.status === 'drawn' && d.supersededAt === null && d.lottery && d.outcome && d.drawnAt) ?? null;
	// After the draw, everything as it was drawn; before it, the panel as it is set up now.
	const features = drawn ? drawn.inputs.features : panel.features;
	const quotas = drawn ? drawn.inputs.quotas : panel.quotas;
	const k = drawn ? drawn.inputs.k : panel.size;
	const lottery = drawn?.lottery ?? null;
	const verification = drawn?.outcome?.verification ?? null;

	const panelRow: Record<string, Cell> = {
		name: panel.name,
		method: 'leximin',
		size: k,
		reserves: drawn ? drawn.inputs.reserves : panel.reserves,
		household_check: drawn ? drawn.inputs.householdCheck : panel.householdCheck,
		features: JSON.stringify(features.map((f) => ({ key: f.key, label: f.label, values: f.values }))),
		volunteers: drawn ? drawn.inputs.pool.length : await countPool(db, panel.id),
		status: drawn ? 'drawn' : panel.isRecruiting ? 'recruiting' : 'not_drawn',
		procedure: verification?.procedure ?? null,
		reserves_procedure: verification?.reservesProcedure ?? null,
		seed: drawn?.seed ?? null,
		random: verification?.random ?? null,
		drawn_index: verification?.drawnIndex ?? null,
		drawn_at: drawn?.drawnAt ?? null,
		features_sha256: verification?.inputs.featuresSha256 ?? null,
		pool_sha256: verification?.inputs.poolSha256 ?? null,
		possible_panels: lottery?.lottery.length ?? null,
		min_probability: lottery?.stats.min ?? null,
		gini: lottery?.stats.gini ?? null,
		geometric_mean: lottery?.stats.geometricMean ?? null,
		upper_bound: lottery?.stats.upperBound ?? null,
		is_optimal: lottery?.isOptimal ?? null
	};
	const quotaRows = features.flatMap((f) =>
		f.values.map((v) => {
			const q = quotaOf(quotas, f.key, v.key, k);
			return { feature: f.key, feature_label: f.label, value: v.key, value_label: v.label, min: q.min, max: q.max };
		})
	);
	const never = new Map((lottery?.neverSelectable ?? []).map((n) => [n.code, n.reason]));
	const probabilityRows = drawn
		? drawn.inputs.pool.map((p) => ({
				code: p.code,
				probability: lottery?.probabilities[p.code] ?? 0,
				never_selectable: never.get(p.code) ?? null
			}))
		: [];
	const selectedRows = drawn?.outcome
		? [
				...drawn.outcome.selected.map((code, i) => ({ code, role: 'selected', position: i + 1 })),
				...drawn.outcome.reserves.map((code, i) => ({ code, role: 'reserve', position: i + 1 }))
			]
		: [];
	const lotteryRows = (lottery?.lottery ?? []).map((e, i) => ({
		index: i,
		probability: e.probability,
		panel: JSON.stringify(e.panel)
	}));
	const drawRows = draws
		.filter((d) => d.status === 'drawn')
		.map((d) => ({
			seed: d.seed,
			drawn_at: d.drawnAt,
			superseded_at: d.supersededAt,
			superseded_reason: d.supersededReason,
			pool_sha256: d.outcome?.verification.inputs.poolSha256 ?? null
		}));

	return {
		tables: [
			table('panel', Object.keys(panelRow), [panelRow]),
			table('panel_quotas', ['feature', 'feature_label', 'value', 'value_label', 'min', 'max'], quotaRows),
			table('panel_probabilities', ['code', 'probability', 'never_selectable'], probabilityRows),
			table('panel_selected', ['code', 'role', 'position'], selectedRows),
			table('panel_lottery', ['index', 'probability', 'panel'], lotteryRows),
			table('panel_draws', ['seed', 'drawn_at', 'superseded_at', 'superseded_reason', 'pool_sha256'], drawRows)
		],
		verification:
			drawn?.lottery && drawn.outcome && drawn.drawnAt
				? verificationFile({
						process: process.slug,
						panel: panel.name,
						drawnAt: drawn.drawnAt,
						inputs: drawn.inputs,
						lottery: drawn.lottery,
						outcome: drawn.outcome
					})
				: null
	};
}
