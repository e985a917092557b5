import { error, fail, redirect } from '@sveltejs/kit';
import { can } from '$lib/domain/access/can';
import { app } from '$lib/server/app';
import { readForm } from '$lib/server/cocreation-forms';
import { listPerspectiveTexts } from '$lib/server/modules/cocreation/queries/cocreation';
import { findProcessBySlug } from '$lib/server/modules/process/queries/processes';
import { failFromUseCase } from '$lib/server/forms';
import type { UseCaseError } from '$lib/server/modules/context';
import {
	loadWorkingGroup,
	addHarvestNote,
	hideHarvestNote,
	publishHarvest,
	reviseAgenda
} from '$lib/server/modules/cocreation';
import type { Result } from '$lib/kernel/result';
import type { Actions, PageServerLoad } from './$types';
import { deny } from '$lib/server/forms';

export const load: PageServerLoad = async ({ locals, params, url }) => {
	if (!can(locals.actor, 'session.follow') || locals.actor.kind !== 'staff' || !locals.organisation)
		deny('session.follow');
	const db = app().database.db;
	const process = await findProcessBySlug(db, locals.organisation.id, params.slug);
	if (!process) error(404, { message: 'Not found', code: 'not_found' });
	const group = await loadWorkingGroup(db, process, 'staff');
	const session = group.sessions.find((s) => s.id === params.id);
	if (!session) error(404, { message: 'Not found', code: 'not_found' });
	const canNote = can(locals.actor, 'session.note') && !session.harvestPublishedAt;
	return {
		process: { slug: process.slug, title: process.title },
		session,
		themes: group.themes,
		quotes: canNote
			? (await listPerspectiveTexts(db, process.id)).filter((p) => p.isQuote).map((p) => ({ id: p.id, text: p.text }))
			: [],
		canPlan: can(locals.actor, 'session.plan'),
		canNote,
		canPublish: can(locals.actor, 'harvest.publish'),
		done: url.searchParams.get('klart')
	};
};

async function run(
	form: string,
	values: Record<string, unknown>,
	result: Result<unknown, UseCaseError | { code: string }>,
	to: string
) {
	if (!result.ok) {
		if (result.error.code === 'invalid')
			return fail(400, { form, values, errors: (result.error as Extract<UseCaseError, { code: 'invalid' }>).fields });
		if (result.error.code === 'published')
			return fail(409, { form, values, errors: [{ field: 'text', message: 'error.note.published' }] });
		return failFromUseCase(result.error, values);
	}
	redirect(303, to);
}

export const actions: Actions = {
	agenda: async ({ request, locals, params }) => {
		const values = await readForm(request);
		return run(
			'agenda',
			values,
			await reviseAgenda(app().ctx, locals.actor, params.slug, params.id, values),
			`?klart=dagordning`
		);
	},
	note: async ({ request, locals, params }) => {
		const values = await readForm(request, ['themeIds', 'perspectiveIds']);
		return run(
			'note',
			values,
			await addHarvestNote(app().ctx, locals.actor, params.slug, params.id, values),
			`?klart=anteckning#note-form`
		);
	},
	hide: async ({ request, locals, params }) => {
		const values = await readForm(request);
		return run(
			'hide',
			values,
			await hideHarvestNote(app().ctx, locals.actor, params.slug, params.id, values),
			`?klart=dold`
		);
	},
	publish: async ({ locals, params }) =>
		run('publish', {}, await publishHarvest(app().ctx, locals.actor, params.slug, params.id), `?klart=publicerad`)
};
