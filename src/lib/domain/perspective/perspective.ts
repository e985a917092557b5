/**
 * @module A perspective (perspektiv): one contribution — a view, an experience, a worry, an idea — with
 * its channel. Contact details and self-description are personal data, kept apart from the text.
 */
import type { AgeBand } from '../../kernel/age-bands';
import type { Channel } from '../../kernel/channels';
export { CHANNELS, type Channel } from '../../kernel/channels';

export { AGE_BANDS, type AgeBand } from '../../kernel/age-bands';

export const RELATIONS = ['lives', 'works', 'association', 'other'] as const;
export type Relation = (typeof RELATIONS)[number];

/** `hidden`: moderated (unlawful content, with a reason); `withdrawn`: taken back by the contributor. */
export const PERSPECTIVE_STATUSES = ['visible', 'hidden', 'withdrawn'] as const;
export type PerspectiveStatus = (typeof PERSPECTIVE_STATUSES)[number];

export type Profile = { ageBand: AgeBand | null; area: string | null; relation: Relation | null };
export type Contact = { email: string | null; phone: string | null };

export type Perspective = {
	id: string;
	processId: string;
	text: string;
	channel: Channel;
	themeId: string | null;
	isQuote: boolean;
	status: PerspectiveStatus;
	hiddenReason: string | null;
	receipt: string;
	createdAt: Date;
};

export const TEXT_MAX = 5000;

/** Perspectives are collected in the collection phase only; outside it the door is closed, and says so. */
export const isCollecting = (phase: string) => phase === 'collection';

export const isEmptyProfile = (p: Profile) => p.ageBand === null && p.area === null && p.relation === null;
export const isEmptyContact = (c: Contact) => c.email === null && c.phone === null;
