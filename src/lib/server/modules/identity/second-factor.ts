/**
 * @module The authenticator app and recovery codes: setting them up (on the account page, or during an
 * organisation admin's first sign-in) and checking them as a second factor. A code is accepted once: the
 * time step of the last accepted code is kept, and a recovery code is marked used. Wrong codes are audited,
 * never with the code itself.
 */
import { err, ok, type Result } from '../../../kernel/result';
import {
	hashRecoveryCode,
	matchTotpStep,
	newRecoveryCodes,
	newTotpSecret,
	normaliseRecoveryCode,
	totpUri
} from '../../auth/totp';
import { appendAudit, auditAs } from '../records/queries/audit';
import {
	advanceTotpStep,
	consumeRecoveryCode,
	countUnusedRecoveryCodes,
	findTotp,
	replaceRecoveryCodes,
	saveUnconfirmedTotp
} from './queries/staff-auth';
import type { UseCaseContext, UseCaseError } from '../context';

type Who = { userId: string; organisationId: string };

export type TotpStatus =
	{ confirmed: true; recoveryCodesLeft: number } | { confirmed: false; secret: string; uri: string };

/** Whether the person has an app set up; if not, the secret to set one up with (kept until confirmed). */
export async function totpStatus(
	ctx: UseCaseContext,
	user: { id: string; email: string },
	issuer: string
): Promise<TotpStatus> {
	const existing = await findTotp(ctx.db, user.id);
	if (existing?.confirmedAt)
		return { confirmed: true, recoveryCodesLeft: await countUnusedRecoveryCodes(ctx.db, user.id) };
	let secret = existing?.secret;
	if (!secret) {
		secret = newTotpSecret();
		await saveUnconfirmedTotp(ctx.db, user.id, secret, ctx.now());
	}
	return { confirmed: false, secret, uri: totpUri(secret, user.email, issuer) };
}

export const hasConfirmedTotp = async (ctx: UseCaseContext, userId: string) =>
	Boolean((await findTotp(ctx.db, userId))?.confirmedAt);

const codeOf = (raw: unknown) => {
	const code = (raw as { code?: unknown } | null)?.code;
	return typeof code === 'string' ? code.trim() : '';
};

const invalid = (message: string): UseCaseError => ({ code: 'invalid', fields: [{ field: 'code', message }] });

/** Confirms the app with one correct code and returns ten new recovery codes, to be shown once. */
export async function confirmTotp(
	ctx: UseCaseContext,
	who: Who,
	raw: unknown
): Promise<Result<{ recoveryCodes: string[] }, UseCaseError>> {
	const code = codeOf(raw).replace(/\s/g, '');
	if (!code) return err(invalid('error.totp.required'));
	const totp = await findTotp(ctx.db, who.userId);
	if (!totp || totp.confirmedAt) return err({ code: 'conflict', reason: 'already_confirmed' });
	const now = ctx.now();
	const step = matchTotpStep(totp.secret, code, now);
	if (step === null) {
		await auditFailure(ctx, who, 'totpSetup');
		return err(invalid('error.totp.wrong'));
	}
	const recoveryCodes = newRecoveryCodes();
	const confirmed = await ctx.db.transaction(async (tx) => {
		if (!(await advanceTotpStep(tx, who.userId, step, now))) return false;
		await replaceRecoveryCodes(tx, who.userId, recoveryCodes.map(hashRecoveryCode), now);
		await auditAs(ctx, who, now)(tx, 'staff.totpSetUp', 'user', who.userId);
		return true;
	});
	return confirmed ? ok({ recoveryCodes }) : err(invalid('error.totp.used'));
}

/** Checks an app code (six digits) or a recovery code as the second factor. */
export async function checkSecondFactor(
	ctx: UseCaseContext,
	who: Who,
	raw: unknown
): Promise<Result<{ factor: 'totp' | 'recovery' }, UseCaseError>> {
	const code = codeOf(raw);
	if (!code) return err(invalid('error.totp.required'));
	const now = ctx.now();
	const digits = code.replace(/\s/g, '');
	if (/^\d{6}$/.test(digits)) {
		const totp = await findTotp(ctx.db, who.userId);
		const step = totp?.confirmedAt ? matchTotpStep(totp.secret, digits, now) : null;
		if (step === null) {
			await auditFailure(ctx, who, 'totp');
			return err(invalid('error.totp.wrong'));
		}
		if (!(await advanceTotpStep(ctx.db, who.userId, step))) {
			await auditFailure(ctx, who, 'totpReplay');
			return err(invalid('error.totp.used'));
		}
		return ok({ factor: 'totp' });
	}
	if (
		normaliseRecoveryCode(code).length === 12 &&
		(await consumeRecoveryCode(ctx.db, who.userId, hashRecoveryCode(code), now))
	) {
		await auditOwn(ctx, who, 'staff.recoveryCodeUsed', { left: await countUnusedRecoveryCodes(ctx.db, who.userId) });
		return ok({ factor: 'recovery' });
	}
	await auditFailure(ctx, who, 'recovery');
	return err(invalid('error.totp.wrong'));
}

/** New recovery codes replace the old ones (all of them); shown once. */
export async function renewRecoveryCodes(
	ctx: UseCaseContext,
	who: Who
): Promise<Result<{ recoveryCodes: string[] }, UseCaseError>> {
	if (!(await hasConfirmedTotp(ctx, who.userId))) return err({ code: 'conflict', reason: 'no_totp' });
	const now = ctx.now();
	const recoveryCodes = newRecoveryCodes();
	await ctx.db.transaction(async (tx) => {
		await replaceRecoveryCodes(tx, who.userId, recoveryCodes.map(hashRecoveryCode), now);
		await auditAs(ctx, who, now)(tx, 'staff.recoveryCodesRenewed', 'user', who.userId);
	});
	return ok({ recoveryCodes });
}

/** An event about the person's own sign-in, outside any transaction (nothing else changes with it). */
const auditOwn = (ctx: UseCaseContext, who: Who, action: string, details: Record<string, unknown>) =>
	appendAudit(ctx.db, {
		id: ctx.newId(),
		organisationId: who.organisationId,
		actorUserId: who.userId,
		action,
		entityType: 'user',
		entityId: who.userId,
		details,
		at: ctx.now()
	});

/** A wrong or replayed code, recorded without the code. */
const auditFailure = (ctx: UseCaseContext, who: Who, kind: 'totp' | 'totpReplay' | 'totpSetup' | 'recovery') =>
	auditOwn(ctx, who, 'staff.secondFactorFailed', { kind });
