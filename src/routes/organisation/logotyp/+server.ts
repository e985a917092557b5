import { error } from '@sveltejs/kit';
import type { RequestHandler } from './$types';

/** The organisation's logo, checked as PNG or JPEG when it was uploaded; served with its own type only. */
export const GET: RequestHandler = ({ locals }) => {
	const organisation = locals.organisation;
	if (!organisation?.logo || !organisation.logoType) error(404, { message: 'Not found', code: 'not_found' });
	return new Response(new Uint8Array(organisation.logo), {
		headers: {
			'content-type': organisation.logoType,
			'cache-control': 'public, max-age=300',
			'content-security-policy': "default-src 'none'"
		}
	});
};
