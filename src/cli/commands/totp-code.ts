/**
 * @module `medskapa totp-code`: the code an authenticator app would show now for the demo admin (or for a
 * secret given with --secret). Needs no database, so it works while the server is running.
 */
import { totpCode } from '../../lib/server/auth/totp';
import { DEMO_ADMIN_TOTP_SECRET, DEMO_LOGINS } from '../../lib/server/seed/demo';

const DEMO_ADMIN_EMAIL = DEMO_LOGINS.find((l) => l.role === 'admin')!.email;

export async function run(args: string[]): Promise<number> {
	if (args.includes('--help')) {
		console.log(
			'Usage: medskapa totp-code [admin@solbacka.example | --secret <base32>]\n\nPrints the current six-digit sign-in code for the demo admin (admin@solbacka.example),\nor for the authenticator secret given. Codes change every 30 seconds and work once.'
		);
		return 0;
	}
	const at = args.indexOf('--secret');
	const email = args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--secret');
	if (at < 0 && email && email.toLowerCase() !== DEMO_ADMIN_EMAIL) {
		// Real secrets stay in the database; only the demo admin's is public.
		console.error(
			`Only the demo admin (${DEMO_ADMIN_EMAIL}) has a known secret. For another one, give it with --secret.`
		);
		return 2;
	}
	const secret = at >= 0 ? args[at + 1] : DEMO_ADMIN_TOTP_SECRET;
	if (!secret || !/^[A-Z2-7]+=*$/i.test(secret)) {
		console.error('Give the secret in base32 (letters A–Z and digits 2–7) after --secret.');
		return 2;
	}
	const now = new Date();
	console.log(
		`${totpCode(secret.toUpperCase(), now)}  (valid for ${30 - (Math.floor(now.getTime() / 1000) % 30)} more seconds)`
	);
	return 0;
}
