import type { LayoutServerLoad } from './$types';

export const load: LayoutServerLoad = ({ locals }) => ({
	locale: locals.locale,
	organisationName: locals.organisation?.name ?? null,
	staff: locals.staff ? { name: locals.staff.name, role: locals.staff.role } : null
});
