import { error, fail, redirect } from '@sveltejs/kit';
import { sql, eq } from 'drizzle-orm';
import { can } from '$lib/domain/access/can';
import { app } from '$lib/server/app';
import { listThemes } from '$lib/server/modules/perspectives/queries/perspectives';
import { findProcessBySlug } from '$lib/server/modules/process/queries/processes';
import { perspectives } from '$lib/server/db/schema';
import { failFromUseCase, formToObject } from '$lib/server/forms';
import { manageThemes, suggestProcessThemes } from '$lib/server/modules/perspectives';
import type { Actions, PageServerLoad } from './$types';
import { deny } from '$lib/server/forms';

const DONE = ['create', 'rename', 'merge'] as const;

export const load: PageServerLoad = async ({ locals, params, url }) => {
	if (!can(locals.actor, 'perspective.harvest') || !locals.organisation) deny('perspective.harvest');
	const db = app().database.db;
	const process = await findProcessBySlug(db, locals.organisation.id, params.slug);
	if (!process) error(404, { message: 'Not found', code: 'not_found' });
	const counts = await db
		.select({ themeId: perspectives.themeId, n: sql<number>`count(*)::int` })
		.from(perspectives)
		.where(eq(perspectives.processId, process.id))
		.groupBy(perspectives.themeId);
	const suggestion = await suggestProcessThemes(app().ctx, locals.actor, params.slug);
	const done = url.searchParams.get('done');
	return {
		process: { slug: process.slug, title: process.title },
		themes: (await listThemes(db, process.id)).map((t) => ({
			id: t.id,
			name: t.name,
			count: counts.find((c) => c.themeId === t.id)?.n ?? 0
		})),
		suggestion: suggestion.ok ? suggestion.value : null,
		tooFew: !suggestion.ok && suggestion.error.code === 'too_few' ? suggestion.error.count : null,
		done: DONE.find((d) => d === done) ?? null,
		count: Number(url.searchParams.get('antal') ?? 0) || 0
	};
};

const act = (command: (typeof DONE)[number]) => {
	return async ({ request, locals, params }: Parameters<Actions[string]>[0]) => {
		const values: Record<string, unknown> = { ...formToObject(await request.formData()), command };
		const result = await manageThemes(app().ctx, locals.actor, params.slug, values);
		if (!result.ok) {
			if (result.error.code === 'invalid') return fail(400, { command, values, errors: result.error.fields });
			return failFromUseCase(result.error, values);
		}
		redirect(303, `/hantera/processer/${params.slug}/teman?done=${command}&antal=${result.value.assigned}`);
	};
};

export const actions: Actions = { create: act('create'), rename: act('rename'), merge: act('merge') };
