/**
 * @module A working-group member follows their personal link and gets a member session (cookie). The link
 * works until it expires or the member is withdrawn; only SHA-256 hashes of link and cookie are stored.
 */
import { err, ok, type Result } from '../../../kernel/result';
import { hashSessionToken, newSessionToken, SESSION_DAYS } from '../../auth/session-token';
import { auditAs } from '../records/queries/audit';
import { deleteMemberSession, findMemberByInvitation, insertMemberSession } from './queries/cocreation';
import type { UseCaseContext } from '../context';

export const MEMBER_SESSION_COOKIE = 'medskapa_member';

/** `organisationId` is the organisation whose address the link was opened on: a link works only there. */
export async function signInMember(
	ctx: UseCaseContext,
	organisationId: string,
	linkToken: string
): Promise<Result<{ token: string; expiresAt: Date; slug: string }, { code: 'invalid_link' }>> {
	if (!/^[A-Za-z0-9_-]{20,100}$/.test(linkToken)) return err({ code: 'invalid_link' });
	const now = ctx.now();
	const member = await findMemberByInvitation(ctx.db, hashSessionToken(linkToken), now);
	if (!member || member.organisationId !== organisationId) return err({ code: 'invalid_link' });
	const token = newSessionToken();
	const expiresAt = new Date(now.getTime() + SESSION_DAYS * 24 * 3600 * 1000);
	await ctx.db.transaction(async (tx) => {
		await insertMemberSession(tx, {
			tokenHash: hashSessionToken(token),
			memberId: member.memberId,
			expiresAt,
			createdAt: now
		});
		await auditAs(ctx, { organisationId: member.organisationId, userId: null }, now)(
			tx,
			'workingGroup.memberSignedIn',
			'process',
			member.processId,
			{ memberId: member.memberId }
		);
	});
	return ok({ token, expiresAt, slug: member.slug });
}

export async function signOutMember(ctx: UseCaseContext, token: string): Promise<void> {
	await deleteMemberSession(ctx.db, hashSessionToken(token));
}
