/** Only same-site staff pages are allowed as a target after sign-in, so sign-in cannot be used as an open redirect. */
export const safeNext = (next: string | null | undefined): string =>
	next && /^\/hantera(\/[\w\-/]*)?$/.test(next) ? next : '/hantera';
