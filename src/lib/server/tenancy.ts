/**
 * @module Which organisation a request is for: the one that has the request's host name, else the first
 * organisation created (so a single-organisation installation answers on any address). Lookups are kept in
 * memory; anything that changes an organisation or its addresses calls `forgetOrganisations()`.
 */
import type { Db } from './db/client';
import {
	findDefaultOrganisation,
	findOrganisationByHost,
	type Organisation
} from './modules/identity/queries/organisations';

const byHost = new Map<string, Organisation | null>();
/** Anyone can send any Host header: the cache is bounded so made-up names cannot grow it without end. */
const MAX_CACHED_HOSTS = 1000;
let fallback: Organisation | null = null;

/** `Dialog.Kommun.se:443` → `dialog.kommun.se`; IPv6 literals keep their brackets. */
export function hostName(host: string): string {
	const lower = host.trim().toLowerCase();
	if (lower.startsWith('[')) return lower.slice(0, lower.indexOf(']') + 1);
	return lower.replace(/:\d+$/, '').replace(/\.$/, '');
}

export async function resolveOrganisation(db: Db, host: string): Promise<Organisation | null> {
	const name = hostName(host);
	if (!byHost.has(name)) {
		if (byHost.size >= MAX_CACHED_HOSTS) byHost.clear();
		byHost.set(name, await findOrganisationByHost(db, name));
	}
	const own = byHost.get(name);
	if (own) return own;
	// Null is not kept, so an organisation seeded after start (`MEDSKAPA_SEED=none`, then `medskapa seed`) is found.
	fallback ??= await findDefaultOrganisation(db);
	return fallback;
}

export function forgetOrganisations(): void {
	byHost.clear();
	fallback = null;
}
