import { error, redirect } from '@sveltejs/kit';
import { failFromUseCase, formToObject, loaded } from '$lib/server/forms';
import { app } from '$lib/server/app';
import { SECTION_SLUGS } from '$lib/server/plan-routes';
import { loadPlanSectionForm, savePlanSection } from '$lib/server/modules/planning';
import type { Actions, PageServerLoad } from './$types';

const sectionOf = (slug: string) => SECTION_SLUGS[slug as keyof typeof SECTION_SLUGS] ?? null;

export const load: PageServerLoad = async ({ locals, params }) => {
	const section = sectionOf(params.section);
	if (!section) error(404, { message: 'Not found', code: 'not_found' });
	const { process, plan } = loaded(await loadPlanSectionForm(app().ctx, locals.actor, params.slug));
	return {
		process: { slug: process.slug, title: process.title, question: process.question },
		section,
		content: plan.sections[section] as Record<string, string>
	};
};

export const actions: Actions = {
	default: async ({ request, locals, params }) => {
		const values = formToObject(await request.formData());
		const section = sectionOf(params.section);
		if (!section) error(404, { message: 'Not found', code: 'not_found' });
		const result = await savePlanSection(app().ctx, locals.actor, params.slug, section, values);
		if (!result.ok) return failFromUseCase(result.error, values);
		redirect(
			303,
			`/hantera/processer/${params.slug}/plan?sparad=${section}#${section === 'readiness' ? 'readiness' : section}-heading`
		);
	}
};
