import { apiError } from '$lib/server/api';
import type { RequestHandler } from './$types';

/** Unknown API paths answer in JSON, not with the HTML error page. */
export const fallback: RequestHandler = ({ locals }) => apiError(404, 'not_found', 'api.routeNotFound', locals.locale);
