import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import type { Actor } from '../../../domain/access/can';
import type { Database } from '../../db/client';
import { countPersonalData } from './queries/privacy-facts';
import { createTestDatabase, testDatabaseKinds } from '../../testing/databases';
import { makeOrganisation, makePerspectives, makeProcess, makeStaffOfEachRole } from '../../testing/factories';
import type { UseCaseContext } from '../context';
import { assessDataProtection } from './assess-data-protection';

describe.each(testDatabaseKinds())('the impact assessment on %s', (kind) => {
	let database: Database;
	let ctx: UseCaseContext;
	let organisationId: string;
	let official: Actor;

	beforeAll(async () => {
		database = await createTestDatabase(kind);
		ctx = { db: database.db, now: () => new Date('2027-06-01T08:00:00Z'), newId: () => randomUUID() };
		organisationId = (await makeOrganisation(ctx)).id;
		official = (await makeStaffOfEachRole(ctx, organisationId)).official;
		const process = await makeProcess(ctx, organisationId);
		await makePerspectives(ctx, process.id, ['Mörkt vid busshållplatsen.', 'Fler bänkar, tack.']);
		// Another organisation's staff and perspectives are not this one's personal data.
		const other = (await makeOrganisation(ctx)).id;
		await makeStaffOfEachRole(ctx, other);
		await makePerspectives(ctx, (await makeProcess(ctx, other)).id, ['Hos grannen.']);
	});
	afterAll(async () => database?.close());

	it("counts the personal data the organisation holds, per kind, and none of another organisation's", async () => {
		expect(await countPersonalData(database.db, organisationId)).toMatchObject({
			staff: 4,
			perspectives: 2,
			volunteers: 0,
			members: 0,
			contacts: 0
		});
		expect(await countPersonalData(database.db, randomUUID())).toMatchObject({
			perspectives: 0,
			staff: 0,
			volunteers: 0
		});
	});

	it('is there for every staff member (an official too), in their language, and for nobody else', async () => {
		const actor = official;
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
