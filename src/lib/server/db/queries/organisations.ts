import { asc, eq } from 'drizzle-orm';
import type { Db, Tx } from '../client';
import { organisations } from '../schema/index';

export type Organisation = typeof organisations.$inferSelect;

/** The installation's default organisation: the first created. Several organisations come with issue #8. */
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
