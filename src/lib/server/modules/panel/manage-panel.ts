/**
 * @module The facilitator sets up a panel in a process: name, size, reserves, questions (from templates or
 * their own) and quotas prefilled from the population; opens and closes recruitment; edits the quotas.
 */
import type { Actor } from '../../../domain/access/can';
import {
	FEATURE_TEMPLATE_KEYS,
	featureTemplate,
	NAME_MAX,
	PANEL_SIZE_MAX,
	parseCustomFeatures,
	quotasFromPopulation,
	readQuotas,
	type Panel,
	type PanelFeature
} from '../../../domain/panel/panel';
import { err, ok, type Result } from '../../../kernel/result';
import { auditAs } from '../records/queries/audit';
import { findCurrentDraw, findPanel, insertPanel, savePanel } from './queries/panels';
import type { FieldError, UseCaseContext, UseCaseError } from '../context';
import { loadProcessFor } from '../process/load-process-for-staff';

export type PanelError = UseCaseError | { code: 'no_panel' } | { code: 'already_drawn' } | { code: 'exists' };

const str = (raw: unknown, key: string) => {
	const v = raw && typeof raw === 'object' ? (raw as Record<string, unknown>)[key] : undefined;
	return typeof v === 'string' ? v.trim() : '';
};

export async function createPanel(
	ctx: UseCaseContext,
	actor: Actor,
	slug: string,
	raw: unknown
): Promise<Result<Panel, PanelError>> {
	const loaded = await loadProcessFor(ctx, actor, 'panel.manage', slug);
	if (!loaded.ok) return loaded;
	const { process, staff } = loaded.value;
	if (await findPanel(ctx.db, process.id)) return err({ code: 'exists' });
	const fields: FieldError[] = [];
	const name = str(raw, 'name');
	if (!name || name.length > NAME_MAX) fields.push({ field: 'name', message: 'error.panel.name' });
	const size = Number(str(raw, 'size'));
	if (!Number.isInteger(size) || size < 2 || size > PANEL_SIZE_MAX)
		fields.push({ field: 'size', message: 'error.panel.size' });
	const reservesText = str(raw, 'reserves') || '0';
	const reserves = Number(reservesText);
	if (!Number.isInteger(reserves) || reserves < 0 || reserves > 100)
		fields.push({ field: 'reserves', message: 'error.panel.reserves' });
	const chosen = (raw as { features?: Record<string, unknown> } | null)?.features ?? {};
	const areas = str(raw, 'areas')
		.split(/\r?\n/)
		.map((a) => a.trim())
		.filter(Boolean);
	const features: PanelFeature[] = [];
	for (const key of FEATURE_TEMPLATE_KEYS) {
		if (!chosen || typeof chosen !== 'object' || !(key in chosen)) continue;
		if (key === 'omrade' && (areas.length < 2 || new Set(areas.map((a) => a.toLowerCase())).size !== areas.length)) {
			fields.push({ field: 'areas', message: 'error.panel.areas' });
			continue;
		}
		features.push(featureTemplate(key, areas));
	}
	const custom = parseCustomFeatures(str(raw, 'custom'));
	if (custom.badLines.length > 0) fields.push({ field: 'custom', message: 'error.panel.custom' });
	for (const f of custom.features) {
		if (features.some((x) => x.key === f.key)) fields.push({ field: 'custom', message: 'error.panel.customDuplicate' });
		else features.push(f);
	}
	if (features.length === 0 && !fields.some((f) => f.field === 'areas' || f.field === 'custom'))
		fields.push({ field: 'features-alder', message: 'error.panel.features' });
	if (fields.length > 0) return err({ code: 'invalid', fields });
	const now = ctx.now();
	const panel: Panel = {
		id: ctx.newId(),
		processId: process.id,
		name,
		size,
		reserves,
		householdCheck: str(raw, 'householdCheck') === 'on',
		features,
		quotas: quotasFromPopulation(features, process.population, size),
		isRecruiting: false,
		createdAt: now,
		updatedAt: now
	};
	await ctx.db.transaction(async (tx) => {
		await insertPanel(tx, panel);
		await auditAs(ctx, staff, now)(tx, 'panel.created', 'panel', panel.id, {
			name,
			size,
			reserves,
			features: features.map((f) => f.key)
		});
	});
	return ok(panel);
}

export async function loadPanelFor(
	ctx: UseCaseContext,
	actor: Actor,
	slug: string,
	action: 'panel.view' | 'panel.manage' | 'panel.contacts'
) {
	const loaded = await loadProcessFor(ctx, actor, action, slug);
	if (!loaded.ok) return loaded;
	const panel = await findPanel(ctx.db, loaded.value.process.id);
	if (!panel) return err({ code: 'no_panel' as const });
	return ok({ ...loaded.value, panel });
}

/** Open or close the public interest form. A drawn panel recruits no more. */
export async function setPanelRecruiting(
	ctx: UseCaseContext,
	actor: Actor,
	slug: string,
	isRecruiting: boolean
): Promise<Result<Panel, PanelError>> {
	const loaded = await loadPanelFor(ctx, actor, slug, 'panel.manage');
	if (!loaded.ok) return loaded;
	const { panel, staff } = loaded.value;
	if (isRecruiting && (await findCurrentDraw(ctx.db, panel.id))?.status === 'drawn')
		return err({ code: 'already_drawn' });
	const now = ctx.now();
	const updated = { ...panel, isRecruiting, updatedAt: now };
	await ctx.db.transaction(async (tx) => {
		await savePanel(tx, updated);
		await auditAs(ctx, staff, now)(
			tx,
			isRecruiting ? 'panel.recruitingOpened' : 'panel.recruitingClosed',
			'panel',
			panel.id
		);
	});
	return ok(updated);
}

/** Save the quotas from the plain quota form (every bound a whole number from 0 to the panel size). */
export async function setPanelQuotas(
	ctx: UseCaseContext,
	actor: Actor,
	slug: string,
	raw: unknown
): Promise<Result<Panel, PanelError>> {
	const loaded = await loadPanelFor(ctx, actor, slug, 'panel.manage');
	if (!loaded.ok) return loaded;
	const { panel, staff } = loaded.value;
	if ((await findCurrentDraw(ctx.db, panel.id))?.status === 'drawn') return err({ code: 'already_drawn' });
	const { quotas, errors } = readQuotas(panel.features, panel.size, raw);
	if (errors.length > 0) return err({ code: 'invalid', fields: errors });
	const now = ctx.now();
	const updated = { ...panel, quotas, updatedAt: now };
	await ctx.db.transaction(async (tx) => {
		await savePanel(tx, updated);
		await auditAs(ctx, staff, now)(tx, 'panel.quotasSet', 'panel', panel.id, { quotas });
	});
	return ok(updated);
}
