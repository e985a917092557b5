import { error, fail, redirect } from '@sveltejs/kit';
import { can } from '$lib/domain/access/can';
import { isCollecting } from '$lib/domain/perspective/perspective';
import { normaliseReceipt } from '$lib/domain/perspective/receipt';
import { app } from '$lib/server/app';
import { listInterviewTargets } from '$lib/server/modules/perspectives/queries/interviews';
import { findProcessBySlug } from '$lib/server/modules/process/queries/processes';
import { failFromUseCase, formToObject } from '$lib/server/forms';
import { recordInterview } from '$lib/server/modules/perspectives';
import type { Actions, PageServerLoad } from './$types';
import { deny } from '$lib/server/forms';

/** Slots for perspectives on the form; empty ones are ignored. */
const SLOTS = 5;

export const load: PageServerLoad = async ({ locals, params, url }) => {
	if (!can(locals.actor, 'perspective.record') || !locals.organisation) deny('perspective.record');
	const db = app().database.db;
	const process = await findProcessBySlug(db, locals.organisation.id, params.slug);
	if (!process) error(404, { message: 'Not found', code: 'not_found' });
	const targets = (await listInterviewTargets(db, process.id)).filter((t) => t.withdrawnAt === null);
	const now = app().ctx.now();
	return {
		process: {
			slug: process.slug,
			title: process.title,
			question: process.question,
			currentPhase: process.currentPhase
		},
		isOpen: isCollecting(process.currentPhase),
		targets: targets.map((t) => ({ id: t.id, name: t.name })),
		targetId: url.searchParams.get('grupp') ?? '',
		today: now.toISOString().slice(0, 10),
		slots: SLOTS,
		saved: Number(url.searchParams.get('sparade') ?? '') || null,
		receipts: (url.searchParams.get('koder') ?? '')
			.split(',')
			.map(normaliseReceipt)
			.filter((c): c is string => c !== null)
	};
};

export const actions: Actions = {
	default: async ({ request, locals, params }) => {
		const values = formToObject(await request.formData());
		const result = await recordInterview(app().ctx, locals.actor, params.slug, values);
		if (!result.ok) {
			if (result.error.code === 'invalid') return fail(400, { values, errors: result.error.fields, closed: false });
			if (result.error.code === 'phase_closed') return fail(409, { values, errors: [], closed: true });
			return failFromUseCase(result.error, values);
		}
		// Several interviews are often typed in after a day in the field: keep the group for the next one.
		const targetId = typeof values.targetId === 'string' ? values.targetId : '';
		redirect(
			303,
			`/hantera/processer/${params.slug}/intervjuer/ny?grupp=${encodeURIComponent(targetId)}&sparade=${result.value.receipts.length}&koder=${result.value.receipts.join(',')}`
		);
	}
};
