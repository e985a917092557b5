/**
 * @module Staff sign in with a link sent by email. Asking always gets the same answer, whether or not the
 * address has an account here, so the form cannot be used to find out who works where. The link's token is
 * random, single use, valid for 15 minutes and only in the organisation it was asked for in; only its SHA-256
 * is stored. Using it needs a POST (the page's button), because mail scanners open links before people do.
 */
import { z } from 'zod';
import { err, ok, type Result } from '../../../kernel/result';
import { translator } from '../../../i18n/index';
import { hashSessionToken, newSessionToken } from '../../auth/session-token';
import { auditAs } from '../records/queries/audit';
import { consumeSignInLink, findSignInLink, insertSignInLink } from './queries/staff-auth';
import { findMembership, findUserByEmail } from './queries/users';
import { enqueueMessage } from '../notifications/queries/outbox';
import type { UseCaseContext, UseCaseError } from '../context';
import { zodFieldErrors } from '../process/process-input';

export const SIGN_IN_LINK_MINUTES = 15;

const linkRequestSchema = z.object({
	email: z
		.string()
		.trim()
		.min(1, 'error.email.required')
		.max(320, 'error.email.format')
		.includes('@', { message: 'error.email.format' })
});

/** A token as it appears in a link: base64url of 32 random bytes. */
export const isLinkToken = (v: string) => /^[A-Za-z0-9_-]{43}$/.test(v);

/**
 * Queues a sign-in link to the address if it belongs to someone with a role in the organisation; otherwise
 * does nothing. The answer is the same either way. `origin` is the organisation's address the request came to.
 */
export async function requestSignInLink(
	ctx: UseCaseContext,
	organisation: { id: string; name: string },
	raw: unknown,
	origin: string
): Promise<Result<void, UseCaseError>> {
	const parsed = linkRequestSchema.safeParse(raw);
	if (!parsed.success) return err({ code: 'invalid', fields: zodFieldErrors(parsed.error) });
	const user = await findUserByEmail(ctx.db, parsed.data.email);
	if (!user || !(await findMembership(ctx.db, user.id, organisation.id))) return ok(undefined);
	const now = ctx.now();
	const token = newSessionToken();
	const tokenHash = hashSessionToken(token);
	const t = translator('sv');
	await ctx.db.transaction(async (tx) => {
		await insertSignInLink(tx, {
			tokenHash,
			userId: user.id,
			organisationId: organisation.id,
			expiresAt: new Date(now.getTime() + SIGN_IN_LINK_MINUTES * 60_000),
			createdAt: now
		});
		await enqueueMessage(tx, {
			id: ctx.newId(),
			organisationId: organisation.id,
			channel: 'email',
			dedupeKey: `staff.signInLink:${tokenHash}`,
			recipient: user.email,
			subject: t('mail.signInLink.subject', { organisation: organisation.name }),
			bodyText: t('mail.signInLink.body', {
				name: user.name,
				organisation: organisation.name,
				link: `${origin}/logga-in/lank/${token}`,
				minutes: SIGN_IN_LINK_MINUTES
			}),
			now
		});
		await auditAs(ctx, { organisationId: organisation.id, userId: user.id }, now)(
			tx,
			'staff.signInLinkSent',
			'user',
			user.id
		);
	});
	return ok(undefined);
}

export type SignInLinkState = 'usable' | 'used' | 'expired';

/** What the link's page says before anyone presses the button; changes nothing. */
export async function signInLinkState(
	ctx: UseCaseContext,
	organisationId: string,
	token: string
): Promise<SignInLinkState> {
	const link = isLinkToken(token) ? await findSignInLink(ctx.db, hashSessionToken(token)) : null;
	// A link of another organisation is treated as unknown: its page says nothing about it.
	if (!link || link.organisationId !== organisationId) return 'expired';
	if (link.usedAt) return 'used';
	return link.expiresAt > ctx.now() ? 'usable' : 'expired';
}

/** Uses the link once: the person it was sent to, if it still works here and they still have a role here. */
export async function useSignInLink(
	ctx: UseCaseContext,
	organisationId: string,
	token: string
): Promise<Result<{ userId: string }, { code: 'link_unusable' }>> {
	if (!isLinkToken(token)) return err({ code: 'link_unusable' });
	const used = await consumeSignInLink(ctx.db, hashSessionToken(token), organisationId, ctx.now());
	if (!used || !(await findMembership(ctx.db, used.userId, organisationId))) return err({ code: 'link_unusable' });
	return ok({ userId: used.userId });
}
