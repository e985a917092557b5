/**
 * @module The one authorisation gate. Every use case, reads included, asks it first:
 * `authorize(actor, action, resource)`. It applies the truth table in `domain/access/can.ts` (phase-aware),
 * keeps every actor inside its own organisation, and names a refusal for the audit log (`access.denied`,
 * written by the server hook after the answer). Routes never decide permissions; they ask a use case, and a
 * page shows controls from the `permissions` a use case hands back, never from a role it looked at itself.
 */
import { can, type Action, type Actor } from '../../domain/access/can';
import type { Phase } from '../../domain/process/phases';
import { err, ok, type Result } from '../../kernel/result';
import { noteDenied } from '../security/access-denied';

/** What a rule may look at about the thing acted on. An `organisationId` other than the actor's is refused. */
export type Resource = { organisationId?: string; phase?: Phase };

export type Forbidden = { code: 'forbidden' };

const actorOrganisation = (actor: Actor): string | null => (actor.kind === 'anonymous' ? null : actor.organisationId);

/** True when the actor may take the action on the resource. Pure: no audit (use it for what a page offers). */
export function allows(actor: Actor, action: Action, resource: Resource = {}): boolean {
	const own = actorOrganisation(actor);
	if (resource.organisationId !== undefined && own !== null && own !== resource.organisationId) return false;
	return can(actor, action, { phase: resource.phase });
}

/** The gate: ok, or `forbidden` with the refusal noted for the audit log. */
export function authorize(actor: Actor, action: Action, resource: Resource = {}): Result<void, Forbidden> {
	if (allows(actor, action, resource)) return ok(undefined);
	noteDenied(action);
	return err({ code: 'forbidden' });
}

/** Several permissions at once, for the controls a page may show: `{ 'export.download': true, … }`. */
export function permissions<const A extends readonly Action[]>(
	actor: Actor,
	actions: A,
	resource: Resource = {}
): { [K in A[number]]: boolean } {
	return Object.fromEntries(actions.map((a) => [a, allows(actor, a, resource)])) as { [K in A[number]]: boolean };
}

/** The refusal itself, for a use case whose actor passed the gate but is not of the kind the action needs. */
export const refused = () => err<Forbidden>({ code: 'forbidden' });

/** A refusal the truth table cannot see (e.g. a working-group member acting in another process): noted, then refused. */
export function refuse(action: Action) {
	noteDenied(action);
	return refused();
}
