import { loadMessages, surfaceOf } from '$lib/i18n/load';
import type { LayoutLoad } from './$types';

// Participant pages work without JavaScript (every form posts as usual), so they load no client code and no
// messages in the browser (a working-group session's live harvest has a small script of its own). The staff
// pages opt in with `export const csr = true`.
export const csr = false;

export const load: LayoutLoad = async ({ data, route }) => ({
	...data,
	messages: await loadMessages(data.locale, surfaceOf(route.id))
});
