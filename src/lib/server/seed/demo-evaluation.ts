/**
 * @module Demo evaluation and lessons: a closed evaluation survey answered by 40 participants and 8 staff
 * (fixed distributions, so the results page is the same on every start), a few open comments (one with a
 * phone number, to show the redaction), and the lessons of the village case, written from the seeds'
 * "Effekter & lärdomar" (the uncensored perspective report, a neutral facilitator, not biting off too much,
 * how to reach those who did not take part). Which demo process gets them is one constant.
 */
import { createHash } from 'node:crypto';
import {
	AGAIN_ANSWERS,
	SCALE_QUESTIONS,
	type AgainAnswer,
	type Audience,
	type EvaluationAnswer,
	type ScaleQuestion
} from '../../domain/learning/evaluation';
import type { LessonKind } from '../../domain/learning/lesson';
import type { Tx } from '../db/client';
import { insertAnswer, insertLesson, saveSurvey } from '../modules/learning/queries/learning';

/** The demo process that has evaluation results and lessons. Tests use this constant, never the slug. */
export const EVALUATION_DEMO_SLUG = 'leva-tillsammans-i-lillby';

type Distribution = { scales: Record<ScaleQuestion, number[]>; again: Record<AgainAnswer, number>; comments: string[] };

/** Counts per value 1…5 (and per "again" answer); each adds up to the audience's size. */
const DISTRIBUTIONS: Record<Audience, Distribution> = {
	participant: {
		scales: { trust: [2, 5, 12, 14, 7], understanding: [1, 3, 8, 17, 11], influence: [4, 9, 13, 10, 4] },
		again: { yes: 26, no: 5, unsure: 9 },
		comments: [
			'Bra att perspektivrapporten visade allt, även det som var obekvämt att läsa.',
			'Mötena låg ofta på kvällar när jag jobbar. Fler tider på dagen hade hjälpt.',
			'Jag förstod inte riktigt vem som bestämde till slut och när.',
			'Första gången jag har känt att kommunen lyssnar på oss i Lillby.',
			'Ring gärna mig på 070-123 45 67 om ni vill veta mer om föreningens idéer.'
		]
	},
	staff: {
		scales: { trust: [0, 1, 2, 4, 1], understanding: [0, 0, 1, 4, 3], influence: [0, 2, 3, 3, 0] },
		again: { yes: 6, no: 0, unsure: 2 },
		comments: [
			'Tydlig struktur inför arbetsmötena gjorde stor skillnad.',
			'Vi hann inte förankra förslagen internt i tid.'
		]
	}
};

export const DEMO_LESSONS: { kind: LessonKind; text: string; isPublic: boolean }[] = [
	{
		kind: 'worked',
		isPublic: true,
		text: 'Det grundliga förarbetet med intervjuer och en perspektivrapport utan censur var det viktigaste av allt. Folk kände igen sig i rapporten och började lita på att vi menade allvar.'
	},
	{
		kind: 'worked',
		isPublic: true,
		text: 'En neutral samtalsledare som inte tog ställning i sakfrågan gjorde att samtalen blev konstruktiva, också när åsikterna gick isär.'
	},
	{
		kind: 'worked',
		isPublic: true,
		text: 'Tydlig struktur och förberedelser inför varje arbetsmöte: alla visste vad mötet skulle leda till.'
	},
	{
		kind: 'worked',
		isPublic: true,
		text: 'Att blanda åtgärder som syns snabbt med sådana som tar längre tid höll engagemanget uppe.'
	},
	{
		kind: 'worked',
		isPublic: true,
		text: 'Det digitala fungerade bättre än vi trodde, särskilt för dem som inte kunde komma på kvällsmötena.'
	},
	{
		kind: 'didNotWork',
		isPublic: true,
		text: 'Vi tog nästan på oss för mycket. Listan med idéer växte snabbare än vi hann arbeta med den, och vi fick prioritera hårt för att inte ta oss vatten över huvudet.'
	},
	{
		kind: 'didNotWork',
		isPublic: false,
		text: 'Förankringen inom kommunen kom för sent. Några förvaltningar fick höra om förslagen först när de var klara.'
	},
	{
		kind: 'nextTime',
		isPublic: true,
		text: 'Planera från början hur vi berättar om resultatet för dem som inte var med, till exempel på anslagstavlan vid affären, i skolans föräldrabrev och genom föreningarna.'
	},
	{
		kind: 'nextTime',
		isPublic: true,
		text: 'Fråga tidigt vilka vi kan ha missat, och bjud in fler lillbybor till arbetsgruppen så att basen blir bredare.'
	}
];

/** The values of one question spread over respondents: value v repeated counts[v-1] times, then rotated so questions do not line up. */
function spread(counts: number[], rotate: number): number[] {
	const values = counts.flatMap((n, i) => Array.from({ length: n }, () => i + 1));
	const r = rotate % values.length;
	return [...values.slice(r), ...values.slice(0, r)];
}

function answersOf(audience: Audience): EvaluationAnswer[] {
	const d = DISTRIBUTIONS[audience];
	const [trust, understanding, influence] = SCALE_QUESTIONS.map((q, i) => spread(d.scales[q], i * 3));
	const again = AGAIN_ANSWERS.flatMap((a) => Array.from({ length: d.again[a] }, () => a));
	return trust.map((_, i) => ({
		audience,
		trust: trust[i],
		understanding: understanding[i],
		influence: influence[i],
		again: again[(i * 7) % again.length],
		comment: d.comments[i] ?? ''
	}));
}

/** `lessons: false` seeds only the (closed) survey's answers, without comments: for a second demo process. */
export async function seedDemoEvaluation(
	tx: Tx,
	processId: string,
	now: Date,
	newId: () => string,
	options: { lessons?: boolean } = {}
): Promise<void> {
	const withLessons = options.lessons ?? true;
	const day = (daysAgo: number) => new Date(now.getTime() - daysAgo * 86_400_000);
	await saveSurvey(tx, processId, { isOpen: false, openedAt: day(30), closedAt: day(2) }, day(2));
	for (const audience of ['participant', 'staff'] as const) {
		for (const [i, answer] of answersOf(audience).entries()) {
			const hash = createHash('sha256').update(`demo-evaluation:${audience}:${i}`).digest('hex');
			await insertAnswer(tx, processId, hash, {
				...answer,
				comment: withLessons ? answer.comment : '',
				id: newId(),
				answeredOn: day(3 + (i % 27))
					.toISOString()
					.slice(0, 10)
			});
		}
	}
	for (const [i, lesson] of withLessons ? DEMO_LESSONS.entries() : []) {
		const at = new Date(day(1).getTime() + i * 60_000);
		await insertLesson(tx, {
			id: newId(),
			processId,
			...lesson,
			createdByUserId: null,
			createdAt: at,
			updatedAt: at,
			withdrawnAt: null
		});
	}
}
