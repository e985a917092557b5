/**
 * @module Outcomes are values: domain functions return `Result` with a closed union of error codes.
 * Only routes turn them into HTTP answers. Exceptions mean bugs.
 */
export type Ok<T> = { ok: true; value: T };
export type Err<E> = { ok: false; error: E };
export type Result<T, E> = Ok<T> | Err<E>;

export const ok = <T>(value: T): Ok<T> => ({ ok: true, value });
export const err = <E>(error: E): Err<E> => ({ ok: false, error });
