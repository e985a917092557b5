/**
 * @module A facilitator saves one free-text section of the plan (context, conflict and risk, readiness).
 */
import type { Actor } from '../../../domain/access/can';
import type { PlanSection } from '../../../domain/plan/plan';
import { isPlanSection } from '../../../domain/plan/plan';
import { err, ok, type Result } from '../../../kernel/result';
import { sectionSchemas } from '../../../schemas/plan-input';
import { auditAs } from '../records/queries/audit';
import { loadSections, saveSection } from './queries/plan';
import type { UseCaseContext, UseCaseError } from '../context';
import { loadProcessFor } from '../process/load-process-for-staff';
import { zodFieldErrors } from '../process/process-input';

export async function savePlanSection(
	ctx: UseCaseContext,
	actor: Actor,
	slug: string,
	section: string,
	raw: unknown
): Promise<Result<{ section: PlanSection; changed: string[] }, UseCaseError>> {
	if (!isPlanSection(section)) return err({ code: 'not_found' });
	const loaded = await loadProcessFor(ctx, actor, 'plan.revise', slug);
	if (!loaded.ok) return loaded;
	const parsed = sectionSchemas[section].safeParse(raw);
	if (!parsed.success) return err({ code: 'invalid', fields: zodFieldErrors(parsed.error) });
	const { process, staff } = loaded.value;
	const before = (await loadSections(ctx.db, process.id))[section] as Record<string, string>;
	const content = parsed.data as Record<string, string>;
	const changed = Object.keys(content).filter((k) => before[k] !== content[k]);
	if (changed.length === 0) return ok({ section, changed });
	const now = ctx.now();
	await ctx.db.transaction(async (tx) => {
		await saveSection(tx, process.id, section, content as never, now);
		await auditAs(ctx, staff, now)(tx, 'plan.sectionSaved', 'process', process.id, { section, changed });
	});
	return ok({ section, changed });
}
