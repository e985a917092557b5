import { and, asc, eq } from 'drizzle-orm';
import type { Db, Tx } from '../../../db/client';
import { organisationHosts, organisations } from '../../../db/schema/index';

export type Organisation = typeof organisations.$inferSelect;

/** The installation's default organisation: the first created. It answers on every address no other organisation has. */
export async function findDefaultOrganisation(db: Db | Tx): Promise<Organisation | null> {
	const rows = await db.select().from(organisations).orderBy(asc(organisations.createdAt)).limit(1);
	return rows[0] ?? null;
}

export async function findOrganisationBySlug(db: Db | Tx, slug: string): Promise<Organisation | null> {
	const rows = await db.select().from(organisations).where(eq(organisations.slug, slug));
	return rows[0] ?? null;
}

export async function findOrganisationById(db: Db | Tx, id: string): Promise<Organisation | null> {
	const rows = await db.select().from(organisations).where(eq(organisations.id, id));
	return rows[0] ?? null;
}

export async function listOrganisations(db: Db | Tx): Promise<Organisation[]> {
	return db.select().from(organisations).orderBy(asc(organisations.createdAt));
}

/** The organisation a host name (without port, lower case) belongs to. */
export async function findOrganisationByHost(db: Db | Tx, host: string): Promise<Organisation | null> {
	const rows = await db
		.select({ organisation: organisations })
		.from(organisationHosts)
		.innerJoin(organisations, eq(organisations.id, organisationHosts.organisationId))
		.where(eq(organisationHosts.host, host));
	return rows[0]?.organisation ?? null;
}

export async function listOrganisationHosts(db: Db | Tx, organisationId: string): Promise<string[]> {
	const rows = await db
		.select({ host: organisationHosts.host })
		.from(organisationHosts)
		.where(eq(organisationHosts.organisationId, organisationId))
		.orderBy(asc(organisationHosts.host));
	return rows.map((r) => r.host);
}

export type OrganisationSettings = Pick<
	Organisation,
	| 'name'
	| 'privacyContact'
	| 'contactRetentionDays'
	| 'recordsPolicy'
	| 'brandColour'
	| 'answerWorkingDays'
	| 'contactPhone'
	| 'contactEmail'
	| 'visitingAddress'
>;

export async function saveOrganisationSettings(tx: Db | Tx, id: string, settings: OrganisationSettings): Promise<void> {
	await tx.update(organisations).set(settings).where(eq(organisations.id, id));
}

export async function saveOrganisationLogo(
	tx: Db | Tx,
	id: string,
	logo: { bytes: Buffer; type: string } | null
): Promise<void> {
	await tx
		.update(organisations)
		.set({ logo: logo?.bytes ?? null, logoType: logo?.type ?? null })
		.where(eq(organisations.id, id));
}

export async function insertOrganisation(tx: Db | Tx, o: typeof organisations.$inferInsert): Promise<void> {
	await tx.insert(organisations).values(o);
}

export async function insertOrganisationHost(tx: Db | Tx, host: string, organisationId: string): Promise<boolean> {
	const rows = await tx
		.insert(organisationHosts)
		.values({ host, organisationId })
		.onConflictDoNothing()
		.returning({ host: organisationHosts.host });
	return rows.length > 0;
}

export async function deleteOrganisationHost(tx: Db | Tx, host: string, organisationId: string): Promise<void> {
	await tx
		.delete(organisationHosts)
		.where(and(eq(organisationHosts.host, host), eq(organisationHosts.organisationId, organisationId)));
}
