/**
 * @module OpenAPI description of the register endpoint a records system reads (`registration.view`: an API
 * token or a staff session). Merged into the document by openapi.ts.
 */
import { z } from 'zod';
import { RECORD_KINDS } from '../domain/registration/number';
import { apiRegistry } from './api';

z.object({
	registrations: z.array(
		z.object({
			number: z.string().meta({ description: 'The registration number, e.g. "KS 2026/123" or "KS 2026/123-2"' }),
			kind: z
				.enum(RECORD_KINDS)
				.meta({ description: 'case (the process itself), plan, report, decision, declaration' }),
			title: z.string(),
			recordId: z.uuid().meta({ description: 'The process id (case, plan, report) or the decision id' }),
			process: z.object({ slug: z.string(), title: z.string() }),
			registeredAt: z.string().meta({ format: 'date-time' })
		})
	)
}).register(apiRegistry, { id: 'Registrations' });

const answer = (id: string, description: string) => ({
	description,
	content: { 'application/json': { schema: { $ref: `#/components/schemas/${id}` } } }
});

export const registrationApiPaths = {
	'/api/v1/registrations': {
		get: {
			operationId: 'listRegistrations',
			summary:
				'Staff (registration.view): what was registered after `since`, oldest first, at most 1,000 — ask again with the last registeredAt',
			security: [{ apiToken: [] }, { staffSession: [] }],
			parameters: [
				{
					name: 'since',
					in: 'query',
					required: false,
					schema: { type: 'string', format: 'date-time' },
					description: 'ISO 8601; only registrations after this time (exclusive)'
				}
			],
			responses: {
				'200': answer('Registrations', 'The registrations'),
				'400': answer('Error', '`since` is not a time'),
				'401': answer('Error', 'No credentials, or an unknown or revoked token, or a token of another organisation'),
				'403': answer('Error', 'The token or staff member lacks the permission')
			}
		}
	}
};
