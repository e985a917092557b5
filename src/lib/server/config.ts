/**
 * @module The only reader of environment variables: parsed once, typed, with clear errors.
 */
import { resolve } from 'node:path';
import { z } from 'zod';

const schema = z.object({
	PORT: z.coerce.number().int().min(0).max(65535).default(3000),
	DATABASE_URL: z
		.string()
		.regex(/^postgres(ql)?:\/\//, 'DATABASE_URL must start with postgres://')
		.optional()
		.or(z.literal('').transform(() => undefined)),
	MEDSKAPA_DATA_DIR: z.string().min(1).default('./data'),
	MEDSKAPA_SEED: z.enum(['demo', 'none']).default('demo'),
	SMTP_URL: z
		.string()
		.regex(/^smtps?:\/\//, 'SMTP_URL must start with smtp:// or smtps://')
		.optional()
		.or(z.literal('').transform(() => undefined)),
	MAIL_FROM: z.string().min(3).default('Medskapa <noreply@medskapa.localhost>'),
	SMS_URL: z
		.string()
		.regex(/^https?:\/\//, 'SMS_URL must start with https:// (or http:// for a local test server)')
		.optional()
		.or(z.literal('').transform(() => undefined)),
	/** Sender shown on SMS: up to 11 letters and digits, or a phone number. */
	SMS_FROM: z
		.string()
		.regex(
			/^([A-Za-z][A-Za-z0-9]{1,10}|\+\d{8,15})$/,
			'SMS_FROM must be 2–11 letters and digits starting with a letter, or a phone number like +46701234567'
		)
		.default('Medskapa'),
	ORIGIN: z
		.url()
		.optional()
		.or(z.literal('').transform(() => undefined)),
	/** Perspectives (and other anonymous submissions) per client address per 10 minutes; 0 turns it off. */
	NOTICE_GATHER_SECONDS: z.coerce.number().int().min(0).max(86_400).default(10),
	RATE_LIMIT_SUBMISSIONS: z.coerce.number().int().min(0).default(30),
	/** Failed sign-ins per email address and client address per 15 minutes; 0 turns it off. */
	RATE_LIMIT_SIGN_IN: z.coerce.number().int().min(0).default(5),
	/** Statement votes per participant per 10 minutes (ten times as many per client address); 0 turns it off. */
	RATE_LIMIT_VOTES: z.coerce.number().int().min(0).default(300),
	/** New statement participants (first vote without a known participant) per client address per 10 minutes. */
	RATE_LIMIT_PARTICIPANTS: z.coerce.number().int().min(0).default(30),
	/** adapter-node's limit on a request body (its default is 512K); uploads are refused in words below it. */
	BODY_SIZE_LIMIT: z
		.string()
		.regex(/^(\d+[KMG]?|Infinity)$/i, 'BODY_SIZE_LIMIT must be a number of bytes, optionally with K, M or G')
		.default('512K'),
	LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
	NODE_ENV: z.string().default('production')
});

export type Config = {
	port: number;
	databaseUrl: string | undefined;
	/** Absolute path of the embedded database's folder (PGlite data and the lock file live here). */
	dataDir: string;
	seed: 'demo' | 'none';
	/** SMTP server for the mail outbox; without it, mail stays queued (visible to staff) and is not sent. */
	smtpUrl: string | undefined;
	mailFrom: string;
	/** SMS provider endpoint (46elks format) with credentials; without it, SMS stays queued and is not sent. */
	smsUrl: string | undefined;
	smsFrom: string;
	/** Public address used in links in mail (ORIGIN, else http://localhost:PORT). */
	publicUrl: string;
	logLevel: z.infer<typeof schema>['LOG_LEVEL'];
	isProduction: boolean;
	rateLimits: { submissionsPer10Minutes: number; signInFailuresPer15Minutes: number };
	/** How long a person's first queued notice waits for others, so that events falling together go as one digest. */
	noticeGatherMs: number;
	/** Statement votes per participant (per client address ten times as many), new participants per address. */
	voteLimits: { votesPer10Minutes: number; newParticipantsPer10Minutes: number };
	/** The largest file an upload form takes: 5 MB, or less when the server's body limit is lower. */
	uploadMaxBytes: number;
	/** Identity providers' client secrets from the environment, by `OIDC_CLIENT_SECRET_<ORGANISATION>_<PURPOSE>`. */
	oidcClientSecrets: Record<string, string>;
};

const OIDC_SECRET_PREFIX = 'OIDC_CLIENT_SECRET_';

/** `solbacka`, `staff` → `OIDC_CLIENT_SECRET_SOLBACKA_STAFF`: where an identity provider's secret may be set instead. */
export function oidcSecretVariable(organisationSlug: string, purpose: string): string {
	return `${OIDC_SECRET_PREFIX}${organisationSlug.toUpperCase().replace(/[^A-Z0-9]/g, '_')}_${purpose.toUpperCase()}`;
}

export const UPLOAD_MAX_BYTES = 5 * 1024 * 1024;
const MULTIPART_ENVELOPE = 64 * 1024;

/** BODY_SIZE_LIMIT as adapter-node reads it: bytes, or with K, M or G (powers of 1024). */
function bodySizeLimit(value: string): number {
	if (/^infinity$/i.test(value)) return Infinity;
	const unit = { K: 1024, M: 1024 ** 2, G: 1024 ** 3 }[value.slice(-1).toUpperCase()];
	return unit ? Number(value.slice(0, -1)) * unit : Number(value);
}

export function readConfig(env: Record<string, string | undefined> = process.env): Config {
	const parsed = schema.safeParse(env);
	if (!parsed.success) {
		const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
		throw new Error(`Invalid configuration: ${problems}`);
	}
	const e = parsed.data;
	return {
		port: e.PORT,
		databaseUrl: e.DATABASE_URL,
		dataDir: resolve(e.MEDSKAPA_DATA_DIR),
		seed: e.MEDSKAPA_SEED,
		smtpUrl: e.SMTP_URL,
		mailFrom: e.MAIL_FROM,
		smsUrl: e.SMS_URL,
		smsFrom: e.SMS_FROM,
		publicUrl: (e.ORIGIN ?? `http://localhost:${e.PORT}`).replace(/\/$/, ''),
		logLevel: e.LOG_LEVEL,
		isProduction: e.NODE_ENV === 'production',
		noticeGatherMs: e.NOTICE_GATHER_SECONDS * 1000,
		rateLimits: { submissionsPer10Minutes: e.RATE_LIMIT_SUBMISSIONS, signInFailuresPer15Minutes: e.RATE_LIMIT_SIGN_IN },
		voteLimits: { votesPer10Minutes: e.RATE_LIMIT_VOTES, newParticipantsPer10Minutes: e.RATE_LIMIT_PARTICIPANTS },
		uploadMaxBytes: Math.max(0, Math.min(UPLOAD_MAX_BYTES, bodySizeLimit(e.BODY_SIZE_LIMIT) - MULTIPART_ENVELOPE)),
		oidcClientSecrets: Object.fromEntries(
			Object.entries(env).filter((kv): kv is [string, string] => kv[0].startsWith(OIDC_SECRET_PREFIX) && Boolean(kv[1]))
		)
	};
}
