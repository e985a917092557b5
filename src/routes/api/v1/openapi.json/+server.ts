import { json } from '@sveltejs/kit';
import { buildOpenApi } from '$lib/schemas/openapi';
import { API_HEADERS } from '$lib/server/api';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = ({ url }) => json(buildOpenApi(url.origin), { headers: API_HEADERS });
