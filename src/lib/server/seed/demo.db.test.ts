import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Database } from '../db/client';
import { perspectives } from '../db/schema/index';
import { findDefaultOrganisation } from '../modules/identity/queries/organisations';
import { countPerspectives, listThemes } from '../modules/perspectives/queries/perspectives';
import { findProcessBySlug } from '../modules/process/queries/processes';
import { countPersonalData } from '../modules/records/queries/privacy-facts';
import { createTestDatabase, testDatabaseKinds } from '../testing/databases';
import { seedDemo } from './demo';

// What the demo shows a visitor. Other database tests build their own data with testing/factories.ts.
describe.each(testDatabaseKinds())('the demo installation on %s', (kind) => {
	let database: Database;
	let organisationId: string;

	beforeAll(async () => {
		database = await createTestDatabase(kind);
		await seedDemo({ db: database.db, now: () => new Date('2026-11-22T12:00:00Z'), newId: () => randomUUID() });
		organisationId = (await findDefaultOrganisation(database.db))!.id;
	});
	afterAll(async () => database?.close());

	it('seeds 213 Lillby perspectives with themes, three of them hidden with a reason, and 30 on Storgatan', async () => {
		const lillby = (await findProcessBySlug(database.db, organisationId, 'leva-tillsammans-i-lillby'))!;
		expect(await countPerspectives(database.db, lillby.id)).toEqual({ visible: 210, hidden: 3 });
		expect((await listThemes(database.db, lillby.id)).length).toBe(7);
		const hidden = await database.db.select().from(perspectives).where(eq(perspectives.status, 'hidden'));
		expect(hidden.every((h) => (h.hiddenReason ?? '').length > 5)).toBe(true);
		const storgatan = (await findProcessBySlug(database.db, organisationId, 'trygg-storgatan'))!;
		expect(await countPerspectives(database.db, storgatan.id)).toEqual({ visible: 30, hidden: 0 });
	});

	it('holds the personal data the impact assessment counts, per kind', async () => {
		const counts = await countPersonalData(database.db, organisationId);
		// Solbacka's four staff accounts; Norrvik's admin and the platform admin are not Solbacka's.
		expect(counts.staff).toBe(4);
		expect(counts.volunteers).toBe(150);
		// 19 in Lillby's working group and 8 in the park dialogue's.
		expect(counts.members).toBe(27);
		expect(counts.perspectives).toBeGreaterThan(213);
		expect(counts.contacts).toBeGreaterThanOrEqual(20);
		expect(counts.profiles).toBeGreaterThan(100);
		expect(counts.interviews).toBeGreaterThan(0);
		expect(counts.statementParticipants).toBe(150);
	});
});
