/**
 * @module Who may enter the staff pages (/hantera), and what their shell offers. The gate decides on
 * `staff.view`; the platform admin has no role inside an organisation and is sent to their own pages instead.
 */
import type { Actor } from '../../../domain/access/can';
import { err, ok, type Result } from '../../../kernel/result';
import { authorize, permissions, type Forbidden } from '../gate';

/** The shell's flags for the navigation and the start page's controls. */
export const SHELL_ACTIONS = [
	'process.create',
	'process.revise',
	'process.publish',
	'process.advancePhase',
	'audit.view',
	'privacy.assess',
	'organisation.configure',
	'retention.plan'
] as const;

export function loadStaffShell(
	actor: Actor
): Result<{ permissions: { [K in (typeof SHELL_ACTIONS)[number]]: boolean } }, Forbidden | { code: 'platform_admin' }> {
	if (actor.kind === 'platform') return err({ code: 'platform_admin' });
	const gate = authorize(actor, 'staff.view');
	if (!gate.ok) return gate;
	const organisationId = actor.kind === 'anonymous' ? undefined : actor.organisationId;
	return ok({ permissions: permissions(actor, SHELL_ACTIONS, { organisationId }) });
}
