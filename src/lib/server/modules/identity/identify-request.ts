/**
 * @module Who is asking: the organisation the request's host belongs to, and the actor behind its cookies —
 * a staff member (a facilitator acts as an official in processes they do not run), the platform admin, a
 * working-group member, or an anonymous visitor. A session is valid only in the organisation it was started in.
 */
import type { Actor } from '../../../domain/access/can';
import type { UseCaseContext } from '../context';
import { resolveOrganisation } from '../../tenancy';
import { hashSessionToken } from '../../auth/session-token';
import { findMemberBySession } from '../cocreation/queries/cocreation';
import type { Organisation } from './queries/organisations';
import { isFacilitatorOf } from './queries/staff';
import { findPlatformAdminBySession, findStaffBySession, type StaffUser } from './queries/users';

export type RequestIdentity = {
	organisation: Organisation | null;
	actor: Actor;
	staff: StaffUser | null;
	platformAdmin: { id: string; name: string } | null;
	member: { id: string; slug: string } | null;
	/** The staff/platform session cookie was for nothing valid here: the caller removes it. */
	dropSession: boolean;
	/** The member cookie was for nothing valid here: the caller removes it. */
	dropMemberSession: boolean;
};

export async function identifyRequest(
	ctx: UseCaseContext,
	request: { host: string; sessionToken?: string; memberToken?: string; processSlug?: string }
): Promise<RequestIdentity> {
	const now = ctx.now();
	const organisation = await resolveOrganisation(ctx.db, request.host);
	const identity: RequestIdentity = {
		organisation,
		actor: { kind: 'anonymous' },
		staff: null,
		platformAdmin: null,
		member: null,
		dropSession: false,
		dropMemberSession: false
	};
	if (request.sessionToken) {
		const hash = hashSessionToken(request.sessionToken);
		const staff = await findStaffBySession(ctx.db, hash, now);
		if (staff && staff.organisationId === organisation?.id) {
			identity.staff = staff;
			identity.actor = { kind: 'staff', userId: staff.id, organisationId: staff.organisationId, role: staff.role };
			// Facilitators run the processes they are assigned to; in the others they have an official's rights.
			if (
				staff.role === 'facilitator' &&
				request.processSlug &&
				!(await isFacilitatorOf(ctx.db, staff.organisationId, request.processSlug, staff.id))
			) {
				identity.actor = { ...identity.actor, role: 'official' };
			}
		} else {
			const platform = await findPlatformAdminBySession(ctx.db, hash, now);
			if (platform && platform.organisationId === organisation?.id) {
				identity.platformAdmin = { id: platform.id, name: platform.name };
				identity.actor = { kind: 'platform', userId: platform.id, organisationId: platform.organisationId };
			} else {
				identity.dropSession = true;
			}
		}
	}
	// A working-group member signed in with their personal link (staff sign-in takes precedence).
	if (request.memberToken && identity.actor.kind === 'anonymous') {
		const member = await findMemberBySession(ctx.db, hashSessionToken(request.memberToken), now);
		if (member && member.organisationId === organisation?.id) {
			const { slug, ...actor } = member;
			identity.actor = actor;
			identity.member = { id: member.memberId, slug };
		} else {
			identity.dropMemberSession = true;
		}
	}
	return identity;
}
