/**
 * @module The methods catalogue (metodkatalogen): dialogue methods with their strategic profile, the
 * participation levels and phases they fit, what they cost and whom they tend to reach and miss.
 * The catalogue is data, seeded per organisation and editable; this module only names its shape.
 */
import type { ParticipationLevel } from '../process/participation';
import type { Phase } from '../process/phases';

/**
 * The four axes of a method's strategic profile, each from −2 to +2:
 * reach (hear few −2 … hear many +2), depth (shallow −2 … deep +2),
 * mode (measure −2 … reason +2), learning (spontaneous reaction −2 … learning +2).
 */
export const PROFILE_AXES = ['reach', 'depth', 'mode', 'learning'] as const;
export type ProfileAxis = (typeof PROFILE_AXES)[number];
export type MethodProfile = Record<ProfileAxis, number>;
export const PROFILE_MIN = -2;
export const PROFILE_MAX = 2;

export const COSTS = ['low', 'medium', 'high'] as const;
export type Cost = (typeof COSTS)[number];

/** Groups a plan may want to reach; `not-usually-heard` covers those who seldom take part or trust the municipality. */
export const TARGET_GROUPS = [
	'not-usually-heard',
	'young',
	'children',
	'elderly',
	'other-language',
	'parents',
	'disability',
	'working',
	'associations',
	'businesses'
] as const;
export type TargetGroup = (typeof TARGET_GROUPS)[number];

export type Method = {
	key: string;
	name: string;
	nameEn: string;
	description: string;
	descriptionEn: string;
	profile: MethodProfile;
	participationLevels: ParticipationLevel[];
	phases: Phase[];
	cost: Cost;
	costNote: string;
	/** Whom it tends to reach, in words. */
	reaches: string;
	/** Whom it tends to miss, in words. */
	misses: string;
	/** The same as groups, for the chooser. */
	reachesGroups: TargetGroup[];
	missesGroups: TargetGroup[];
	/** Which kind of activity the method becomes in a process (interviews, popup, session, …). */
	activityKind: string;
};

/** The pole an axis value leans to, for words next to a scale: `low` (−), `middle` (0) or `high` (+). */
export function axisPole(value: number): 'low' | 'middle' | 'high' {
	return value < 0 ? 'low' : value > 0 ? 'high' : 'middle';
}

export const clampProfileValue = (v: number) => Math.max(PROFILE_MIN, Math.min(PROFILE_MAX, Math.round(v)));
