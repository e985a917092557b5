/**
 * @module Structured JSON logs (pino): one line per request and per job.
 */
import pino from 'pino';

export const log = pino({
	level: process.env.LOG_LEVEL ?? 'info',
	base: { app: 'medskapa' },
	redact: ['req.headers.cookie', 'password', 'email']
});
