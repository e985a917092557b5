import { redirect } from '@sveltejs/kit';
import { loadStaffShell } from '$lib/server/modules/identity';
import type { LayoutServerLoad } from './$types';

export const load: LayoutServerLoad = ({ locals, url }) => {
	const shell = loadStaffShell(locals.actor);
	if (!shell.ok) {
		// The platform admin has no role inside the organisation: their pages are under /plattform.
		if (shell.error.code === 'platform_admin') redirect(303, '/plattform');
		redirect(303, `/logga-in?next=${encodeURIComponent(url.pathname)}`);
	}
	const may = shell.value.permissions;
	return {
		canCreate: may['process.create'],
		canRevise: may['process.revise'],
		canPublish: may['process.publish'],
		canAdvance: may['process.advancePhase'],
		canAudit: may['audit.view'],
		canAssess: may['privacy.assess'],
		canConfigure: may['organisation.configure'],
		canRecords: may['retention.plan']
	};
};
