import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import type { Database } from '../../db/client';
import { hashSessionToken } from '../../auth/session-token';
import { startStaffSession } from './staff-session';
import { findStaffBySession } from './queries/users';
import { createTestDatabase, testDatabaseKinds } from '../../testing/databases';
import { makeOrganisation, makeStaff } from '../../testing/factories';
import { signInStaff } from './sign-in-staff';
import { signOutStaff } from './sign-out-staff';

const PASSWORD = 'rätt-lösenord';
const EMAIL = 'processledare@testby.example';

describe.each(testDatabaseKinds())('staff sign-in on %s', (kind) => {
	let database: Database;
	let organisationId: string;
	const now = new Date('2026-11-22T09:00:00Z');
	const ctx = () => ({ db: database.db, now: () => now, newId: () => randomUUID() });

	beforeAll(async () => {
		database = await createTestDatabase(kind);
		organisationId = (await makeOrganisation(ctx())).id;
		await makeStaff(ctx(), organisationId, 'facilitator', { email: EMAIL, password: PASSWORD });
	});
	afterAll(async () => database?.close());

	it('signs in with the right password, case-insensitive email, and the session finds the staff member', async () => {
		const checked = await signInStaff(ctx(), organisationId, {
			email: '  Processledare@Testby.example ',
			password: PASSWORD
		});
		expect(checked.ok).toBe(true);
		if (!checked.ok) return;
		const result = {
			ok: true,
			value: await startStaffSession(ctx(), { userId: checked.value.userId, organisationId, method: 'password' })
		} as const;
		const staff = await findStaffBySession(database.db, hashSessionToken(result.value.token), now);
		expect(staff).toMatchObject({ email: EMAIL, role: 'facilitator' });
		const afterExpiry = new Date(result.value.expiresAt.getTime() + 1000);
		expect(await findStaffBySession(database.db, hashSessionToken(result.value.token), afterExpiry)).toBeNull();
		await signOutStaff(ctx(), result.value.token);
		expect(await findStaffBySession(database.db, hashSessionToken(result.value.token), now)).toBeNull();
	});

	it('gives the same answer for a wrong password and an unknown email', async () => {
		expect(await signInStaff(ctx(), organisationId, { email: EMAIL, password: 'fel' })).toEqual({
			ok: false,
			error: { code: 'wrong_credentials' }
		});
		expect(await signInStaff(ctx(), organisationId, { email: 'ingen@testby.example', password: 'fel' })).toEqual({
			ok: false,
			error: { code: 'wrong_credentials' }
		});
	});

	it('asks for what is missing', async () => {
		expect(await signInStaff(ctx(), organisationId, { email: 'utan-snabel-a', password: '' })).toEqual({
			ok: false,
			error: {
				code: 'invalid',
				fields: [
					{ field: 'email', message: 'error.email.format' },
					{ field: 'password', message: 'error.password.required' }
				]
			}
		});
	});
});
