import { brandStyleSheet } from '$lib/domain/organisation/look';
import type { RequestHandler } from './$types';

/** The organisation's colour as a style sheet (the Content-Security-Policy allows no inline styles). */
export const GET: RequestHandler = ({ locals }) => {
	const colour = locals.organisation?.brandColour;
	return new Response(colour ? brandStyleSheet(colour) : '', {
		headers: { 'content-type': 'text/css; charset=utf-8', 'cache-control': 'public, max-age=300' }
	});
};
