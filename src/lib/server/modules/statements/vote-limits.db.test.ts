import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import type { Database } from '../../db/client';
import { ensureParticipant } from './queries/statements';
import { createTestDatabase, testDatabaseKinds } from '../../testing/databases';
import { admitVote, createVoteLimits } from './vote-limits';

describe.each(testDatabaseKinds())('statement vote limits on %s', (kind) => {
	let database: Database;
	beforeAll(async () => {
		database = await createTestDatabase(kind);
	});
	afterAll(async () => database?.close());

	/** A vote that was admitted is stored: its participant then exists. */
	const vote = async (limits: ReturnType<typeof createVoteLimits>, address: string, participantKey: string) => {
		const decision = await admitVote(database, limits, { address, participantKey });
		if (decision.allowed)
			await database.db.transaction((tx) => ensureParticipant(tx, randomUUID(), participantKey, new Date()));
		return decision.allowed;
	};

	it('limits votes per participant, and new participants per address as the database knows them', async () => {
		const limits = createVoteLimits(3, 2);
		const [one, two, three] = ['one', 'two', 'three'].map((k) => `${k}-${randomUUID()}`);
		expect([await vote(limits, 'A', one), await vote(limits, 'A', one), await vote(limits, 'A', one)]).toEqual([
			true,
			true,
			true
		]);
		expect(await vote(limits, 'A', one)).toBe(false);
		// A second new participant at A, then no third; at another address the third is welcome.
		expect(await vote(limits, 'A', two)).toBe(true);
		expect(await vote(limits, 'A', three)).toBe(false);
		expect(await vote(limits, 'B', three)).toBe(true);
		// A participant the database knows is not new, so A's full count of new ones does not stop it.
		expect(await vote(limits, 'A', two)).toBe(true);
		expect(await vote(limits, 'A', three)).toBe(true);
	});

	it('limits votes per address at ten times the votes per participant, and 0 turns the limits off', async () => {
		const limits = createVoteLimits(2, 0);
		const results: boolean[] = [];
		for (let i = 0; i < 25; i++) results.push(await vote(limits, 'C', `p${i}-${randomUUID()}`));
		expect(results.filter(Boolean)).toHaveLength(20);
		const off = createVoteLimits(0, 0);
		for (let i = 0; i < 30; i++) expect(await vote(off, 'D', 'same')).toBe(true);
	});
});
