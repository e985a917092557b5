import { createHash, randomBytes } from 'node:crypto';

export const SESSION_COOKIE = 'medskapa_session';
export const SESSION_DAYS = 7;

export const newSessionToken = () => randomBytes(32).toString('base64url');
export const hashSessionToken = (token: string) => createHash('sha256').update(token).digest('hex');
