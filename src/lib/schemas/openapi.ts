/**
 * @module The OpenAPI 3.1 document, built from the same zod schemas the handlers use.
 */
import { z } from 'zod';
import { apiRegistry } from './api';
import { statementPaths } from './statements';
import { perspectivePaths, securitySchemes, staffApiPaths } from './staff-api';
import { registrationApiPaths } from './registration-api';
import './cocreation-api';
import './decision-api';
import './learning-api';

const ref = (id: string) => ({ $ref: `#/components/schemas/${id}` });
const json = (id: string, description: string) => ({
	description,
	content: { 'application/json': { schema: ref(id) } }
});

export function buildOpenApi(serverUrl: string) {
	const { schemas } = z.toJSONSchema(apiRegistry, {
		target: 'draft-2020-12',
		uri: (id) => `#/components/schemas/${id}`,
		unrepresentable: 'any'
	});
	for (const schema of Object.values(schemas) as Record<string, unknown>[]) {
		delete schema.$schema;
		delete schema.$id;
	}
	return {
		openapi: '3.1.0',
		info: {
			title: 'Medskapa API',
			version: '1',
			description:
				'API for dialogue processes: public endpoints without credentials (reads, and leaving perspectives, statements, votes and arguments), and staff endpoints with an API token (`Authorization: Bearer msk_…`, made by an organisation admin) or a staff session. Errors are `{"error": {"code", "message"}}`; messages are Swedish, or English with `Accept-Language: en`.'
		},
		servers: [{ url: serverUrl }],
		paths: {
			'/api/v1/processes': {
				get: {
					operationId: 'listProcesses',
					summary: 'Published dialogue processes',
					responses: { '200': json('ProcessList', 'The published processes') }
				}
			},
			'/api/v1/processes/{slug}': {
				get: {
					operationId: 'getProcess',
					summary: 'One published process: question, influence declaration, phases, participation levels',
					parameters: [{ name: 'slug', in: 'path', required: true, schema: { type: 'string' } }],
					responses: {
						'200': json('Process', 'The process'),
						'404': json('Error', 'No published process with that slug')
					}
				}
			},
			...statementPaths,
			...perspectivePaths,
			...staffApiPaths,
			...registrationApiPaths,
			'/api/v1/methods': {
				get: {
					operationId: 'listMethods',
					summary:
						"The organisation's methods catalogue: names, descriptions, strategic profiles, participation levels, whom each reaches and misses",
					responses: { '200': json('MethodList', 'The methods') }
				}
			},
			'/api/v1/processes/{slug}/proposals': {
				get: {
					operationId: 'listProposals',
					summary: "The working group's proposals: themes, linked perspectives, priority results per role, commitments",
					parameters: [{ name: 'slug', in: 'path', required: true, schema: { type: 'string' } }],
					responses: {
						'200': json('ProposalList', 'The proposals, highest priority first'),
						'404': json('Error', 'No published process with that slug')
					}
				}
			},
			'/api/v1/processes/{slug}/proposals/{id}/arguments': {
				post: {
					operationId: 'addArgument',
					summary: 'Argue for or against a proposal (public; while proposals are worked on)',
					parameters: [
						{ name: 'slug', in: 'path', required: true, schema: { type: 'string' } },
						{ name: 'id', in: 'path', required: true, schema: { type: 'string', format: 'uuid' } }
					],
					requestBody: { required: true, content: { 'application/json': { schema: ref('ArgumentRequest') } } },
					responses: {
						'201': json('ArgumentCreated', 'The argument was stored'),
						'404': json('Error', 'No such process or proposal'),
						'409': json('Error', 'Arguments are not taken in the current phase'),
						'422': json('Error', 'The argument is missing a side or a text')
					}
				}
			},
			'/api/v1/processes/{slug}/decisions': {
				get: {
					operationId: 'listDecisions',
					summary:
						'Published decisions: deciding body, date, case number, minutes paragraph, outcome and reasons per proposal, and the perspectives behind each proposal',
					parameters: [{ name: 'slug', in: 'path', required: true, schema: { type: 'string' } }],
					responses: {
						'200': json('DecisionList', 'The published decisions, newest first'),
						'404': json('Error', 'No published process with that slug')
					}
				}
			},
			'/api/v1/processes/{slug}/implementation': {
				get: {
					operationId: 'listImplementation',
					summary: 'Implementation of adopted proposals: status, progress, milestones and status updates',
					parameters: [{ name: 'slug', in: 'path', required: true, schema: { type: 'string' } }],
					responses: {
						'200': json('ImplementationList', 'The implementation items'),
						'404': json('Error', 'No published process with that slug')
					}
				}
			},
			'/api/v1/processes/{slug}/evaluation': {
				get: {
					operationId: 'getEvaluation',
					summary:
						'Results of the evaluation survey per audience (participants, staff), once the survey is closed. An audience with fewer than 5 answers is suppressed; open comments are never given',
					parameters: [{ name: 'slug', in: 'path', required: true, schema: { type: 'string' } }],
					responses: {
						'200': json('Evaluation', 'The survey state, and the results once it is closed'),
						'404': json('Error', 'No published process with that slug')
					}
				}
			},
			'/api/v1/processes/{slug}/lessons': {
				get: {
					operationId: 'listLessons',
					summary: 'The lessons staff published: what worked, what did not, what to do next time',
					parameters: [{ name: 'slug', in: 'path', required: true, schema: { type: 'string' } }],
					responses: {
						'200': json('LessonList', 'The public lessons (empty when none is published yet)'),
						'404': json('Error', 'No published process with that slug')
					}
				}
			},
			'/api/v1/receipts/{receipt}': {
				get: {
					operationId: 'getReceipt',
					summary: 'A perspective by its receipt code, with its whole trace to decision and implementation',
					parameters: [
						{
							name: 'receipt',
							in: 'path',
							required: true,
							schema: { type: 'string' },
							description: 'The receipt code, with or without dashes'
						}
					],
					responses: {
						'200': json('Receipt', 'The perspective and its trace'),
						'404': json('Error', 'No perspective with that receipt code')
					}
				}
			},
			'/api/v1/openapi.json': {
				get: {
					operationId: 'getOpenApi',
					summary: 'This document',
					responses: { '200': { description: 'OpenAPI 3.1' } }
				}
			}
		},
		components: { schemas, securitySchemes }
	};
}
