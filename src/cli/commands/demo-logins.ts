import { DEMO_ADMIN_TOTP_SECRET, DEMO_LOGINS, DEMO_PASSWORD } from '../../lib/server/seed/demo';
import { DEMO_RECEIPT } from '../../lib/server/seed/demo-outcomes';

export function demoLoginsText(): string {
	return [
		'Demo logins (password for all: ' + DEMO_PASSWORD + '):',
		...DEMO_LOGINS.map((l) => `  ${l.email.padEnd(34)} ${l.role}`),
		`The admin signs in in two steps: authenticator secret ${DEMO_ADMIN_TOTP_SECRET}, or run \`npx medskapa totp-code\` for the current code.`,
		`Demo receipt code (follow a perspective from the park dialogue to decision and implementation): ${DEMO_RECEIPT} → /kvitto/${DEMO_RECEIPT}`
	].join('\n');
}
