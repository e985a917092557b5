/** @module Outcomes as values: parsing and checks return errors a person can act on, never throw. */

export type Result<T> = { ok: true; value: T } | { ok: false; errors: string[] };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = <T>(...errors: string[]): Result<T> => ({ ok: false, errors });
