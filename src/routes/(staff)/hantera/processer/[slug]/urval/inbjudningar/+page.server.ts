import { error, fail, redirect } from '@sveltejs/kit';
import { app } from '$lib/server/app';
import { failFromUseCase } from '$lib/server/forms';
import { inviteNextReserve, sendPanelInvitations, loadInvitationsPage } from '$lib/server/modules/panel';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params, url }) => {
	// Names and contact details: only for those who run the process (the use case asks for panel.contacts).
	const loaded = await loadInvitationsPage(app().ctx, locals.actor, params.slug);
	if (!loaded.ok) {
		if (loaded.error.code === 'no_panel') redirect(303, `/hantera/processer/${params.slug}/urval`);
		error(loaded.error.code === 'forbidden' ? 403 : 404, { message: 'Not found', code: loaded.error.code });
	}
	const { process, panel, isDrawn, members, reserves, hasSent } = loaded.value;
	return {
		process: { slug: process.slug, title: process.title },
		panel: { name: panel.name, size: panel.size },
		isDrawn,
		members,
		reserves,
		hasSent,
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
