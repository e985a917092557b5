import { app } from '$lib/server/app';
import { loaded } from '$lib/server/forms';
import { loadOutbox } from '$lib/server/modules/notifications';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals }) => {
	// Recipients arrive masked; full addresses never reach the page.
	const { messages, counts } = loaded(await loadOutbox(app().ctx, locals.actor));
	return { messages, counts, sending: app().mailer !== null };
};
