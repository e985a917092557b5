import { fail, redirect } from '@sveltejs/kit';
import { groupLessons } from '$lib/domain/learning/lesson';
import { app } from '$lib/server/app';
import { failFromUseCase, formToObject, loaded } from '$lib/server/forms';
import { loadLessonsForStaff, recordLesson, reviseLesson, withdrawLesson } from '$lib/server/modules/learning';
import type { Actions, PageServerLoad } from './$types';

const DONE = ['recorded', 'revised', 'withdrawn'] as const;

export const load: PageServerLoad = async ({ locals, params, url }) => {
	const { process, lessons, permissions } = loaded(await loadLessonsForStaff(app().ctx, locals.actor, params.slug));
	const done = url.searchParams.get('done');
	return {
		process: { slug: process.slug, title: process.title, isPublished: process.isPublished },
		groups: groupLessons(lessons).map((g) => ({
			kind: g.kind,
			lessons: g.lessons.map((l) => ({ id: l.id, kind: l.kind, text: l.text, isPublic: l.isPublic }))
		})),
		hasPublic: lessons.some((l) => l.isPublic),
		canRecord: permissions['lesson.record'],
		done: DONE.find((d) => d === done) ?? null
	};
};

const back = (slug: string, done: (typeof DONE)[number], id = '') =>
	`/hantera/processer/${slug}/lardomar?done=${done}${id ? `#lesson-${id}` : ''}`;

export const actions: Actions = {
	record: async ({ locals, params, request }) => {
		const values = formToObject(await request.formData());
		const result = await recordLesson(app().ctx, locals.actor, params.slug, values);
		if (!result.ok) {
			if (result.error.code === 'invalid') return fail(400, { target: 'record', values, errors: result.error.fields });
			return failFromUseCase(result.error, values);
		}
		redirect(303, back(params.slug, 'recorded', result.value.id));
	},
	revise: async ({ locals, params, request }) => {
		const values = formToObject(await request.formData());
		const id = typeof values.lessonId === 'string' ? values.lessonId : '';
		const result = await reviseLesson(app().ctx, locals.actor, params.slug, values);
		if (!result.ok) {
			// One edit form per lesson on the page: point the errors at that lesson's fields.
			if (result.error.code === 'invalid')
				return fail(400, {
					target: `revise-${id}`,
					values,
					errors: result.error.fields.map((f) => ({ ...f, field: `${f.field}-${id}` }))
				});
			return failFromUseCase(result.error, values);
		}
		redirect(303, back(params.slug, 'revised', id));
	},
	withdraw: async ({ locals, params, request }) => {
		const values = formToObject(await request.formData());
		const result = await withdrawLesson(app().ctx, locals.actor, params.slug, values.lessonId);
		if (!result.ok) return failFromUseCase(result.error, values);
		redirect(303, back(params.slug, 'withdrawn'));
	}
};
