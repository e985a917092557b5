import { error } from '@sveltejs/kit';
import { can } from '$lib/domain/access/can';
import { groupLessons } from '$lib/domain/learning/lesson';
import { app } from '$lib/server/app';
import { loadPublicLessons } from '$lib/server/modules/learning';
import type { PageServerLoad } from './$types';

/** Public once at least one lesson is marked public (in any phase); before that the page does not exist. */
export const load: PageServerLoad = async ({ locals, params }) => {
	const result = await loadPublicLessons(
		app().ctx,
		locals.organisation?.id ?? '',
		params.slug,
		can(locals.actor, 'staff.view')
	);
	if (!result.ok) error(404, { message: 'Not found', code: 'not_found' });
	const { process, lessons } = result.value;
	return {
		process: { slug: process.slug, title: process.title, question: process.question, isPublished: process.isPublished },
		groups: groupLessons(lessons).map((g) => ({
			kind: g.kind,
			lessons: g.lessons.map((l) => ({ id: l.id, text: l.text }))
		}))
	};
};
