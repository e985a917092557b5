/**
 * @module The cookies a sign-in use case sets, as a small interface: SvelteKit's `cookies` fits it, and
 * use cases stay free of the framework.
 */
export type CookieOptions = {
	path: string;
	httpOnly?: boolean;
	secure?: boolean;
	sameSite?: 'lax' | 'strict' | 'none' | boolean;
	maxAge?: number;
	expires?: Date;
};

export interface CookieJar {
	get(name: string): string | undefined;
	set(name: string, value: string, options: CookieOptions): void;
	delete(name: string, options: CookieOptions): void;
}
