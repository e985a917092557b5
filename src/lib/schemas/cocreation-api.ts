/**
 * @module API shapes for the working group's proposals: themes, linked perspectives (id and shown text, never a
 * receipt), priority results per role (withheld for roles under the public minimum) and commitments.
 */
import { z } from 'zod';
import { COMMITMENT_STATUSES, PARTIES } from '../domain/cocreation/commitment';
import { ARGUMENT_MAX, ARGUMENT_SIDES, CRITERIA, TERMS } from '../domain/cocreation/proposal';
import { MEMBER_ROLES } from '../domain/cocreation/working-group';
import { apiRegistry } from './api';

const scores = z
	.object(Object.fromEntries(CRITERIA.map((c) => [c, z.number()])) as Record<(typeof CRITERIA)[number], z.ZodNumber>)
	.meta({
		description:
			'Mean 1–5 per criterion: sustainability (hållbarhet), legitimacy (legitimitet), service, feasibility (genomförbarhet)'
	});

export const proposalSchema = z
	.object({
		id: z.uuid(),
		title: z.string(),
		what: z.string(),
		why: z.string(),
		term: z.enum(TERMS),
		costNote: z.string(),
		feasibilityNote: z.string(),
		url: z.string().meta({ description: 'Path of the public page' }),
		themes: z.array(z.object({ id: z.uuid(), name: z.string() })),
		perspectives: z.array(
			z.object({ id: z.uuid(), text: z.string().meta({ description: 'As shown publicly: personal data redacted' }) })
		),
		priority: z.object({
			rank: z.number().int(),
			dots: z.number().int(),
			assessed: z.number().int(),
			means: scores.nullable(),
			byRole: z.array(
				z.object({
					role: z.enum(MEMBER_ROLES),
					members: z.number().int(),
					withheld: z
						.boolean()
						.meta({ description: 'True when the role has too few members for its figures to be shown' }),
					dots: z.number().int().nullable(),
					assessed: z.number().int().nullable(),
					means: scores.nullable()
				})
			)
		}),
		arguments: z.object({ for: z.number().int(), against: z.number().int() }),
		commitments: z.array(
			z.object({
				id: z.uuid(),
				party: z.enum(PARTIES),
				what: z.string(),
				owner: z.string(),
				dueOn: z.string(),
				status: z.enum(COMMITMENT_STATUSES),
				cancelReason: z.string().nullable()
			})
		)
	})
	.register(apiRegistry, { id: 'Proposal' });

export const proposalListSchema = z
	.object({ dotsPerMember: z.number().int(), members: z.number().int(), proposals: z.array(proposalSchema) })
	.register(apiRegistry, { id: 'ProposalList' });

export const argumentRequestSchema = z
	.object({ side: z.enum(ARGUMENT_SIDES), text: z.string().min(1).max(ARGUMENT_MAX) })
	.register(apiRegistry, {
		id: 'ArgumentRequest',
		description: 'An argument for or against a proposal, from the public. Becomes a public record.'
	});

export const argumentCreatedSchema = z
	.object({ id: z.uuid(), source: z.enum(['member', 'public']) })
	.register(apiRegistry, { id: 'ArgumentCreated' });
