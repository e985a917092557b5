/**
 * @module OpenAPI description of the perspective endpoints (leaving a perspective, the published report) and
 * of the staff endpoints that need an API token (`Authorization: Bearer msk_…`) or a staff session. Merged
 * into the document by openapi.ts.
 */
import { z } from 'zod';
import { AGE_BANDS, PERSPECTIVE_STATUSES, RELATIONS, TEXT_MAX } from '../domain/perspective/perspective';
import { CHANNELS } from '../kernel/channels';
import { RECEIVER_KINDS, ROUTING_NOTE_MAX, ROUTING_STATUSES } from '../domain/routing/routing';
import { apiRegistry } from './api';
import { LOCALES } from '../i18n/locale';

const dateTime = z.string().meta({ format: 'date-time' });

z.object({
	text: z.string().min(1).max(TEXT_MAX),
	themeId: z.uuid().optional(),
	contact: z.object({ email: z.string().optional(), phone: z.string().optional() }).optional().meta({
		description:
			'Optional, for feedback on what became of the perspective; never shown or given out. With an email or phone, the receipt is sent there within a minute, and news through the loop follows.'
	}),
	language: z
		.enum(LOCALES)
		.optional()
		.meta({ description: "The language of every message to the contributor (default: the request's language)" }),
	profile: z
		.object({
			ageBand: z.enum(AGE_BANDS).optional(),
			area: z.string().optional(),
			relation: z.enum(RELATIONS).optional()
		})
		.optional()
		.meta({ description: 'Optional self-description, used only in aggregate with small groups suppressed' })
}).register(apiRegistry, { id: 'PerspectiveInput' });

z.object({
	id: z.uuid(),
	receipt: z.string().meta({ description: 'The receipt code: the key to the contributor’s own data' }),
	receiptUrl: z.string()
}).register(apiRegistry, { id: 'PerspectiveCreated' });

z.object({ publishedAt: dateTime })
	.catchall(z.unknown())
	.meta({
		description:
			'The published report snapshot: themes with counts and quotes, tensions, hidden perspectives counted with reasons, reach (small groups suppressed)'
	})
	.register(apiRegistry, { id: 'PerspectiveReport' });

z.object({
	process: z.object({ slug: z.string(), title: z.string(), currentPhase: z.string(), isPublished: z.boolean() }),
	themes: z.array(z.object({ id: z.uuid(), name: z.string(), perspectives: z.number().int() })),
	counts: z.object({ visible: z.number().int(), hidden: z.number().int(), withdrawn: z.number().int() }),
	perspectives: z.array(
		z.object({
			id: z.uuid(),
			text: z.string(),
			channel: z.enum(CHANNELS),
			status: z.enum(PERSPECTIVE_STATUSES),
			hiddenReason: z.string().nullable().meta({ description: 'Why moderation hid it (hidden ones only)' }),
			isQuote: z.boolean(),
			theme: z.object({ id: z.uuid(), name: z.string() }).nullable(),
			createdAt: dateTime
		})
	)
})
	.meta({
		description: 'Every perspective, hidden ones too; never contact details, self-descriptions or receipt codes'
	})
	.register(apiRegistry, { id: 'StaffPerspectives' });

z.object({
	counts: z.object({ pending: z.number().int(), sent: z.number().int(), failed: z.number().int() }),
	messages: z.array(
		z.object({
			id: z.uuid(),
			channel: z.enum(['email', 'sms']),
			recipientMasked: z.string().meta({ description: 'e.g. bo***@example.se or ***12' }),
			subject: z.string(),
			status: z.enum(['pending', 'sent', 'failed']),
			attempts: z.number().int(),
			lastError: z.string().nullable(),
			createdAt: dateTime,
			nextAttemptAt: dateTime,
			sentAt: dateTime.nullable()
		})
	)
})
	.meta({ description: 'The newest 500 messages; recipients masked, bodies never given' })
	.register(apiRegistry, { id: 'Outbox' });

z.object({
	entries: z.array(
		z.object({
			id: z.uuid(),
			action: z.string(),
			entityType: z.string(),
			entityId: z.string().nullable(),
			details: z.record(z.string(), z.unknown()),
			actorName: z.string().nullable(),
			createdAt: dateTime
		})
	)
}).register(apiRegistry, { id: 'AuditLog' });

z.object({
	receivers: z.array(
		z.object({
			id: z.uuid(),
			name: z.string(),
			kind: z.enum(RECEIVER_KINDS),
			email: z.string(),
			phone: z.string().nullable()
		})
	)
}).register(apiRegistry, { id: 'Receivers' });

z.object({
	perspectiveId: z.uuid().optional().meta({ description: 'A visible perspective to pass on (or themeId)' }),
	themeId: z.uuid().optional().meta({ description: 'Every visible perspective of this theme, in one message' }),
	receiverId: z.uuid(),
	note: z.string().max(ROUTING_NOTE_MAX).optional().meta({ description: 'Shown to the receiver, not publicly' })
}).register(apiRegistry, { id: 'RoutingInput' });

z.object({ routingIds: z.array(z.uuid()), count: z.number().int() }).register(apiRegistry, { id: 'RoutingCreated' });

z.object({
	answerWorkingDays: z.number().int(),
	routings: z.array(
		z.object({
			id: z.uuid(),
			perspectiveId: z.uuid(),
			receiver: z.string(),
			status: z.enum(ROUTING_STATUSES),
			routedAt: dateTime,
			dueOn: z.string().meta({ format: 'date' }),
			overdue: z.boolean(),
			answer: z.object({ text: z.string(), by: z.string(), at: dateTime }).nullable(),
			closedReason: z.string().nullable(),
			forwardedFromId: z.uuid().nullable()
		})
	)
}).register(apiRegistry, { id: 'Routings' });

const slugParam = [{ name: 'slug', in: 'path', required: true, schema: { type: 'string' } }];
const ref = (id: string) => ({ $ref: `#/components/schemas/${id}` });
const answer = (id: string, description: string) => ({
	description,
	content: { 'application/json': { schema: ref(id) } }
});
const bearer = [{ apiToken: [] }, { staffSession: [] }];
const refusals = {
	'401': answer('Error', 'No credentials, or an unknown or revoked token, or a token of another organisation'),
	'403': answer('Error', 'The token or staff member lacks the permission (or a read token on a method that changes)')
};

/** The security schemes: a staff tool's API token, or a signed-in staff member's session cookie. */
export const securitySchemes = {
	apiToken: {
		type: 'http',
		scheme: 'bearer',
		bearerFormat: 'msk_…',
		description:
			'An API token made by an organisation admin at /hantera/api-nycklar. Scope read acts as an official (safe methods only); read-write as a facilitator of every process.'
	},
	staffSession: { type: 'apiKey', in: 'cookie', name: 'medskapa_session' }
};

export const perspectivePaths = {
	'/api/v1/processes/{slug}/perspectives': {
		get: {
			operationId: 'listPerspectivesForStaff',
			summary:
				"Staff view of a process's perspectives: every perspective with its theme and status, hidden ones with the moderation reason. Never contact details or self-descriptions",
			security: bearer,
			parameters: slugParam,
			responses: {
				'200': answer('StaffPerspectives', 'The perspectives, newest first, and the themes'),
				...refusals,
				'404': answer('Error', 'No process with that slug in this organisation')
			}
		},
		post: {
			operationId: 'submitPerspective',
			summary: 'Leave a perspective (public, while the process collects them); rate-limited per client address',
			parameters: slugParam,
			requestBody: { required: true, content: { 'application/json': { schema: ref('PerspectiveInput') } } },
			responses: {
				'201': answer('PerspectiveCreated', 'Received; Location is the receipt page'),
				'400': answer('Error', 'The body is not JSON'),
				'404': answer('Error', 'No published process with that slug'),
				'409': answer('Error', 'The process does not take perspectives in its current phase'),
				'422': answer('Error', 'Field errors'),
				'429': answer('Error', 'Too many submissions from this address; see Retry-After')
			}
		}
	},
	'/api/v1/processes/{slug}/report': {
		get: {
			operationId: 'getPerspectiveReport',
			summary: 'The published perspective report: themes, counts, quotes, tensions, reach (small groups suppressed)',
			parameters: slugParam,
			responses: {
				'200': answer('PerspectiveReport', 'The report'),
				'404': answer('Error', 'No published report for that process')
			}
		}
	}
};

export const staffApiPaths = {
	'/api/v1/outbox': {
		get: {
			operationId: 'listOutbox',
			summary: 'Staff (audit.view): messages sent and queued, recipients masked, no bodies',
			security: bearer,
			responses: { '200': answer('Outbox', 'Counts and the newest messages'), ...refusals }
		}
	},
	'/api/v1/receivers': {
		get: {
			operationId: 'listReceivers',
			summary: 'Staff (perspective.read): the receivers inputs can be passed on to (departments, police …)',
			security: bearer,
			responses: { '200': answer('Receivers', 'The receivers in use, by name'), ...refusals }
		}
	},
	'/api/v1/processes/{slug}/routings': {
		get: {
			operationId: 'listRoutings',
			summary: "Staff (perspective.read): the process's inputs passed on to receivers, their status and answers",
			security: bearer,
			parameters: slugParam,
			responses: {
				'200': answer('Routings', 'Newest first; overdue ones flagged'),
				...refusals,
				'404': answer('Error', 'No process with that slug in this organisation')
			}
		},
		post: {
			operationId: 'routePerspective',
			summary:
				'Staff (perspective.route, a read-write token): pass a perspective, or a theme, to a receiver; the receiver is mailed a private answer link',
			security: bearer,
			parameters: slugParam,
			requestBody: { required: true, content: { 'application/json': { schema: ref('RoutingInput') } } },
			responses: {
				'201': answer('RoutingCreated', 'Passed on'),
				...refusals,
				'404': answer('Error', 'No such process, perspective or theme here'),
				'422': answer('Error', 'Field errors (no receiver chosen, nothing visible to pass on)')
			}
		}
	},
	'/api/v1/audit': {
		get: {
			operationId: 'listAudit',
			summary: "Staff (audit.view): the organisation's audit log, newest first. Every token use is in it",
			security: bearer,
			parameters: [
				{
					name: 'limit',
					in: 'query',
					required: false,
					schema: { type: 'integer', minimum: 1, maximum: 500, default: 200 }
				}
			],
			responses: { '200': answer('AuditLog', 'The newest entries'), ...refusals }
		}
	}
};
