import { countByValue } from '$lib/domain/panel/draw';
import { quotaOf } from '$lib/domain/panel/panel';
import { app } from '$lib/server/app';
import { listPool } from '$lib/server/modules/panel/queries/panels';
import { loadPublicPanel } from './public-panel';
import type { PageServerLoad } from './$types';

/** Groups smaller than this are never shown publicly. */
const SMALL = 5;

export const load: PageServerLoad = async ({ locals, params }) => {
	const { process, panel, drawn, superseded } = await loadPublicPanel(locals, params.slug);
	// After the draw the page shows the pool as it was drawn from; before, the pool as it is now.
	const pool = drawn ? drawn.inputs.pool : await listPool(app().database.db, panel.id);
	const features = drawn ? drawn.inputs.features : panel.features;
	const quotas = drawn ? drawn.inputs.quotas : panel.quotas;
	const counts = countByValue(features, pool);
	return {
		process: { slug: process.slug, title: process.title, question: process.question, isPublished: process.isPublished },
		panel: {
			name: panel.name,
			size: drawn?.inputs.k ?? panel.size,
			reserves: drawn?.inputs.reserves ?? panel.reserves,
			isRecruiting: panel.isRecruiting && !drawn,
			householdCheck: panel.householdCheck
		},
		volunteers: pool.length,
		quotas: features.map((f) => ({
			key: f.key,
			label: f.label,
			values: f.values.map((v) => {
				const q = quotaOf(quotas, f.key, v.key, panel.size);
				const n = counts[f.key][v.key];
				return { key: v.key, label: v.label, min: q.min, max: q.max, volunteers: n >= SMALL || n === 0 ? n : null };
			})
		})),
		draw: drawn && {
			seed: drawn.seed!,
			drawnAt: drawn.drawnAt!,
			min: drawn.lottery!.stats.min,
			isOptimal: drawn.lottery!.isOptimal,
			panels: drawn.lottery!.lottery.length,
			featuresSha256: drawn.outcome!.verification.inputs.featuresSha256,
			poolSha256: drawn.outcome!.verification.inputs.poolSha256
		},
		superseded: superseded.map((d) => ({ seed: d.seed, drawnAt: d.drawnAt, reason: d.supersededReason }))
	};
};
