/** @module Staff names, for the decision letter (who decided). */
import { inArray } from 'drizzle-orm';
import type { Db, Tx } from '../../../db/client';
import { users } from '../../../db/schema/index';

export async function findUserNames(db: Db | Tx, ids: string[]): Promise<{ id: string; name: string }[]> {
	if (!ids.length) return [];
	return db.select({ id: users.id, name: users.name }).from(users).where(inArray(users.id, ids));
}
