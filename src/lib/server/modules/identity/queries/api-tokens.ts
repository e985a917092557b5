/**
 * @module API tokens as stored: only the SHA-256 of a token, never the token.
 */
import { and, desc, eq, isNull } from 'drizzle-orm';
import type { Db, Tx } from '../../../db/client';
import { apiTokens, type ApiTokenScope } from '../../../db/schema/index';

export type ApiTokenRow = typeof apiTokens.$inferSelect;

/** What the staff page lists: never the hash. */
export type ApiTokenListing = {
	id: string;
	name: string;
	scope: ApiTokenScope;
	createdAt: Date;
	lastUsedAt: Date | null;
	revokedAt: Date | null;
};

export async function insertApiToken(tx: Db | Tx, row: ApiTokenRow): Promise<void> {
	await tx.insert(apiTokens).values(row);
}

/** The organisation's tokens, newest first, revoked ones too (marked). */
export async function listApiTokens(db: Db, organisationId: string): Promise<ApiTokenListing[]> {
	return db
		.select({
			id: apiTokens.id,
			name: apiTokens.name,
			scope: apiTokens.scope,
			createdAt: apiTokens.createdAt,
			lastUsedAt: apiTokens.lastUsedAt,
			revokedAt: apiTokens.revokedAt
		})
		.from(apiTokens)
		.where(eq(apiTokens.organisationId, organisationId))
		.orderBy(desc(apiTokens.createdAt), apiTokens.id);
}

export async function findApiTokenByHash(db: Db, tokenHash: string): Promise<ApiTokenRow | null> {
	const [row] = await db.select().from(apiTokens).where(eq(apiTokens.tokenHash, tokenHash)).limit(1);
	return row ?? null;
}

export async function findApiTokenInOrganisation(
	db: Db | Tx,
	organisationId: string,
	id: string
): Promise<ApiTokenRow | null> {
	const [row] = await db
		.select()
		.from(apiTokens)
		.where(and(eq(apiTokens.organisationId, organisationId), eq(apiTokens.id, id)))
		.limit(1);
	return row ?? null;
}

/** Revokes a token not yet revoked; false when there was none. */
export async function markApiTokenRevoked(tx: Tx, organisationId: string, id: string, at: Date): Promise<boolean> {
	const rows = await tx
		.update(apiTokens)
		.set({ revokedAt: at })
		.where(and(eq(apiTokens.organisationId, organisationId), eq(apiTokens.id, id), isNull(apiTokens.revokedAt)))
		.returning({ id: apiTokens.id });
	return rows.length > 0;
}

export async function touchApiToken(db: Db | Tx, id: string, at: Date): Promise<void> {
	await db.update(apiTokens).set({ lastUsedAt: at }).where(eq(apiTokens.id, id));
}
