import { hashSessionToken } from '../../auth/session-token';
import { deleteSession } from './queries/users';
import type { UseCaseContext } from '../context';

/** Ends the session behind the cookie token. Signing out twice is harmless. */
export async function signOutStaff(ctx: UseCaseContext, token: string): Promise<void> {
	await deleteSession(ctx.db, hashSessionToken(token));
}
