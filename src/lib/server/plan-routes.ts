/**
 * @module Route plumbing shared by the plan pages: loading a process with its plan for staff, and the
 * add / update / withdraw actions of the plan's lists (actor groups, activities, adaptations).
 */
import { error, fail, redirect, type RequestEvent } from '@sveltejs/kit';
import { can } from '../domain/access/can';
import type { PlanItemKind } from '../domain/plan/plan';
import { app } from './app';
import { findProcessBySlug } from './modules/process/queries/processes';
import { failFromUseCase, formToObject } from './forms';
import { loadPlan } from './modules/planning/load-plan';
import { managePlanItem } from './modules/planning/manage-plan-items';
import { deny } from './forms';

export async function loadPlanForStaff(locals: App.Locals, slug: string) {
	if (!can(locals.actor, 'plan.read') || !locals.organisation) deny('plan.read');
	const db = app().database.db;
	const process = await findProcessBySlug(db, locals.organisation.id, slug);
	if (!process) error(404, { message: 'Not found', code: 'not_found' });
	return { process, plan: await loadPlan(db, process), canRevise: can(locals.actor, 'plan.revise') };
}

/** Section slugs in the address (Swedish) ↔ section keys. */
export const SECTION_SLUGS = { omvarld: 'context', konflikter: 'conflict', redo: 'readiness' } as const;

export function planItemActions(kind: PlanItemKind, page: string) {
	const run =
		(command: 'add' | 'update' | 'withdraw') =>
		async ({ request, locals, params }: RequestEvent) => {
			const form = await request.formData();
			const values = formToObject(form);
			const id = String(form.get('id') ?? '');
			const target = command === 'add' ? 'new' : id;
			const result = await managePlanItem(
				app().ctx,
				locals.actor,
				params.slug!,
				kind,
				command === 'add' ? { command } : { command, id },
				values
			);
			if (!result.ok) {
				if (result.error.code === 'invalid') return fail(400, { values, errors: result.error.fields, target });
				return failFromUseCase(result.error, values);
			}
			redirect(
				303,
				`/hantera/processer/${params.slug}/plan/${page}?sparad=${command}#${command === 'withdraw' ? 'main' : `item-${result.value.id}`}`
			);
		};
	return { add: run('add'), update: run('update'), withdraw: run('withdraw') };
}
