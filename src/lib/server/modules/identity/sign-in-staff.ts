/**
 * @module Staff sign in with email and password, in the organisation whose address they are on. This checks
 * the first factor only; the route hands the person to `completeStaffSignIn`, which starts the session or
 * asks an organisation admin for a second factor.
 */
import { z } from 'zod';
import { err, ok, type Result } from '../../../kernel/result';
import { burnPasswordCheck, verifyPassword } from '../../auth/password';
import { findMembership, findUserByEmail } from './queries/users';
import type { UseCaseContext, UseCaseError } from '../context';
import { zodFieldErrors } from '../process/process-input';

export const signInSchema = z.object({
	email: z
		.string()
		.trim()
		.min(1, 'error.email.required')
		.max(320, 'error.email.format')
		.includes('@', { message: 'error.email.format' }),
	password: z.string().min(1, 'error.password.required').max(1000, 'error.password.required')
});

export type SignInError = UseCaseError | { code: 'wrong_credentials' };

export async function signInStaff(
	ctx: UseCaseContext,
	organisationId: string,
	raw: unknown
): Promise<Result<{ userId: string }, SignInError>> {
	const parsed = signInSchema.safeParse(raw);
	if (!parsed.success) return err({ code: 'invalid', fields: zodFieldErrors(parsed.error) });
	const user = await findUserByEmail(ctx.db, parsed.data.email);
	if (!user) {
		await burnPasswordCheck(parsed.data.password);
		return err({ code: 'wrong_credentials' });
	}
	// A platform admin holds no role in the organisation but may sign in on its address to run the installation.
	const membership = user.isPlatformAdmin || (await findMembership(ctx.db, user.id, organisationId));
	if (!membership || !(await verifyPassword(parsed.data.password, user.passwordHash)))
		return err({ code: 'wrong_credentials' });
	return ok({ userId: user.id });
}
