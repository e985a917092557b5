/**
 * @module The platform admin creates organisations (municipalities, regions, associations) with their
 * address and first admin, and adds or removes addresses. They see nothing inside an organisation.
 */
import { authorize, refused } from '../gate';
import { z } from 'zod';
import { can, type Actor } from '../../../domain/access/can';
import { RECORDS_POLICIES } from '../../../domain/privacy/privacy';
import { err, ok, type Result } from '../../../kernel/result';
import { translator, type Locale } from '../../../i18n';
import { appendAudit } from '../records/queries/audit';
import {
	deleteOrganisationHost,
	findOrganisationBySlug,
	insertOrganisation,
	insertOrganisationHost,
	listOrganisationHosts
} from './queries/organisations';
import { insertMembership } from './queries/staff';
import { findUserByEmail } from './queries/users';
import { users } from '../../db/schema/index';
import { enqueueMessage } from '../notifications/queries/outbox';
import { forgetOrganisations, hostName } from '../../tenancy';
import type { UseCaseContext, UseCaseError } from '../context';
import { zodFieldErrors } from '../process/process-input';

const HOST = /^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)(\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/;
const hostSchema = z
	.string()
	.trim()
	.transform((h) => hostName(h.replace(/^https?:\/\//i, '').replace(/\/.*$/, '')))
	.refine((h) => HOST.test(h), 'error.organisation.host');

const newOrganisationSchema = z.object({
	name: z.string().trim().min(2, 'error.organisation.name').max(120, 'error.organisation.name'),
	slug: z
		.string()
		.trim()
		.toLowerCase()
		.regex(/^[a-z0-9][a-z0-9-]{1,40}$/, 'error.organisation.slug'),
	host: hostSchema,
	recordsPolicy: z.enum(RECORDS_POLICIES, { message: 'error.organisation.recordsPolicy' }),
	adminName: z.string().trim().min(2, 'error.staff.name').max(120, 'error.staff.name'),
	adminEmail: z
		.string()
		.trim()
		.toLowerCase()
		.max(320, 'error.email.format')
		.pipe(z.email({ message: 'error.email.format' }))
});

type Platform = Extract<Actor, { kind: 'platform' }>;
const isPlatform = (actor: Actor): actor is Platform => can(actor, 'organisation.manage') && actor.kind === 'platform';

export async function createOrganisation(
	ctx: UseCaseContext,
	actor: Actor,
	raw: unknown,
	links: { scheme: string; port: string; locale: Locale }
): Promise<Result<{ slug: string }, UseCaseError>> {
	if (!authorize(actor, 'organisation.manage').ok || !isPlatform(actor)) return refused();
	const parsed = newOrganisationSchema.safeParse(raw);
	if (!parsed.success) return err({ code: 'invalid', fields: zodFieldErrors(parsed.error) });
	const input = parsed.data;
	if (await findOrganisationBySlug(ctx.db, input.slug))
		return err({ code: 'invalid', fields: [{ field: 'slug', message: 'error.organisation.slugTaken' }] });
	const t = translator(links.locale);
	const now = ctx.now();
	const organisationId = ctx.newId();
	const existing = await findUserByEmail(ctx.db, input.adminEmail);
	const adminId = existing?.id ?? ctx.newId();
	const hostTaken = await ctx.db
		.transaction(async (tx) => {
			await insertOrganisation(tx, {
				id: organisationId,
				slug: input.slug,
				name: input.name,
				recordsPolicy: input.recordsPolicy,
				privacyContact: input.adminEmail,
				createdAt: now
			});
			if (!(await insertOrganisationHost(tx, input.host, organisationId))) {
				tx.rollback();
				return true;
			}
			if (!existing)
				await tx
					.insert(users)
					.values({ id: adminId, email: input.adminEmail, name: input.adminName, passwordHash: '', createdAt: now });
			await insertMembership(tx, { userId: adminId, organisationId, role: 'admin' });
			await appendAudit(tx, {
				id: ctx.newId(),
				organisationId,
				actorUserId: actor.userId,
				action: 'organisation.created',
				entityType: 'organisation',
				entityId: organisationId,
				details: { slug: input.slug, host: input.host },
				at: now
			});
			const origin = `${links.scheme}//${input.host}${links.port ? `:${links.port}` : ''}`;
			await enqueueMessage(tx, {
				id: ctx.newId(),
				organisationId,
				channel: 'email',
				dedupeKey: `organisation.created:${organisationId}:${adminId}`,
				recipient: input.adminEmail,
				subject: t('mail.staffAdded.subject', { organisation: input.name }),
				bodyText: t('mail.staffAdded.body', {
					name: input.adminName,
					organisation: input.name,
					role: t('staff.role.admin'),
					signInUrl: `${origin}/logga-in`
				}),
				now
			});
			return false;
		})
		.catch((e: unknown) => {
			if (hostWasTaken(e)) return true;
			throw e;
		});
	if (hostTaken) return err({ code: 'invalid', fields: [{ field: 'host', message: 'error.organisation.hostTaken' }] });
	forgetOrganisations();
	return ok({ slug: input.slug });
}

/** drizzle's `tx.rollback()` throws (a `DrizzleError` "Rollback") to end the transaction; that is the host-taken case here. */
const hostWasTaken = (e: unknown) =>
	e instanceof Error && (e.name === 'TransactionRollbackError' || e.message === 'Rollback');

export async function addOrganisationHost(
	ctx: UseCaseContext,
	actor: Actor,
	slug: string,
	raw: unknown
): Promise<Result<null, UseCaseError>> {
	if (!authorize(actor, 'organisation.manage').ok || !isPlatform(actor)) return refused();
	const organisation = await findOrganisationBySlug(ctx.db, slug);
	if (!organisation) return err({ code: 'not_found' });
	const parsed = z.object({ host: hostSchema }).safeParse(raw);
	if (!parsed.success) return err({ code: 'invalid', fields: zodFieldErrors(parsed.error) });
	const now = ctx.now();
	const added = await ctx.db.transaction(async (tx) => {
		if (!(await insertOrganisationHost(tx, parsed.data.host, organisation.id))) return false;
		await appendAudit(tx, {
			id: ctx.newId(),
			organisationId: organisation.id,
			actorUserId: actor.userId,
			action: 'organisation.hostAdded',
			entityType: 'organisation',
			entityId: organisation.id,
			details: { host: parsed.data.host },
			at: now
		});
		return true;
	});
	if (!added) return err({ code: 'invalid', fields: [{ field: 'host', message: 'error.organisation.hostTaken' }] });
	forgetOrganisations();
	return ok(null);
}

export async function removeOrganisationHost(
	ctx: UseCaseContext,
	actor: Actor,
	slug: string,
	host: string
): Promise<Result<null, UseCaseError>> {
	if (!authorize(actor, 'organisation.manage').ok || !isPlatform(actor)) return refused();
	const organisation = await findOrganisationBySlug(ctx.db, slug);
	if (!organisation || !(await listOrganisationHosts(ctx.db, organisation.id)).includes(host))
		return err({ code: 'not_found' });
	const now = ctx.now();
	await ctx.db.transaction(async (tx) => {
		await deleteOrganisationHost(tx, host, organisation.id);
		await appendAudit(tx, {
			id: ctx.newId(),
			organisationId: organisation.id,
			actorUserId: actor.userId,
			action: 'organisation.hostRemoved',
			entityType: 'organisation',
			entityId: organisation.id,
			details: { host },
			at: now
		});
	});
	forgetOrganisations();
	return ok(null);
}
