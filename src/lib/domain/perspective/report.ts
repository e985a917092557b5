/**
 * @module The perspective report (perspektivrapport): the compiled, uncensored report fed back to everyone.
 * Pure: perspectives in, a snapshot out. Every text shown is passed through personal-data redaction, hidden
 * perspectives are counted (never dropped), small themes are kept and marked, tensions stand side by side,
 * and reach is reported with groups under 5 suppressed.
 */
import {
	compareRepresentation,
	gapSentences,
	NOT_STATED,
	summariseCounts,
	type CountSummary,
	type RepresentationComparison
} from '../../analysis/representation/index';
import { redactPersonalData } from '../../analysis/text-harvest/index';
import { AGE_BANDS, type AgeBand, type Channel, type PerspectiveStatus, type Profile } from './perspective';

export type ReportPerspective = {
	id: string;
	text: string;
	channel: Channel;
	themeId: string | null;
	isQuote: boolean;
	status: PerspectiveStatus;
	hiddenReason: string | null;
	createdAt: Date;
};
export type ReportInput = {
	process: { title: string; question: string; purpose: string };
	themes: { id: string; name: string; description: string }[];
	perspectives: ReportPerspective[];
	/** Self-descriptions, unlinked from the texts: only counted. */
	profiles: Profile[];
	tensions: { title: string; description: string; sideAId: string; sideBId: string }[];
	population?: { ageBand?: Partial<Record<AgeBand, number>>; source?: string };
};

export type ReportTheme = {
	name: string;
	description: string;
	count: number;
	share: number;
	isMinority: boolean;
	quotes: string[];
	voices: string[];
};
export type ReportSnapshot = {
	version: 1;
	title: string;
	question: string;
	purpose: string;
	period: { from: string | null; to: string | null };
	/** `withdrawn`: taken back by their contributors (absent in snapshots published before it was counted). */
	totals: { received: number; shown: number; hidden: number; hiddenReasons: string[]; withdrawn?: number };
	channels: CountSummary;
	themes: ReportTheme[];
	unthemed: number;
	tensions: { title: string; description: string; sideA: string; sideB: string }[];
	reach: {
		ageBand: RepresentationComparison | null;
		ageBandCounts: CountSummary;
		relation: CountSummary;
		area: CountSummary;
		populationSource: string | null;
		gaps: { sv: string[]; en: string[] };
	};
};

/** A theme holding under this share of the themed perspectives is a minority perspective, kept visible. */
export const MINORITY_SHARE = 0.1;
const VOICES_PER_THEME = 4;

const AGE_LABELS = {
	sv: {
		'16-24': 'Unga 16–24 år',
		'25-44': 'Personer 25–44 år',
		'45-64': 'Personer 45–64 år',
		'65+': 'Personer 65 år eller äldre'
	},
	en: {
		'16-24': 'Young people aged 16–24',
		'25-44': 'People aged 25–44',
		'45-64': 'People aged 45–64',
		'65+': 'People aged 65 or older'
	}
};

const isoDay = (d: Date) => d.toISOString().slice(0, 10);

function countBy<T>(items: T[], key: (t: T) => string | null): Record<string, number> {
	const out: Record<string, number> = {};
	for (const item of items) {
		const k = key(item) ?? NOT_STATED;
		out[k] = (out[k] ?? 0) + 1;
	}
	return out;
}

/** The range of views: spread over channels first, then over time, deterministic. */
function pickVoices(items: ReportPerspective[], n: number): ReportPerspective[] {
	const byChannel = new Map<string, ReportPerspective[]>();
	for (const p of [...items].sort(
		(a, b) => a.createdAt.getTime() - b.createdAt.getTime() || a.id.localeCompare(b.id)
	)) {
		byChannel.set(p.channel, [...(byChannel.get(p.channel) ?? []), p]);
	}
	const queues = [...byChannel.values()];
	const picked: ReportPerspective[] = [];
	for (let round = 0; picked.length < n && queues.some((q) => q.length > round); round++) {
		for (const q of queues) if (q[round] && picked.length < n) picked.push(q[round]);
	}
	return picked;
}

export function compileReport(input: ReportInput): ReportSnapshot {
	const shown = input.perspectives.filter((p) => p.status === 'visible');
	const hidden = input.perspectives.filter((p) => p.status === 'hidden');
	const withdrawn = input.perspectives.filter((p) => p.status === 'withdrawn').length;
	const themed = shown.filter((p) => p.themeId !== null);
	const themes = input.themes
		.map((t) => {
			const members = themed.filter((p) => p.themeId === t.id);
			const quotes = members.filter((p) => p.isQuote);
			return {
				name: t.name,
				description: t.description,
				count: members.length,
				share: themed.length === 0 ? 0 : members.length / themed.length,
				isMinority: members.length > 0 && members.length / Math.max(1, themed.length) < MINORITY_SHARE,
				quotes: quotes.map((p) => redactPersonalData(p.text)),
				voices: pickVoices(
					members.filter((p) => !p.isQuote),
					VOICES_PER_THEME
				).map((p) => redactPersonalData(p.text))
			};
		})
		.filter((t) => t.count > 0)
		.sort((a, b) => b.count - a.count || a.name.localeCompare(b.name, 'sv'));
	const byId = new Map(input.perspectives.map((p) => [p.id, p]));
	const side = (id: string) => {
		const p = byId.get(id);
		return p && p.status === 'visible' ? redactPersonalData(p.text) : '';
	};
	const dates = input.perspectives.map((p) => p.createdAt.getTime()).sort((a, b) => a - b);
	return {
		version: 1,
		title: input.process.title,
		question: input.process.question,
		purpose: input.process.purpose,
		period: {
			from: dates.length ? isoDay(new Date(dates[0])) : null,
			to: dates.length ? isoDay(new Date(dates[dates.length - 1])) : null
		},
		totals: {
			received: input.perspectives.length,
			shown: shown.length,
			hidden: hidden.length,
			hiddenReasons: [...new Set(hidden.map((p) => p.hiddenReason ?? '').filter(Boolean))].sort(),
			withdrawn
		},
		...compileReach(input),
		themes,
		unthemed: shown.length - themed.length,
		tensions: input.tensions.map((t) => ({
			title: t.title,
			description: t.description,
			sideA: side(t.sideAId),
			sideB: side(t.sideBId)
		}))
	};
}

/**
 * A published report without one perspective's text: used when a contributor withdraws a perspective and the
 * organisation deletes for real. Quotes and voices drop it; a tension side shows as not shown.
 */
export function withoutText(snapshot: ReportSnapshot, text: string): ReportSnapshot {
	const shownText = redactPersonalData(text);
	if (!shownText.trim()) return snapshot;
	return {
		...snapshot,
		totals: { ...snapshot.totals, withdrawn: (snapshot.totals.withdrawn ?? 0) + 1 },
		themes: snapshot.themes.map((t) => ({
			...t,
			quotes: t.quotes.filter((q) => q !== shownText),
			voices: t.voices.filter((v) => v !== shownText)
		})),
		tensions: snapshot.tensions.map((t) => ({
			...t,
			sideA: t.sideA === shownText ? '' : t.sideA,
			sideB: t.sideB === shownText ? '' : t.sideB
		}))
	};
}

/**
 * Who has been heard: channels and self-descriptions, counted with small groups suppressed, and age compared
 * with the population. Used by the report and, live, by the staff representation page; reads no texts.
 */
export function compileReach(
	input: Pick<ReportInput, 'perspectives' | 'profiles' | 'population'>
): Pick<ReportSnapshot, 'channels' | 'reach'> {
	const heardAge = countBy(input.profiles, (p) => p.ageBand);
	for (const band of AGE_BANDS) heardAge[band] ??= 0;
	// Self-descriptions are optional: those who gave none count as "not stated".
	const notStated = Math.max(0, input.perspectives.length - input.profiles.length);
	const withNotStated = (counts: Record<string, number>) => ({
		...counts,
		[NOT_STATED]: (counts[NOT_STATED] ?? 0) + notStated
	});
	const population = input.population?.ageBand;
	const ageBand =
		population && Object.keys(population).length > 0
			? compareRepresentation({ population: population as Record<string, number>, heard: withNotStated(heardAge) })
			: null;
	return {
		channels: summariseCounts(countBy(input.perspectives, (p) => p.channel)),
		reach: {
			ageBand,
			ageBandCounts: summariseCounts(withNotStated(heardAge)),
			relation: summariseCounts(withNotStated(countBy(input.profiles, (p) => p.relation))),
			area: summariseCounts(withNotStated(countBy(input.profiles, (p) => p.area))),
			populationSource: input.population?.source ?? null,
			gaps: ageBand
				? {
						sv: gapSentences(ageBand, { locale: 'sv', labels: AGE_LABELS.sv }),
						en: gapSentences(ageBand, { locale: 'en', labels: AGE_LABELS.en })
					}
				: { sv: [], en: [] }
		}
	};
}
