/**
 * @module The methods catalogue as shipped: `content/methods.json` with the chooser's group tags from
 * `content/method-groups.json`. Each organisation gets its own copy, which it may then edit.
 */
import type { Method } from '../../domain/plan/methods';
import type { Tx } from '../db/client';
import { insertMethods, listMethodKeys } from '../modules/planning/queries/plan';
import methodGroups from './content/method-groups.json';
import methodsContent from './content/methods.json';

export function defaultMethods(): Method[] {
	const groups = methodGroups as Record<string, { reaches: string[]; misses: string[] }>;
	return (methodsContent as unknown as Omit<Method, 'reachesGroups' | 'missesGroups'>[]).map((m) => ({
		...m,
		reachesGroups: (groups[m.key]?.reaches ?? []) as Method['reachesGroups'],
		missesGroups: (groups[m.key]?.misses ?? []) as Method['missesGroups']
	}));
}

/** Give an organisation its own copy of the catalogue; methods it already has are left as edited. */
export async function seedMethods(tx: Tx, organisationId: string, newId: () => string, at: Date): Promise<void> {
	const existing = await listMethodKeys(tx, organisationId);
	await insertMethods(
		tx,
		organisationId,
		defaultMethods().filter((m) => !existing.has(m.key)),
		newId,
		at
	);
}
