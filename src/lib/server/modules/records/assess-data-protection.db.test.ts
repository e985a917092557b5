import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import type { Actor } from '../../../domain/access/can';
import type { Database } from '../../db/client';
import { findDefaultOrganisation } from '../identity/queries/organisations';
import { countPersonalData } from './queries/privacy-facts';
import { findUserByEmail } from '../identity/queries/users';
import { DEMO_LOGINS, seedDemo } from '../../seed/demo';
import { createTestDatabase, testDatabaseKinds } from '../../testing/databases';
import type { UseCaseContext } from '../context';
import { assessDataProtection } from './assess-data-protection';

describe.each(testDatabaseKinds())('the impact assessment of the demo installation on %s', (kind) => {
	let database: Database;
	let ctx: UseCaseContext;
	let organisationId: string;

	beforeAll(async () => {
		database = await createTestDatabase(kind);
		ctx = { db: database.db, now: () => new Date('2027-06-01T08:00:00Z'), newId: () => randomUUID() };
		await seedDemo(ctx);
		organisationId = (await findDefaultOrganisation(database.db))!.id;
	});
	afterAll(async () => database?.close());

	it('counts the personal data the installation holds, per kind', async () => {
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
		expect(await countPersonalData(database.db, randomUUID())).toMatchObject({
			perspectives: 0,
			staff: 0,
			volunteers: 0
		});
	});

	it('is there for every staff member (an official too), in their language, and for nobody else', async () => {
		const official = await findUserByEmail(database.db, DEMO_LOGINS[2].email);
		const actor: Actor = { kind: 'staff', userId: official!.id, organisationId, role: 'official' };
		const config = { smtpUrl: undefined, rateLimits: { submissionsPer10Minutes: 30, signInFailuresPer15Minutes: 5 } };
		const result = await assessDataProtection(ctx, actor, config, 'en');
		expect(result.ok && result.value.title).toBe('Data protection impact assessment');
		expect(result.ok && JSON.stringify(result.value)).toContain('No mail is sent yet');
		expect(await assessDataProtection(ctx, { kind: 'anonymous' }, config, 'sv')).toEqual({
			ok: false,
			error: { code: 'forbidden' }
		});
	});
});
