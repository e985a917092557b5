import { loadMessages, surfaceOf } from '$lib/i18n/load';
import type { LayoutLoad } from './$types';

// Participant pages work without JavaScript (every form posts as usual), so they ship none: no client code,
// no messages. Pages that need the browser opt in with `export const csr = true` (the staff pages; a
// working-group session's live harvest).
export const csr = false;

export const load: LayoutLoad = async ({ data, route }) => ({
	...data,
	messages: await loadMessages(data.locale, surfaceOf(route.id))
});
