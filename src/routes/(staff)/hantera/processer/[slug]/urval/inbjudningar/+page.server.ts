import { error, fail, redirect } from '@sveltejs/kit';
import { app } from '$lib/server/app';
import {
	findCurrentDraw,
	listInvitations,
	listPool,
	readVolunteerContacts
} from '$lib/server/modules/panel/queries/panels';
import { failFromUseCase } from '$lib/server/forms';
import { inviteNextReserve, sendPanelInvitations, loadPanelFor } from '$lib/server/modules/panel';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params, url }) => {
	// Names and contact details: only for those who run the process.
	const loaded = await loadPanelFor(app().ctx, locals.actor, params.slug, 'panel.contacts');
	if (!loaded.ok) {
		if (loaded.error.code === 'no_panel') redirect(303, `/hantera/processer/${params.slug}/urval`);
		error(loaded.error.code === 'forbidden' ? 403 : 404, { message: 'Not found', code: loaded.error.code });
	}
	const { process, panel } = loaded.value;
	const db = app().database.db;
	const draw = await findCurrentDraw(db, panel.id);
	const outcome = draw?.status === 'drawn' ? draw.outcome : null;
	const pool = await listPool(db, panel.id);
	const byCode = new Map(pool.map((p) => [p.code, p]));
	const invitations = draw ? await listInvitations(db, draw.id) : [];
	const codes = outcome ? [...outcome.selected, ...outcome.reserves] : [];
	const contacts = await readVolunteerContacts(db, codes.map((c) => byCode.get(c)?.id ?? '').filter(Boolean));
	const person = (code: string, role: 'member' | 'reserve', place: number) => {
		const v = byCode.get(code)!;
		const invitation = invitations.find((i) => i.volunteerId === v.id);
		const contact = contacts.get(v.id);
		return {
			code,
			role,
			place,
			// Null once removed under the retention rule (forget-panel-volunteers.ts).
			name: contact?.name ?? null,
			email: contact?.email ?? '',
			phone: contact?.phone ?? '',
			status: invitation?.status ?? null,
			invitationId: invitation?.id ?? null,
			canReplace:
				invitation?.status === 'declined' && !invitations.some((i) => i.replacesInvitationId === invitation.id)
		};
	};
	return {
		process: { slug: process.slug, title: process.title },
		panel: { name: panel.name, size: panel.size },
		isDrawn: Boolean(outcome),
		members: outcome ? outcome.selected.map((c, i) => person(c, 'member', i + 1)) : [],
		reserves: outcome ? outcome.reserves.map((c, i) => person(c, 'reserve', i + 1)) : [],
		hasSent: invitations.some((i) => i.role === 'member'),
		sent: url.searchParams.has('sent')
			? { invited: Number(url.searchParams.get('sent')), notified: Number(url.searchParams.get('notified') ?? 0) }
			: null,
		replaced: url.searchParams.get('reserve')
	};
};

export const actions: Actions = {
	send: async ({ locals, params, url }) => {
		const result = await sendPanelInvitations(app().ctx, locals.actor, params.slug, url.origin);
		if (!result.ok) {
			if (result.error.code === 'not_drawn')
				return fail(409, { errors: [{ field: 'send', message: 'error.panel.notDrawn' }] });
			return failFromUseCase(result.error, {});
		}
		redirect(
			303,
			`/hantera/processer/${params.slug}/urval/inbjudningar?sent=${result.value.invited}&notified=${result.value.notified}`
		);
	},
	next: async ({ request, locals, params, url }) => {
		const invitationId = (await request.formData()).get('invitationId');
		const result = await inviteNextReserve(app().ctx, locals.actor, params.slug, url.origin, invitationId);
		if (!result.ok) {
			if (result.error.code === 'no_reserve')
				return fail(409, { errors: [{ field: 'reserves', message: 'error.panel.noReserve' }] });
			if (result.error.code === 'not_declined' || result.error.code === 'not_drawn')
				return fail(409, { errors: [{ field: 'members', message: 'error.panel.notDeclined' }] });
			return failFromUseCase(result.error, {});
		}
		redirect(
			303,
			`/hantera/processer/${params.slug}/urval/inbjudningar?reserve=${encodeURIComponent(result.value.code)}`
		);
	}
};
