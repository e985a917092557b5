import { can } from '$lib/domain/access/can';
import { app } from '$lib/server/app';
import { countOutbox, listOutbox } from '$lib/server/modules/notifications/queries/outbox';
import type { PageServerLoad } from './$types';
import { deny } from '$lib/server/forms';

export const load: PageServerLoad = async ({ locals }) => {
	if (!can(locals.actor, 'audit.view') || !locals.organisation) deny('audit.view');
	const { database, mailer } = app();
	const [messages, counts] = await Promise.all([
		listOutbox(database.db, locals.organisation.id, { limit: 500 }),
		countOutbox(database.db, locals.organisation.id)
	]);
	// Recipients arrive masked from listOutbox; full addresses never reach the page.
	return { messages, counts, sending: mailer !== null };
};
