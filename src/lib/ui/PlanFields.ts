/** Shared props of the plan list forms: ids are `${prefix}-${field}`, errors come keyed by field. */
export type FieldErrors = { field: string; message: string }[];
export const errorIn = (errors: FieldErrors, field: string) => errors.find((e) => e.field === field)?.message;
