import { app } from '$lib/server/app';
import { loaded } from '$lib/server/forms';
import { disclosurePermissions } from '$lib/server/modules/disclosure';
import { loadInbox } from '$lib/server/modules/inbox';
import { loadProcessList } from '$lib/server/modules/process';
import { recordsDeskLinks } from '$lib/server/modules/registration';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals }) => {
	const [list, inbox] = await Promise.all([
		loadProcessList(app().ctx, locals.actor),
		loadInbox(app().ctx, locals.actor)
	]);
	const { processes, permissions } = loaded(list);
	return {
		canConfigure: permissions['organisation.configure'],
		canDisclose: disclosurePermissions(locals.actor)['disclosure.handle'],
		processes,
		inbox: loaded(inbox),
		desk: loaded(recordsDeskLinks(locals.actor))
	};
};
