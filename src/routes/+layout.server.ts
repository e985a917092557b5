import { createHash } from 'node:crypto';
import type { LayoutServerLoad } from './$types';

export const load: LayoutServerLoad = ({ locals }) => ({
	locale: locals.locale,
	organisationName: locals.organisation?.name ?? null,
	// The footer's contact: from the organisation the hook found (cached, see tenancy.ts), no query of its own.
	contact: contactOf(locals.organisation),
	// The organisation's look; `version` makes browsers fetch the style sheet and logo again after a change.
	look: {
		hasColour: Boolean(locals.organisation?.brandColour),
		hasLogo: Boolean(locals.organisation?.logo),
		version: lookVersion(locals.organisation)
	},
	staff: locals.staff ? { name: locals.staff.name, role: locals.staff.role } : null,
	platformAdmin: locals.platformAdmin ? { name: locals.platformAdmin.name } : null
});

/** Organisations are cached objects (see tenancy.ts): their look is hashed once, not on every request. */
const versions = new WeakMap<NonNullable<App.Locals['organisation']>, string>();

function lookVersion(organisation: App.Locals['organisation']): string {
	if (!organisation) return '0';
	const known = versions.get(organisation);
	if (known) return known;
	const version = createHash('sha256')
		.update(`${organisation.brandColour ?? ''}|${organisation.logoType ?? ''}|${organisation.logo?.length ?? 0}|`)
		.update(organisation.logo ?? Buffer.alloc(0))
		.digest('hex')
		.slice(0, 12);
	versions.set(organisation, version);
	return version;
}

/** How residents reach the organisation: phone (with its `tel:` form), email, visiting address, data protection. */
function contactOf(organisation: App.Locals['organisation']) {
	if (!organisation) return null;
	const phone = organisation.contactPhone ?? '';
	return {
		phone,
		phoneHref: phone ? `tel:${phone.replace(/[^+0-9]/g, '')}` : '',
		email: organisation.contactEmail ?? '',
		visitingAddress: organisation.visitingAddress ?? '',
		privacyContact: organisation.privacyContact ?? ''
	};
}
