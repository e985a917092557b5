/**
 * @module Staff sign in with email and password. Identity providers and magic links come with issue #8.
 */
import { z } from 'zod';
import { err, ok, type Result } from '../../domain/result';
import { burnPasswordCheck, verifyPassword } from '../auth/password';
import { hashSessionToken, newSessionToken, SESSION_DAYS } from '../auth/session-token';
import { auditAs } from '../db/queries/audit';
import { findMembership, findUserByEmail, insertSession } from '../db/queries/users';
import type { UseCaseContext, UseCaseError } from './context';
import { zodFieldErrors } from './process-input';

export const signInSchema = z.object({
	email: z.string().trim().min(1, 'error.email.required').max(320, 'error.email.format').includes('@', { message: 'error.email.format' }),
	password: z.string().min(1, 'error.password.required').max(1000, 'error.password.required')
});

export type SignInError = UseCaseError | { code: 'wrong_credentials' };

export async function signInStaff(ctx: UseCaseContext, raw: unknown): Promise<Result<{ token: string; expiresAt: Date }, SignInError>> {
	const parsed = signInSchema.safeParse(raw);
	if (!parsed.success) return err({ code: 'invalid', fields: zodFieldErrors(parsed.error) });
	const user = await findUserByEmail(ctx.db, parsed.data.email);
	if (!user) {
		await burnPasswordCheck(parsed.data.password);
		return err({ code: 'wrong_credentials' });
	}
	const membership = await findMembership(ctx.db, user.id);
	if (!membership || !(await verifyPassword(parsed.data.password, user.passwordHash))) return err({ code: 'wrong_credentials' });
	const now = ctx.now();
	const token = newSessionToken();
	const expiresAt = new Date(now.getTime() + SESSION_DAYS * 24 * 3600 * 1000);
	await ctx.db.transaction(async (tx) => {
		await insertSession(tx, { tokenHash: hashSessionToken(token), userId: user.id, expiresAt, createdAt: now });
		await auditAs(ctx, { organisationId: membership.organisationId, userId: user.id }, now)(tx, 'staff.signedIn', 'user', user.id);
	});
	return ok({ token, expiresAt });
}
