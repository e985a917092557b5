/**
 * @module What the organisation admin's pages show (`organisation.configure`): the organisation's settings
 * and addresses, its identity providers (never a client secret, only whether one is set and where), and its
 * staff with the processes each facilitator runs.
 */
import type { Actor } from '../../../domain/access/can';
import type { IdentityPurpose } from '../../../domain/access/identity';
import { err, ok, type Result } from '../../../kernel/result';
import { oidcSecretVariable } from '../../config';
import type { UseCaseContext, UseCaseError } from '../context';
import { authorize, refused } from '../gate';
import { listProcesses } from '../process/queries/processes';
import { findIdentityProvider } from './queries/identity';
import { findOrganisationById, listOrganisationHosts, type Organisation } from './queries/organisations';
import { listStaff } from './queries/staff';

/** The gate on `organisation.configure`, then the admin's own organisation. */
async function organisationFor(
	ctx: UseCaseContext,
	actor: Actor
): Promise<Result<{ organisation: Organisation; userId: string }, UseCaseError>> {
	const gate = authorize(actor, 'organisation.configure');
	if (!gate.ok) return gate;
	if (actor.kind !== 'staff') return refused();
	const organisation = await findOrganisationById(ctx.db, actor.organisationId);
	if (!organisation) return err({ code: 'not_found' });
	return ok({ organisation, userId: actor.userId });
}

export async function loadOrganisationSettings(ctx: UseCaseContext, actor: Actor) {
	const found = await organisationFor(ctx, actor);
	if (!found.ok) return found;
	const { organisation } = found.value;
	return ok({
		settings: {
			name: organisation.name,
			privacyContact: organisation.privacyContact,
			contactPhone: organisation.contactPhone,
			contactEmail: organisation.contactEmail,
			visitingAddress: organisation.visitingAddress,
			contactRetentionDays: String(organisation.contactRetentionDays),
			answerWorkingDays: String(organisation.answerWorkingDays),
			recordsPolicy: organisation.recordsPolicy,
			brandColour: organisation.brandColour ?? ''
		},
		hasLogo: organisation.logo !== null,
		hosts: await listOrganisationHosts(ctx.db, organisation.id)
	});
}

/**
 * The identity providers for the given purposes. `secrets` are the client secrets set in the environment
 * (by variable name): the page learns only whether a secret is set there, stored, or missing.
 */
export async function loadIdentityProviders(
	ctx: UseCaseContext,
	actor: Actor,
	purposes: readonly IdentityPurpose[],
	secrets: Record<string, string | undefined>
) {
	const found = await organisationFor(ctx, actor);
	if (!found.ok) return found;
	const { organisation } = found.value;
	return ok(
		await Promise.all(
			purposes.map(async (purpose) => {
				const p = await findIdentityProvider(ctx.db, organisation.id, purpose);
				const envVariable = oidcSecretVariable(organisation.slug, purpose);
				return {
					purpose,
					current: p
						? { displayName: p.displayName, issuer: p.issuer, clientId: p.clientId, trustEmail: p.trustEmail }
						: null,
					secret: secrets[envVariable]
						? ('environment' as const)
						: p?.clientSecret
							? ('stored' as const)
							: ('none' as const),
					envVariable
				};
			})
		)
	);
}

/** The staff list, each with the titles of the processes they facilitate. */
export async function loadStaffList(ctx: UseCaseContext, actor: Actor) {
	const found = await organisationFor(ctx, actor);
	if (!found.ok) return found;
	const { organisation } = found.value;
	const processes = await listProcesses(ctx.db, organisation.id, 'all');
	const titles = new Map(processes.map((p) => [p.id, p.title]));
	const staff = await listStaff(ctx.db, organisation.id);
	return ok(staff.map((s) => ({ ...s, processes: s.processIds.map((id) => titles.get(id) ?? '') })));
}

/** One staff member, the processes they could facilitate, and whether it is the admin themself. */
export async function loadStaffMember(ctx: UseCaseContext, actor: Actor, userId: string) {
	const found = await organisationFor(ctx, actor);
	if (!found.ok) return found;
	const { organisation } = found.value;
	const person = (await listStaff(ctx.db, organisation.id)).find((s) => s.userId === userId);
	if (!person) return err({ code: 'not_found' as const });
	const processes = (await listProcesses(ctx.db, organisation.id, 'all')).map((p) => ({ id: p.id, title: p.title }));
	return ok({ person, processes, isSelf: found.value.userId === person.userId });
}
