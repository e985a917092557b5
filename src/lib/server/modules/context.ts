/**
 * @module What every use case receives: the database, a clock and an id source. Passing them in keeps
 * use cases testable and the domain free of clocks and randomness.
 */
import { randomUUID } from 'node:crypto';
import type { Db } from '../db/client';

export type UseCaseContext = { db: Db; now: () => Date; newId: () => string };

export const systemContext = (db: Db): UseCaseContext => ({ db, now: () => new Date(), newId: () => randomUUID() });

/** A message key for a field; `params` fill its placeholders (e.g. a file's size and the limit). */
export type FieldError = { field: string; message: string; params?: Record<string, string | number> };

export type UseCaseError =
	| { code: 'forbidden' }
	| { code: 'not_found' }
	| { code: 'invalid'; fields: FieldError[] }
	| { code: 'conflict'; reason: string; details?: Record<string, unknown> };
