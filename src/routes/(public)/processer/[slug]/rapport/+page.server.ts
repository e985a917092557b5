import { app } from '$lib/server/app';
import { loaded } from '$lib/server/forms';
import { loadPublicReport } from '$lib/server/modules/perspectives';
import { loadPublicRegistrations } from '$lib/server/modules/registration';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params }) => {
	const { process, report } = loaded(
		await loadPublicReport(app().ctx, locals.actor, { organisationId: locals.organisation?.id ?? null }, params.slug)
	);
	const registration = await loadPublicRegistrations(
		app().ctx,
		{ organisationId: locals.organisation?.id ?? null },
		params.slug
	);
	return {
		slug: process.slug,
		influence: process.influence,
		report: report.snapshot,
		publishedAt: report.publishedAt,
		registrationNumber: registration.report
	};
};
