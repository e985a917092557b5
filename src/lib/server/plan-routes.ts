/**
 * @module Route plumbing shared by the plan pages: loading a process with its plan for staff, and the
 * add / update / withdraw actions of the plan's lists (actor groups, activities, adaptations).
 */
import { fail, redirect, type RequestEvent } from '@sveltejs/kit';
import type { PlanItemKind } from '../domain/plan/plan';
import { app } from './app';
import { failFromUseCase, formToObject, loaded } from './forms';
import { loadStaffPlan, managePlanItem } from './modules/planning';

/** The plan and its process for a plan page, or the 403/404 page; `canRevise` from the gate. */
export async function loadPlanForStaff(locals: App.Locals, slug: string) {
	const { process, plan, permissions } = loaded(await loadStaffPlan(app().ctx, locals.actor, slug));
	return { process, plan, canRevise: permissions['plan.revise'] };
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
