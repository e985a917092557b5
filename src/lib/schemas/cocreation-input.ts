/**
 * @module Working group, session, note, proposal, argument, priority and commitment input, as it arrives
 * from the forms (and, for arguments, the API). Messages are i18n keys.
 */
import { z } from 'zod';
import { COMMITMENT_STATUSES, PARTIES } from '../domain/cocreation/commitment';
import { ARGUMENT_MAX, ARGUMENT_SIDES, CRITERIA, SCORE_MAX, SCORE_MIN, TERMS } from '../domain/cocreation/proposal';
import { AGENDA_MAX, NOTE_KINDS, NOTE_MAX } from '../domain/cocreation/session';
import { MAX_DOTS_PER_MEMBER, MEMBER_ROLES } from '../domain/cocreation/working-group';

const trimmed = (v: unknown) => (typeof v === 'string' ? v.trim() : v);
const text = (required: string, max: number, tooLong: string) =>
	z.preprocess(trimmed, z.string(required).min(1, required).max(max, tooLong));
const optionalText = (max: number, tooLong: string) =>
	z.preprocess((v) => (typeof v === 'string' ? v.trim() : ''), z.string().max(max, tooLong));
/** Checkbox groups arrive as a list (one value per ticked box), or one string, or nothing. */
const idList = z.preprocess(
	(v) => (Array.isArray(v) ? v : typeof v === 'string' && v !== '' ? [v] : []),
	z.array(z.uuid('error.cocreation.link')).max(500)
);
const checked = z.preprocess((v) => v === 'on' || v === 'true' || v === true, z.boolean());
const isoDate = (message: string) => z.preprocess(trimmed, z.iso.date(message));
const int = (message: string, min: number, max: number) =>
	z.preprocess(
		(v) => (typeof v === 'string' && v.trim() !== '' ? Number(v.trim()) : v),
		z.number(message).int(message).min(min, message).max(max, message)
	);

export const memberInputSchema = z.object({
	name: text('error.member.name', 120, 'error.member.nameLong'),
	email: z.preprocess(
		trimmed,
		z
			.string('error.member.email')
			.min(3, 'error.member.email')
			.max(320, 'error.member.email')
			.regex(/^[^\s@]+@[^\s@]+$/, 'error.member.email')
	),
	role: z.enum(MEMBER_ROLES, 'error.member.role'),
	brings: optionalText(300, 'error.member.bringsLong'),
	themeIds: idList,
	groups: z.preprocess(
		(v) => (Array.isArray(v) ? v : typeof v === 'string' && v !== '' ? [v] : []),
		z.array(z.string().max(40)).max(20)
	),
	showName: checked,
	invite: checked
});
export type MemberInput = z.infer<typeof memberInputSchema>;

export const dotsSettingSchema = z.object({ dotsPerMember: int('error.group.dots', 1, MAX_DOTS_PER_MEMBER) });

export const reasonSchema = z.object({ reason: text('error.cocreation.reason', 500, 'error.cocreation.reasonLong') });

export const sessionInputSchema = z.object({
	title: text('error.session.title', 160, 'error.session.titleLong'),
	heldOn: isoDate('error.session.heldOn'),
	place: text('error.session.place', 200, 'error.session.placeLong'),
	methodKey: z.preprocess(trimmed, z.string('error.session.method').min(1, 'error.session.method')),
	agenda: optionalText(AGENDA_MAX, 'error.session.agendaLong')
});

export const agendaInputSchema = z.object({ agenda: optionalText(AGENDA_MAX, 'error.session.agendaLong') });

export const noteInputSchema = z.object({
	kind: z.enum(NOTE_KINDS, 'error.note.kind'),
	text: text('error.note.text', NOTE_MAX, 'error.note.textLong'),
	themeIds: idList,
	perspectiveIds: idList
});

export const proposalInputSchema = z.object({
	title: text('error.proposal.title', 160, 'error.proposal.titleLong'),
	what: text('error.proposal.what', 3000, 'error.proposal.whatLong'),
	why: text('error.proposal.why', 3000, 'error.proposal.whyLong'),
	term: z.enum(TERMS, 'error.proposal.term'),
	costNote: optionalText(1000, 'error.proposal.noteLong'),
	feasibilityNote: optionalText(1000, 'error.proposal.noteLong'),
	themeIds: idList,
	perspectiveIds: idList
});

export const argumentInputSchema = z.object({
	side: z.enum(ARGUMENT_SIDES, 'error.argument.side'),
	text: text('error.argument.text', ARGUMENT_MAX, 'error.argument.textLong')
});

export const assessmentInputSchema = z.object(
	Object.fromEntries(CRITERIA.map((c) => [c, int('error.assessment.score', SCORE_MIN, SCORE_MAX)])) as Record<
		(typeof CRITERIA)[number],
		ReturnType<typeof int>
	>
);

export const commitmentInputSchema = z.object({
	party: z.enum(PARTIES, 'error.commitment.party'),
	what: text('error.commitment.what', 1000, 'error.commitment.whatLong'),
	owner: text('error.commitment.owner', 200, 'error.commitment.ownerLong'),
	dueOn: isoDate('error.commitment.dueOn')
});

export const commitmentStatusSchema = z.object({
	status: z.enum(COMMITMENT_STATUSES, 'error.commitment.status'),
	reason: optionalText(500, 'error.cocreation.reasonLong')
});
