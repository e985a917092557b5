import { fail, redirect } from '@sveltejs/kit';
import { app } from '$lib/server/app';
import { failFromUseCase, formToObject, loaded } from '$lib/server/forms';
import {
	loadStatementsForStaff,
	moderateStatement,
	seedStatement,
	setStatementsOpen,
	setVerifiedIdentityRequired
} from '$lib/server/modules/statements';
import type { Actions, PageServerLoad } from './$types';

const DONE = [
	'opened',
	'closed',
	'seeded',
	'approved',
	'rejected',
	'verificationRequired',
	'verificationDropped'
] as const;

export const load: PageServerLoad = async ({ locals, params, url }) => {
	// Unmoderated participant statements reach only those who may moderate them (the use case leaves them out).
	const { process, module, statements, counts, stats, residentVerifier, permissions } = loaded(
		await loadStatementsForStaff(app().ctx, locals.actor, params.slug)
	);
	const done = url.searchParams.get('done');
	return {
		process: { slug: process.slug, title: process.title, isPublished: process.isPublished },
		module,
		statements,
		counts,
		stats,
		canManage: permissions['statement.manage'],
		canModerate: permissions['statement.moderate'],
		residentVerifier,
		canConfigure: permissions['organisation.configure'],
		done: DONE.find((d) => d === done) ?? null
	};
};

const back = (slug: string, done: (typeof DONE)[number]) => `/hantera/processer/${slug}/pastaenden?done=${done}`;

export const actions: Actions = {
	open: async ({ locals, params }) => {
		const result = await setStatementsOpen(app().ctx, locals.actor, params.slug, true);
		if (!result.ok && result.error.code === 'not_published') return fail(409, { action: 'open', notPublished: true });
		if (!result.ok && result.error.code !== 'unchanged') return failFromUseCase(result.error, {});
		redirect(303, back(params.slug, 'opened'));
	},
	close: async ({ locals, params }) => {
		const result = await setStatementsOpen(app().ctx, locals.actor, params.slug, false);
		if (!result.ok && result.error.code !== 'unchanged') return failFromUseCase(result.error, {});
		redirect(303, back(params.slug, 'closed'));
	},
	verification: async ({ locals, params, request }) => {
		const required = formToObject(await request.formData()).required === 'yes';
		const result = await setVerifiedIdentityRequired(app().ctx, locals.actor, params.slug, required);
		if (!result.ok) {
			if (result.error.code === 'invalid')
				return fail(400, { action: 'verification', values: {}, errors: result.error.fields });
			if (result.error.code !== 'unchanged') return failFromUseCase(result.error, {});
		}
		redirect(303, back(params.slug, required ? 'verificationRequired' : 'verificationDropped'));
	},
	seed: async ({ locals, params, request }) => {
		const values = formToObject(await request.formData());
		const result = await seedStatement(app().ctx, locals.actor, params.slug, values);
		if (!result.ok) {
			if (result.error.code === 'invalid') return fail(400, { action: 'seed', values, errors: result.error.fields });
			return failFromUseCase(result.error, values);
		}
		redirect(303, back(params.slug, 'seeded'));
	},
	moderate: async ({ locals, params, request }) => {
		const values = formToObject(await request.formData());
		const result = await moderateStatement(app().ctx, locals.actor, params.slug, values);
		if (!result.ok) {
			// One reason field per statement on the page: point the error at the right one.
			const id = typeof values.statementId === 'string' ? values.statementId : '';
			if (result.error.code === 'invalid')
				return fail(400, {
					action: 'moderate',
					values,
					errors: result.error.fields.map((f) => ({ ...f, field: `${f.field}-${id}` }))
				});
			if (result.error.code !== 'unchanged') return failFromUseCase(result.error, values);
			redirect(303, `/hantera/processer/${params.slug}/pastaenden`);
		}
		redirect(303, back(params.slug, result.value.status === 'approved' ? 'approved' : 'rejected'));
	}
};
