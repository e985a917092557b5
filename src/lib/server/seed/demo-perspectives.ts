/**
 * @module Demo perspectives and themes for the Lillby, Storgatan and Norrvik processes, from the Swedish content
 * files. Moderated entries are stored hidden with their reason: hidden, never dropped.
 */
import { randomBytes } from 'node:crypto';
import type { AgeBand, Channel, Relation } from '../../domain/perspective/perspective';
import { receiptFromBytes } from '../../domain/perspective/receipt';
import type { Tx } from '../db/client';
import { insertPerspective } from '../modules/perspectives/queries/perspectives';
import { themes } from '../db/schema/index';
import safetyPerspectives from './content/safety-perspectives.json';
import safetyThemes from './content/safety-themes.json';
import villagePerspectives from './content/village-perspectives.json';
import villageTensions from './content/village-tensions.json';
import villageThemes from './content/village-themes.json';
import norrvikPerspectives from './content/norrvik-perspectives.json';
import norrvikThemes from './content/norrvik-themes.json';
import { insertTension } from '../modules/perspectives/queries/reports';

type ContentItem = {
	text: string;
	channel: string;
	theme: string;
	ageBand?: string;
	area?: string;
	relation?: string;
	isQuote?: boolean;
	daysAgo: number;
	contact?: { email?: string; phone?: string };
	shouldHide?: boolean;
	hideReason?: string;
};
type ContentTheme = { key: string; name: string; description: string };

type ContentTension = { title: string; description: string; sideA: string; sideB: string };

export const DEMO_CONTENT: Record<
	string,
	{ themes: ContentTheme[]; perspectives: ContentItem[]; tensions: ContentTension[] }
> = {
	'leva-tillsammans-i-lillby': {
		themes: villageThemes,
		perspectives: villagePerspectives as ContentItem[],
		tensions: villageTensions
	},
	'trygg-storgatan': { themes: safetyThemes, perspectives: safetyPerspectives as ContentItem[], tensions: [] },
	// The second demo organisation's (Norrviks byalag) one dialogue.
	byastugan: { themes: norrvikThemes, perspectives: norrvikPerspectives as ContentItem[], tensions: [] }
};

export async function seedDemoPerspectives(
	tx: Tx,
	processId: string,
	slug: string,
	now: Date,
	newId: () => string
): Promise<number> {
	const content = DEMO_CONTENT[slug];
	if (!content) return 0;
	const themeIds = new Map<string, string>();
	for (const t of content.themes) {
		const id = newId();
		themeIds.set(t.key, id);
		await tx
			.insert(themes)
			.values({ id, processId, key: t.key, name: t.name, description: t.description, createdAt: now });
	}
	const receipts = new Set<string>();
	const idByText = new Map<string, string>();
	for (const item of content.perspectives) {
		const perspectiveId = newId();
		idByText.set(item.text, perspectiveId);
		let receipt = receiptFromBytes(randomBytes(8));
		while (receipts.has(receipt)) receipt = receiptFromBytes(randomBytes(8));
		receipts.add(receipt);
		const at = new Date(now.getTime() - item.daysAgo * 24 * 3600 * 1000);
		const hasProfile = item.ageBand || item.area || item.relation;
		await insertPerspective(
			tx,
			{
				id: perspectiveId,
				processId,
				text: item.text,
				channel: item.channel as Channel,
				// Collection still running: themes are assigned in the harvest, later.
				themeId: slug === 'trygg-storgatan' ? null : (themeIds.get(item.theme) ?? null),
				isQuote: item.isQuote ?? false,
				status: item.shouldHide ? 'hidden' : 'visible',
				hiddenReason: item.shouldHide ? (item.hideReason ?? null) : null,
				receipt,
				createdAt: at
			},
			{
				contact: item.contact ? { email: item.contact.email ?? null, phone: item.contact.phone ?? null } : null,
				profile: hasProfile
					? {
							ageBand: (item.ageBand as AgeBand) ?? null,
							area: item.area ?? null,
							relation: (item.relation as Relation) ?? null
						}
					: null,
				consentedAt: at
			}
		);
	}
	// Tensions name each side by the start of a perspective's text (see content/village-tensions.json).
	const byPrefix = (prefix: string) => [...idByText].find(([text]) => text.startsWith(prefix))?.[1];
	for (const [i, t] of content.tensions.entries()) {
		const sideA = byPrefix(t.sideA);
		const sideB = byPrefix(t.sideB);
		if (!sideA || !sideB) throw new Error(`Demo tension "${t.title}" refers to a perspective that does not exist`);
		await insertTension(tx, {
			id: newId(),
			processId,
			title: t.title,
			description: t.description,
			sideAPerspectiveId: sideA,
			sideBPerspectiveId: sideB,
			createdAt: new Date(now.getTime() + i)
		});
	}
	return content.perspectives.length;
}
