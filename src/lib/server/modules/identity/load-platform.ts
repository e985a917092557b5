/**
 * @module What the platform admin's pages show (`organisation.manage`): the organisations on the installation
 * and their addresses. Anyone else is asked to sign in as the platform admin.
 */
import type { Actor } from '../../../domain/access/can';
import { err, ok } from '../../../kernel/result';
import type { UseCaseContext } from '../context';
import { authorize } from '../gate';
import { findOrganisationBySlug, listOrganisationHosts, listOrganisations } from './queries/organisations';

/** Not signed in as the platform admin: the route sends the visitor to sign in. */
const signIn = () => err({ code: 'sign_in' as const });

export async function loadPlatformOrganisations(ctx: UseCaseContext, actor: Actor) {
	if (actor.kind !== 'platform') return signIn();
	const gate = authorize(actor, 'organisation.manage');
	if (!gate.ok) return gate;
	const organisations = await listOrganisations(ctx.db);
	return ok({
		organisations: await Promise.all(
			organisations.map(async (o) => ({
				slug: o.slug,
				name: o.name,
				recordsPolicy: o.recordsPolicy,
				hosts: await listOrganisationHosts(ctx.db, o.id)
			}))
		),
		defaultSlug: organisations[0]?.slug ?? null
	});
}

export async function loadPlatformOrganisation(ctx: UseCaseContext, actor: Actor, slug: string) {
	if (actor.kind !== 'platform') return signIn();
	const gate = authorize(actor, 'organisation.manage');
	if (!gate.ok) return gate;
	const organisation = await findOrganisationBySlug(ctx.db, slug);
	if (!organisation) return err({ code: 'not_found' as const });
	return ok({
		organisation: { slug: organisation.slug, name: organisation.name },
		hosts: await listOrganisationHosts(ctx.db, organisation.id)
	});
}
