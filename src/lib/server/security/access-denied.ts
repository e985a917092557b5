/**
 * @module Every refusal for lack of permission is audited (`access.denied`): who (a staff user, a
 * working-group member by id, or an anonymous visitor), which permission, which route and method — never
 * the request body. The server hook opens a scope per request; whoever refuses (a use case or a route)
 * names the permission with `noteDenied`; after the answer is made, the hook writes the event on its own,
 * outside any transaction the request used, so a rolled-back change still leaves its refusal in the log.
 * Anonymous refusals are audited at most 100 per client address per 10 minutes (then only logged), so
 * nobody can flood the log.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import { err } from '../../kernel/result';
import type { Actor } from '../../domain/access/can';
import type { Db } from '../db/client';
import { appendAudit } from '../modules/records/queries/audit';
import { createRateLimiter } from './rate-limit';

type Scope = { action: string | null };
const scopes = new AsyncLocalStorage<Scope>();

/** Runs one request in its own scope and hands back what was noted. */
export async function withDenialScope<T>(run: () => Promise<T>): Promise<{ result: T; deniedAction: string | null }> {
	const scope: Scope = { action: null };
	const result = await scopes.run(scope, run);
	return { result, deniedAction: scope.action };
}

/** Names the permission the current request is refused for (the first one counts). Outside a request, nothing. */
export function noteDenied(action: string): void {
	const scope = scopes.getStore();
	if (scope && scope.action === null) scope.action = action;
}

/** A use case's refusal: notes the permission and returns the usual `forbidden` error. */
export function forbidden(action: string) {
	noteDenied(action);
	return err({ code: 'forbidden' as const });
}

export type DeniedRequest = {
	organisationId: string;
	actor: Actor;
	action: string | null;
	route: string | null;
	path: string;
	method: string;
	formAction: string | null;
	clientAddress: string;
	at: Date;
};

const anonymousLimit = createRateLimiter(100, 10 * 60_000);

/** The audit event of a refusal; false when an anonymous flood is past its limit and nothing was written. */
export async function recordAccessDenied({ db }: { db: Db }, r: DeniedRequest): Promise<boolean> {
	if (r.actor.kind === 'anonymous' && !anonymousLimit.hit(r.clientAddress).allowed) return false;
	const who =
		r.actor.kind === 'staff'
			? { actor: 'staff', role: r.actor.role }
			: r.actor.kind === 'member'
				? { actor: 'member', memberId: r.actor.memberId }
				: { actor: 'anonymous' };
	await appendAudit(db, {
		id: randomUUID(),
		organisationId: r.organisationId,
		actorUserId: r.actor.kind === 'staff' ? r.actor.userId : null,
		action: 'access.denied',
		entityType: 'route',
		entityId: null,
		details: {
			...who,
			permission: r.action ?? 'unknown',
			route: r.route ?? r.path,
			path: r.path,
			method: r.method,
			...(r.formAction ? { formAction: r.formAction } : {})
		},
		at: r.at
	});
	return true;
}
