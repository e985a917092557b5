/**
 * @module Statements module at the edge: form/JSON input, and the API's response shapes (registered for
 * the OpenAPI document, with the paths in `statementPaths`).
 */
import { z } from 'zod';
import { REJECT_REASON_MAX, STATEMENT_TEXT_MAX, VOTE_CHOICES } from '../domain/statement/statement';
import { apiRegistry } from './api';

export const statementInputSchema = z
	.object({
		text: z
			.string('error.statement.text.required')
			.transform((s) => s.replace(/\s+/g, ' ').trim())
			.pipe(z.string().min(1, 'error.statement.text.required').max(STATEMENT_TEXT_MAX, 'error.statement.text.tooLong'))
	})
	.register(apiRegistry, {
		id: 'StatementInput',
		description: `A short statement, at most ${STATEMENT_TEXT_MAX} characters`
	});

export const voteInputSchema = z
	.object({
		statementId: z.uuid('error.statement.statementId'),
		vote: z
			.enum(VOTE_CHOICES, 'error.statement.vote.choose')
			.meta({ description: 'agree = +1, disagree = −1, pass = 0 in the opinion map' })
	})
	.register(apiRegistry, { id: 'VoteInput' });

export const moderationInputSchema = z.discriminatedUnion('decision', [
	z.object({ decision: z.literal('approve'), statementId: z.uuid() }),
	z.object({
		decision: z.literal('reject'),
		statementId: z.uuid(),
		reason: z
			.string('error.statement.reason.required')
			.trim()
			.min(1, 'error.statement.reason.required')
			.max(REJECT_REASON_MAX, 'error.statement.reason.tooLong')
	})
]);

export const statementCreatedSchema = z
	.object({
		id: z.uuid(),
		status: z.literal('pending').meta({ description: 'Participant statements are shown only after moderation' }),
		message: z.string()
	})
	.register(apiRegistry, { id: 'StatementCreated' });

export const voteRecordedSchema = z
	.object({
		statementId: z.uuid(),
		vote: z.enum(VOTE_CHOICES),
		replaced: z.boolean().meta({ description: 'True when this vote replaced an earlier one (the last vote wins)' }),
		progress: z.object({ voted: z.number().int(), total: z.number().int() })
	})
	.register(apiRegistry, { id: 'VoteRecorded' });

const shareSchema = z.object({
	agreePct: z.number().int(),
	disagreePct: z.number().int(),
	passPct: z.number().int(),
	votes: z.number().int()
});
const statementRef = z.object({ id: z.uuid(), text: z.string() });

export const opinionMapSchema = z
	.object({
		computedAt: z
			.string()
			.nullable()
			.meta({ description: 'When the map was last computed (ISO 8601); null before the first computation' }),
		participants: z.number().int(),
		votes: z.number().int(),
		enough: z.boolean().meta({ description: 'False while there are too few votes to show groups' }),
		groups: z.array(
			z.object({
				id: z.string().meta({ description: 'A, B, C … by size' }),
				size: z.number().int(),
				representativeStatements: z.array(
					statementRef.extend({
						direction: z.enum(['agree', 'disagree']),
						group: shareSchema,
						rest: shareSchema.meta({ description: 'Everyone outside the group' })
					})
				)
			})
		),
		consensus: z.object({
			agree: z.array(statementRef.extend({ all: shareSchema })),
			disagree: z.array(statementRef.extend({ all: shareSchema }))
		}),
		divisive: z.array(statementRef.extend({ groups: z.record(z.string(), shareSchema) }))
	})
	.register(apiRegistry, {
		id: 'OpinionMap',
		description: 'Opinion groups described by statements, never by who is in them; groups under 5 people are left out'
	});

const slugParam = [{ name: 'slug', in: 'path', required: true, schema: { type: 'string' } }];
const ref = (id: string) => ({ $ref: `#/components/schemas/${id}` });
const body = (id: string) => ({ required: true, content: { 'application/json': { schema: ref(id) } } });
const answer = (id: string, description: string) => ({
	description,
	content: { 'application/json': { schema: ref(id) } }
});

/** OpenAPI paths of the statements module (merged into the document by openapi.ts). */
export const statementPaths = {
	'/api/v1/processes/{slug}/statements': {
		post: {
			operationId: 'submitStatement',
			summary:
				'Submit a statement; it waits for moderation before anyone is asked to vote on it. Sets the participant cookie if missing.',
			parameters: slugParam,
			requestBody: body('StatementInput'),
			responses: {
				'201': answer('StatementCreated', 'Received, waiting for moderation'),
				'404': answer('Error', 'No published process with a statements module'),
				'409': answer('Error', 'The statements module is closed'),
				'422': answer('Error', 'Field errors')
			}
		}
	},
	'/api/v1/processes/{slug}/votes': {
		post: {
			operationId: 'castVote',
			summary:
				'Agree, disagree or pass on a statement. The participant is the session cookie (set if missing); the last vote wins.',
			parameters: slugParam,
			requestBody: body('VoteInput'),
			responses: {
				'201': answer('VoteRecorded', 'First vote on this statement'),
				'200': answer('VoteRecorded', 'An earlier vote was replaced'),
				'404': answer('Error', 'Unknown process or statement'),
				'409': answer('Error', 'The statements module is closed'),
				'422': answer('Error', 'Field errors')
			}
		}
	},
	'/api/v1/processes/{slug}/opinion-map': {
		get: {
			operationId: 'getOpinionMap',
			summary: 'The latest computed opinion map: groups with representative statements, consensus, divisive statements',
			parameters: slugParam,
			responses: {
				'200': answer('OpinionMap', 'The map'),
				'404': answer('Error', 'No published process with a statements module')
			}
		}
	}
};
