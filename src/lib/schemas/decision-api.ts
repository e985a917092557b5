/**
 * @module API shapes for phases 6–8: published decisions with outcomes, reasons and the perspectives behind
 * each proposal; implementation items with milestones and updates; and a receipt with its full trace.
 */
import { z } from 'zod';
import { ROUTING_STATUSES } from '../domain/routing/routing';
import { BODY_KINDS, OUTCOMES } from '../domain/decision/decision';
import { IMPLEMENTATION_STATUSES } from '../domain/decision/implementation';
import { PHASES } from '../domain/process/phases';
import { apiRegistry } from './api';

const outcome = z.enum(OUTCOMES).meta({
	description: 'adopted (antogs), adoptedInPart (antogs delvis), rejected (avslogs), referred (återremitterades)'
});
const status = z.enum(IMPLEMENTATION_STATUSES);

export const decisionListSchema = z
	.object({
		decisions: z.array(
			z.object({
				id: z.uuid(),
				body: z.string().meta({ description: 'The deciding body, e.g. Kommunstyrelsen' }),
				bodyKind: z.enum(BODY_KINDS),
				decidedOn: z.iso.date(),
				caseNumber: z.string().meta({ description: 'Diarienummer' }),
				minutesParagraph: z.string(),
				summary: z.string(),
				publishedAt: z.iso.datetime(),
				url: z.string(),
				outcomes: z.array(
					z.object({
						proposal: z.object({ id: z.uuid(), title: z.string(), url: z.string() }),
						outcome,
						reasons: z.string().meta({ description: 'Required for every outcome other than adopted' }),
						themes: z.array(z.string()),
						perspectives: z.array(
							z.object({
								id: z.uuid(),
								text: z.string().meta({ description: 'Personal data redacted' }),
								url: z.string()
							})
						),
						implementationItemId: z.uuid().nullable()
					})
				)
			})
		)
	})
	.register(apiRegistry, {
		id: 'DecisionList',
		description: 'Published decisions, newest first. Drafts are never shown.'
	});

export const implementationListSchema = z
	.object({
		items: z.array(
			z.object({
				id: z.uuid(),
				title: z.string(),
				description: z.string(),
				responsible: z.string(),
				status,
				progress: z.number().int().min(0).max(100),
				proposal: z.object({ id: z.uuid(), title: z.string() }),
				decision: z.object({
					id: z.uuid(),
					body: z.string(),
					caseNumber: z.string(),
					minutesParagraph: z.string(),
					decidedOn: z.iso.date()
				}),
				milestones: z.array(
					z.object({
						id: z.uuid(),
						title: z.string(),
						dueOn: z.iso.date(),
						doneOn: z.iso.date().nullable(),
						state: z.enum(['done', 'late', 'upcoming'])
					})
				),
				updates: z.array(
					z.object({ id: z.uuid(), text: z.string(), status, progress: z.number().int(), at: z.iso.datetime() })
				)
			})
		)
	})
	.register(apiRegistry, {
		id: 'ImplementationList',
		description: 'Implementation items of adopted proposals, with milestones and status updates (newest first).'
	});

export const receiptSchema = z
	.object({
		receipt: z.string(),
		text: z.string().nullable().meta({ description: 'Null when the perspective is hidden or withdrawn' }),
		channel: z.string(),
		receivedAt: z.iso.datetime(),
		status: z.enum(['received', 'in_theme', 'hidden', 'withdrawn']),
		hiddenReason: z.string().nullable(),
		theme: z.object({ name: z.string() }).nullable(),
		process: z.object({ slug: z.string(), title: z.string(), question: z.string(), currentPhase: z.enum(PHASES) }),
		willHearBack: z.boolean(),
		routing: z
			.array(
				z.object({
					receiver: z.string().meta({ description: 'The receiver by name (never an address)' }),
					from: z.string().nullable().meta({ description: 'The receiver that passed it on, or null when staff did' }),
					routedAt: z.iso.datetime(),
					status: z.enum(ROUTING_STATUSES),
					dueOn: z.iso.date(),
					overdue: z.boolean(),
					answer: z.object({ text: z.string(), by: z.string(), at: z.iso.datetime() }).nullable(),
					closed: z.object({ reason: z.string(), at: z.iso.datetime() }).nullable()
				})
			)
			.meta({ description: 'Where the perspective was passed on (police, a department …) and the answers' }),
		trace: z.object({
			reached: z
				.enum(['received', 'theme', 'report', 'proposal', 'decision', 'implementation', 'done'])
				.meta({ description: 'The last step the perspective has reached' }),
			stopped: z.enum(['hidden', 'withdrawn']).nullable(),
			report: z.object({ publishedAt: z.iso.datetime(), url: z.string() }).nullable(),
			proposals: z.array(
				z.object({
					id: z.uuid(),
					title: z.string(),
					via: z
						.enum(['perspective', 'theme'])
						.meta({ description: 'Linked to this perspective itself, or to its theme' }),
					decision: z
						.object({
							id: z.uuid(),
							body: z.string(),
							decidedOn: z.iso.date(),
							caseNumber: z.string(),
							minutesParagraph: z.string(),
							outcome,
							reasons: z.string()
						})
						.nullable(),
					implementation: z
						.object({
							id: z.uuid(),
							title: z.string(),
							status,
							progress: z.number().int(),
							latestUpdate: z.object({ text: z.string(), at: z.iso.datetime() }).nullable()
						})
						.nullable()
				})
			)
		})
	})
	.register(apiRegistry, {
		id: 'Receipt',
		description:
			'A perspective by its receipt code and its whole trace: theme, report, proposals, decision and reasons, implementation. Never contact details or self-descriptions.'
	});
