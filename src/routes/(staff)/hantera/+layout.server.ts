import { redirect } from '@sveltejs/kit';
import { can } from '$lib/domain/access/can';
import type { LayoutServerLoad } from './$types';

export const load: LayoutServerLoad = ({ locals, url }) => {
	// The platform admin has no role inside the organisation: their pages are under /plattform.
	if (locals.platformAdmin) redirect(303, '/plattform');
	if (!can(locals.actor, 'staff.view')) redirect(303, `/logga-in?next=${encodeURIComponent(url.pathname)}`);
	return {
		canCreate: can(locals.actor, 'process.create'),
		canRevise: can(locals.actor, 'process.revise'),
		canPublish: can(locals.actor, 'process.publish'),
		canAdvance: can(locals.actor, 'process.advancePhase'),
		canAudit: can(locals.actor, 'audit.view'),
		canAssess: can(locals.actor, 'privacy.assess'),
		canConfigure: can(locals.actor, 'organisation.configure')
	};
};
