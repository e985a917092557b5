/**
 * @module Public-records requests from registration to decision: the register (time since receipt always shown),
 * registering a request (the requester's contact apart, anonymity allowed), the request page with the gathered
 * records and the proposed masking, the reviewer's masking, and the decision, which freezes the delivery.
 * Every step asks the gate and writes an audit event (never the records' text or the requester).
 */
import type { Actor } from '../../../domain/access/can';
import {
	checkDecision,
	daysSince,
	registerOrder,
	suggestedOutcome,
	swedishLocalTime,
	toSwedishLocal,
	type DisclosureOutcome
} from '../../../domain/disclosure/disclosure';
import { maskedCount, reviewPassages, type Review, type ReviewedPassage } from '../../../domain/disclosure/review';
import { err, ok, type Result } from '../../../kernel/result';
import { decisionInputSchema, manualPassageSchema, requestInputSchema } from '../../../schemas/disclosure-input';
import type { FieldError, UseCaseContext, UseCaseError } from '../context';
import { authorize, permissions, refused } from '../gate';
import { findOrganisationById } from '../identity/queries/organisations';
import { zodFieldErrors } from '../process/process-input';
import { auditAs } from '../records/queries/audit';
import type { Delivery } from '../../../domain/disclosure/delivery';
import { composeDelivery, referenceOf } from './delivery';
import { gatherRecords, type GatheredRecord } from './gather-records';
import { findUserNames } from './queries/users';
import {
	ensureDefaultGrounds,
	findRequest,
	findRequesterContact,
	insertRequest,
	listGrounds,
	listProcessRefs,
	listRequests,
	saveRequestDecision,
	saveRequestReview,
	type GroundRow,
	type ProcessRef,
	type Requester,
	type RequestRow
} from './queries/disclosure';

type StaffActor = Extract<Actor, { kind: 'staff' }>;

function staffFor(actor: Actor): StaffActor | null {
	if (!authorize(actor, 'disclosure.handle').ok || actor.kind !== 'staff') return null;
	return actor;
}

/** Whether the actor may handle requests, for the links a page shows. */
export function disclosurePermissions(actor: Actor) {
	return permissions(actor, ['disclosure.handle', 'disclosure.grounds'] as const);
}

export type RequestSummary = {
	id: string;
	reference: string;
	receivedAt: Date;
	daysSinceReceipt: number;
	channel: RequestRow['channel'];
	subject: string;
	processTitle: string | null;
	status: RequestRow['status'];
	outcome: DisclosureOutcome | null;
	decidedAt: Date | null;
	/** Days from receipt to decision, for a decided request. */
	daysToDecision: number | null;
};

/** The register: open requests first, the oldest first; each with how long since it came in. */
export async function loadRequestRegister(
	ctx: UseCaseContext,
	actor: Actor
): Promise<Result<{ requests: RequestSummary[]; canEditGrounds: boolean }, UseCaseError>> {
	const staff = staffFor(actor);
	if (!staff) return refused();
	const now = ctx.now();
	const rows = registerOrder(await listRequests(ctx.db, staff.organisationId));
	return ok({
		canEditGrounds: disclosurePermissions(actor)['disclosure.grounds'],
		requests: rows.map((r) => ({
			id: r.id,
			reference: referenceOf(r.id),
			receivedAt: r.receivedAt,
			daysSinceReceipt: daysSince(r.receivedAt, now),
			channel: r.channel,
			subject: r.subject,
			processTitle: r.processTitle,
			status: r.status,
			outcome: r.outcome,
			decidedAt: r.decidedAt,
			daysToDecision: r.decidedAt ? daysSince(r.receivedAt, r.decidedAt) : null
		}))
	});
}

/** The registration form: the processes to choose from and the time to start from (now, Swedish time). */
export async function loadRegisterForm(
	ctx: UseCaseContext,
	actor: Actor
): Promise<Result<{ processes: ProcessRef[]; now: string }, UseCaseError>> {
	const staff = staffFor(actor);
	if (!staff) return refused();
	return ok({ processes: await listProcessRefs(ctx.db, staff.organisationId), now: toSwedishLocal(ctx.now()) });
}

const blankToNull = (v: string) => (v.trim() ? v.trim() : null);

/** Registers a request; the requester's contact (if any) goes in its own table. */
export async function registerRequest(
	ctx: UseCaseContext,
	actor: Actor,
	raw: unknown
): Promise<Result<{ id: string }, UseCaseError>> {
	const staff = staffFor(actor);
	if (!staff) return refused();
	const parsed = requestInputSchema.safeParse(raw);
	const fields: FieldError[] = parsed.success ? [] : zodFieldErrors(parsed.error);
	const now = ctx.now();
	let receivedAt = now;
	const rawReceived = parsed.success ? parsed.data.receivedAt : '';
	if (rawReceived) {
		const at = swedishLocalTime(rawReceived);
		if (!at) fields.push({ field: 'receivedAt', message: 'error.disclosure.receivedAt' });
		else if (at.getTime() > now.getTime() + 60_000)
			fields.push({ field: 'receivedAt', message: 'error.disclosure.receivedFuture' });
		else receivedAt = at;
	}
	if (parsed.success && parsed.data.processId) {
		const own = await listProcessRefs(ctx.db, staff.organisationId);
		if (!own.some((p) => p.id === parsed.data.processId))
			fields.push({ field: 'processId', message: 'error.disclosure.process' });
	}
	if (!parsed.success || fields.length) return err({ code: 'invalid', fields });
	const input = parsed.data;
	const requester: Requester = {
		name: blankToNull(input.requester.name),
		email: blankToNull(input.requester.email),
		phone: blankToNull(input.requester.phone),
		address: blankToNull(input.requester.address)
	};
	const anonymous = Object.values(requester).every((v) => v === null);
	const id = ctx.newId();
	await ctx.db.transaction(async (tx) => {
		await ensureDefaultGrounds(tx, staff.organisationId, now, ctx.newId);
		await insertRequest(
			tx,
			{
				id,
				organisationId: staff.organisationId,
				receivedAt,
				channel: input.channel,
				subject: input.subject,
				processId: input.processId,
				periodFrom: input.periodFrom,
				periodTo: input.periodTo,
				recordTypes: input.recordTypes,
				registeredByUserId: staff.userId,
				createdAt: now
			},
			anonymous ? null : requester
		);
		await auditAs(ctx, staff, now)(tx, 'disclosure.registered', 'disclosure_request', id, {
			channel: input.channel,
			processId: input.processId,
			recordTypes: input.recordTypes,
			anonymous
		});
	});
	return ok({ id });
}

type Loaded = {
	staff: StaffActor;
	request: RequestRow;
	grounds: GroundRow[];
	defaultGroundId: string | null;
	records: GatheredRecord[];
	passages: ReviewedPassage[];
};

async function loadRequest(ctx: UseCaseContext, actor: Actor, id: string): Promise<Result<Loaded, UseCaseError>> {
	const staff = staffFor(actor);
	if (!staff) return refused();
	const request = await findRequest(ctx.db, staff.organisationId, id);
	if (!request) return err({ code: 'not_found' });
	const grounds = await listGrounds(ctx.db, staff.organisationId, { archived: true });
	const active = grounds.filter((g) => !g.archivedAt);
	const defaultGroundId = (active.find((g) => g.defaultKey === 'osl-21-7') ?? active[0])?.id ?? null;
	const records = request.status === 'open' ? await gatherRecords(ctx.db, request) : [];
	const passages = request.status === 'open' ? reviewPassages(records, request.review, defaultGroundId) : [];
	return ok({ staff, request, grounds, defaultGroundId, records, passages });
}

export type RequestPage = {
	request: Omit<RequestRow, 'delivery' | 'review' | 'organisationId'> & {
		reference: string;
		daysSinceReceipt: number;
		daysToDecision: number | null;
		manual: Review['manual'];
	};
	requester: Requester | null;
	grounds: { id: string; code: string; label: string }[];
	defaultGroundId: string | null;
	records: (GatheredRecord & { passages: ReviewedPassage[] })[];
	maskedCount: number;
	suggestedOutcome: DisclosureOutcome;
	delivery: Delivery | null;
};

/** The request page: the gathered records with the masking (open), or the frozen delivery (decided). */
export async function loadRequestPage(
	ctx: UseCaseContext,
	actor: Actor,
	id: string
): Promise<Result<RequestPage, UseCaseError>> {
	const loaded = await loadRequest(ctx, actor, id);
	if (!loaded.ok) return loaded;
	const { request, grounds, records, passages, defaultGroundId } = loaded.value;
	const { delivery, review, organisationId: _o, ...shown } = request;
	const count = maskedCount(passages);
	return ok({
		request: {
			...shown,
			reference: referenceOf(request.id),
			daysSinceReceipt: daysSince(request.receivedAt, ctx.now()),
			daysToDecision: request.decidedAt ? daysSince(request.receivedAt, request.decidedAt) : null,
			manual: review.manual
		},
		requester: await findRequesterContact(ctx.db, request.id),
		grounds: grounds.filter((g) => !g.archivedAt).map(({ id, code, label }) => ({ id, code, label })),
		defaultGroundId,
		records: records.map((r) => ({ ...r, passages: passages.filter((p) => p.recordKey === r.key) })),
		maskedCount: count,
		suggestedOutcome: suggestedOutcome(count),
		delivery: (delivery as Delivery | null) ?? null
	});
}

const decidedConflict = () => err<UseCaseError>({ code: 'conflict', reason: 'decided' });

/**
 * Saves the reviewer's masking from the form: for every passage shown (`seen.<key>`), masked when
 * `mask.<key>` is there, with the ground in `ground.<key>`.
 */
export async function saveMasking(
	ctx: UseCaseContext,
	actor: Actor,
	id: string,
	raw: Record<string, unknown>
): Promise<Result<{ masked: number; unmasked: number }, UseCaseError>> {
	const loaded = await loadRequest(ctx, actor, id);
	if (!loaded.ok) return loaded;
	const { staff, request, grounds, passages } = loaded.value;
	if (request.status !== 'open') return decidedConflict();
	const obj = (v: unknown) => (v && typeof v === 'object' ? (v as Record<string, unknown>) : {});
	const seen = obj(raw.seen);
	const mask = obj(raw.mask);
	const ground = obj(raw.ground);
	const active = new Set(grounds.filter((g) => !g.archivedAt).map((g) => g.id));
	const next: Review = { passages: { ...request.review.passages }, manual: [...request.review.manual] };
	const removeManual = new Set<string>();
	let masked = 0;
	let unmasked = 0;
	for (const p of passages) {
		if (seen[p.key] === undefined) continue;
		const isMasked = mask[p.key] !== undefined;
		const chosen =
			typeof ground[p.key] === 'string' && active.has(ground[p.key] as string) ? (ground[p.key] as string) : p.groundId;
		if (isMasked) masked++;
		else unmasked++;
		if (p.manualId) {
			// The reviewer's own passage: unmasking it takes it away (everywhere it was found).
			if (!isMasked) removeManual.add(p.manualId);
			else if (chosen) next.manual = next.manual.map((m) => (m.id === p.manualId ? { ...m, groundId: chosen } : m));
			continue;
		}
		next.passages[p.key] = { masked: isMasked, groundId: chosen };
	}
	next.manual = next.manual.filter((m) => !removeManual.has(m.id));
	const now = ctx.now();
	const saved = await ctx.db.transaction(async (tx) => {
		if (!(await saveRequestReview(tx, request.id, next, now))) return false;
		await auditAs(ctx, staff, now)(tx, 'disclosure.reviewed', 'disclosure_request', request.id, {
			masked,
			unmasked,
			removedOwnPassages: removeManual.size
		});
		return true;
	});
	return saved ? ok({ masked, unmasked }) : decidedConflict();
}

/** Masks a further passage given by its exact text, in one record or in all of them. */
export async function addPassage(
	ctx: UseCaseContext,
	actor: Actor,
	id: string,
	raw: unknown
): Promise<Result<{ found: number }, UseCaseError>> {
	const loaded = await loadRequest(ctx, actor, id);
	if (!loaded.ok) return loaded;
	const { staff, request, grounds, records } = loaded.value;
	if (request.status !== 'open') return decidedConflict();
	const parsed = manualPassageSchema.safeParse(raw);
	if (!parsed.success) return err({ code: 'invalid', fields: zodFieldErrors(parsed.error) });
	const input = parsed.data;
	const fields: FieldError[] = [];
	if (!grounds.some((g) => g.id === input.groundId && !g.archivedAt))
		fields.push({ field: 'groundId', message: 'error.disclosure.ground' });
	if (input.recordKey && !records.some((r) => r.key === input.recordKey))
		fields.push({ field: 'recordKey', message: 'error.disclosure.record' });
	const found = records
		.filter((r) => !input.recordKey || r.key === input.recordKey)
		.reduce((n, r) => n + r.fields.reduce((m, f) => m + f.text.split(input.text).length - 1, 0), 0);
	if (!fields.length && found === 0) fields.push({ field: 'text', message: 'error.disclosure.passageNotFound' });
	if (fields.length) return err({ code: 'invalid', fields });
	const now = ctx.now();
	const next: Review = {
		passages: request.review.passages,
		manual: [
			...request.review.manual,
			{ id: ctx.newId(), text: input.text, recordKey: input.recordKey, groundId: input.groundId }
		]
	};
	const saved = await ctx.db.transaction(async (tx) => {
		if (!(await saveRequestReview(tx, request.id, next, now))) return false;
		// The passage itself may be personal data: the log keeps where and how often, never the text.
		await auditAs(ctx, staff, now)(tx, 'disclosure.passageAdded', 'disclosure_request', request.id, {
			inAllRecords: input.recordKey === null,
			occurrences: found
		});
		return true;
	});
	return saved ? ok({ found }) : decidedConflict();
}

/** Decides the request: checks the outcome against the masking, then freezes the delivery as decided. */
export async function decideRequest(
	ctx: UseCaseContext,
	actor: Actor,
	id: string,
	raw: unknown
): Promise<Result<{ outcome: DisclosureOutcome }, UseCaseError>> {
	const loaded = await loadRequest(ctx, actor, id);
	if (!loaded.ok) return loaded;
	const { staff, request, grounds, records, passages, defaultGroundId } = loaded.value;
	if (request.status !== 'open') return decidedConflict();
	const parsed = decisionInputSchema.safeParse(raw);
	if (!parsed.success) return err({ code: 'invalid', fields: zodFieldErrors(parsed.error) });
	const { outcome, reason } = parsed.data;
	const count = maskedCount(passages);
	const problems = checkDecision({ outcome, maskedCount: count, reason });
	if (problems.length)
		return err({
			code: 'invalid',
			fields: problems.map((p) => ({
				field: p.startsWith('reason') ? 'reason' : 'outcome',
				message: `error.disclosure.${p}`
			}))
		});
	const now = ctx.now();
	const organisation = await findOrganisationById(ctx.db, staff.organisationId);
	const decidedBy = await deciderName(ctx, staff.userId);
	const delivery = composeDelivery({
		request,
		organisation: organisation?.name ?? '',
		records,
		passages,
		grounds,
		defaultGroundId,
		outcome,
		reason,
		decidedAt: now,
		decidedBy
	});
	const saved = await ctx.db.transaction(async (tx) => {
		if (
			!(await saveRequestDecision(tx, request.id, {
				outcome,
				reason,
				decidedAt: now,
				decidedByUserId: staff.userId,
				delivery
			}))
		)
			return false;
		await auditAs(ctx, staff, now)(tx, 'disclosure.decided', 'disclosure_request', request.id, {
			outcome,
			records: records.length,
			masked: count,
			grounds: delivery.grounds.map((g) => g.code)
		});
		return true;
	});
	return saved ? ok({ outcome }) : decidedConflict();
}

async function deciderName(ctx: UseCaseContext, userId: string): Promise<string> {
	return (await findUserNames(ctx.db, [userId]))[0]?.name ?? '';
}
