/**
 * @module The working group (arbetsgrupp): who is in it, in which role, and which themes and groups they
 * carry. Pure: the balance of roles and the warnings when a theme or an under-represented group has nobody.
 */

/** Typed roles in a working group (not staff roles: an elected member or a resident is not staff). */
export const MEMBER_ROLES = ['elected', 'official', 'resident', 'civilSociety', 'facilitator'] as const;
export type MemberRole = (typeof MEMBER_ROLES)[number];
export const isMemberRole = (v: unknown): v is MemberRole => MEMBER_ROLES.includes(v as MemberRole);

/** Dots each member may place when the group prioritises, unless the facilitator sets another number. */
export const DEFAULT_DOTS_PER_MEMBER = 5;
export const MAX_DOTS_PER_MEMBER = 20;

export type GroupMember = {
	id: string;
	role: MemberRole;
	/** Themes of the process the member carries. */
	themeIds: string[];
	/** Population groups (e.g. age band '16-24') whose perspective the member carries. */
	groups: string[];
	withdrawnAt: Date | null;
};

export type RoleBalance = { role: MemberRole; count: number; share: number }[];

export function roleBalance(members: Pick<GroupMember, 'role' | 'withdrawnAt'>[]): RoleBalance {
	const active = members.filter((m) => m.withdrawnAt === null);
	return MEMBER_ROLES.map((role) => {
		const count = active.filter((m) => m.role === role).length;
		return { role, count, share: active.length === 0 ? 0 : count / active.length };
	});
}

export type CompositionWarning = { kind: 'theme'; themeId: string; name: string } | { kind: 'group'; group: string };

/**
 * "Få med de som berörs men vanligtvis inte är med": every theme of the process and every group the
 * representation page found under-represented should have at least one active member carrying it.
 */
export function compositionWarnings(input: {
	members: GroupMember[];
	themes: { id: string; name: string }[];
	underRepresented: string[];
}): CompositionWarning[] {
	const active = input.members.filter((m) => m.withdrawnAt === null);
	const carriedThemes = new Set(active.flatMap((m) => m.themeIds));
	const carriedGroups = new Set(active.flatMap((m) => m.groups));
	return [
		...input.themes
			.filter((t) => !carriedThemes.has(t.id))
			.map((t) => ({ kind: 'theme' as const, themeId: t.id, name: t.name })),
		...input.underRepresented.filter((g) => !carriedGroups.has(g)).map((group) => ({ kind: 'group' as const, group }))
	];
}
