/**
 * @module Staff record an interview from the plan: the group, the date, the interviewee's consent, and the
 * perspectives it gave — all in one transaction, so an interview is never half recorded. Perspectives get
 * the channel "interview" and receipt codes like any other; quotes only where quoting was agreed to.
 */
import { randomBytes } from 'node:crypto';
import type { Actor } from '../../../domain/access/can';
import { INTERVIEW_CONSENT_VERSION } from '../../../domain/perspective/interview';
import { isCollecting } from '../../../domain/perspective/perspective';
import { receiptFromBytes } from '../../../domain/perspective/receipt';
import { err, ok, type Result } from '../../../kernel/result';
import { interviewInputSchema } from '../../../schemas/interview-input';
import { auditAs } from '../records/queries/audit';
import { findInterviewTarget, insertInterview } from './queries/interviews';
import { insertPerspective, isReceiptTaken } from './queries/perspectives';
import type { UseCaseContext, UseCaseError } from '../context';
import { loadProcessFor } from '../process/load-process-for-staff';
import { zodFieldErrors } from '../process/process-input';
import type { SubmitError } from './submit-perspective';

/** Form fields arrive as `perspectives.0.text`; the form parser makes that an object keyed by index. */
function withPerspectiveList(raw: unknown): unknown {
	if (!raw || typeof raw !== 'object') return raw;
	const value = raw as Record<string, unknown>;
	const list = value.perspectives;
	if (list && typeof list === 'object' && !Array.isArray(list)) {
		const entries = Object.entries(list as Record<string, unknown>)
			.filter(([k]) => /^\d+$/.test(k))
			.sort(([a], [b]) => Number(a) - Number(b))
			.map(([, v]) => v);
		return { ...value, perspectives: entries };
	}
	return value;
}

export async function recordInterview(
	ctx: UseCaseContext,
	actor: Actor,
	slug: string,
	raw: unknown
): Promise<Result<{ id: string; receipts: string[] }, SubmitError | UseCaseError>> {
	const loaded = await loadProcessFor(ctx, actor, 'perspective.record', slug);
	if (!loaded.ok) return loaded;
	const { process, staff } = loaded.value;
	if (!isCollecting(process.currentPhase)) return err({ code: 'phase_closed', phase: process.currentPhase });
	const parsed = interviewInputSchema.safeParse(withPerspectiveList(raw));
	if (!parsed.success) return err({ code: 'invalid', fields: zodFieldErrors(parsed.error) });
	const input = parsed.data;
	const target = await findInterviewTarget(ctx.db, process.id, input.targetId);
	if (!target || target.withdrawnAt)
		return err({ code: 'invalid', fields: [{ field: 'targetId', message: 'error.interview.target.choose' }] });
	const now = ctx.now();
	if (input.heldOn > now.toISOString().slice(0, 10))
		return err({ code: 'invalid', fields: [{ field: 'heldOn', message: 'error.interview.heldOnFuture' }] });

	const given = input.perspectives.filter((p) => p.text.length > 0);
	const receipts: string[] = [];
	while (receipts.length < given.length) {
		const code = receiptFromBytes(randomBytes(8));
		if (!receipts.includes(code) && !(await isReceiptTaken(ctx.db, code))) receipts.push(code);
	}
	const interviewId = ctx.newId();
	await ctx.db.transaction(async (tx) => {
		await insertInterview(tx, {
			id: interviewId,
			processId: process.id,
			targetId: target.id,
			heldOn: input.heldOn,
			interviewerUserId: staff.userId,
			mayQuote: input.mayQuote === true,
			consentVersion: INTERVIEW_CONSENT_VERSION,
			consentRecordedAt: now,
			createdAt: now
		});
		for (const [i, p] of given.entries()) {
			await insertPerspective(
				tx,
				{
					id: ctx.newId(),
					processId: process.id,
					text: p.text,
					channel: 'interview',
					themeId: null,
					isQuote: p.isQuote,
					status: 'visible',
					hiddenReason: null,
					receipt: receipts[i],
					createdAt: new Date(now.getTime() + i),
					enteredByUserId: staff.userId,
					interviewId
				},
				{ contact: null, profile: null, consentedAt: now }
			);
		}
		// The audit event names the interview and the group, never the interviewee or what they said.
		await auditAs(ctx, staff, now)(tx, 'interview.recorded', 'interview', interviewId, {
			group: target.name,
			perspectives: given.length,
			mayQuote: input.mayQuote === true
		});
	});
	return ok({ id: interviewId, receipts });
}
