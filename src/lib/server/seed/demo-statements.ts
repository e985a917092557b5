/**
 * @module Demo statements for Lillby: an open statements module with 25 statements about living together
 * in the village, votes from 150 anonymous participants generated with a seeded PRNG from three opinion
 * camps (so the results page shows groups, consensus and divisive statements at once), and a small
 * moderation queue: two participant statements waiting, one rejected with its reason.
 */
import { hashParticipantToken } from '../auth/participant-token';
import type { Tx } from '../db/client';
import { insertStatement, saveStatementModule } from '../modules/statements/queries/statements';
import { statementParticipants, statementVotes } from '../db/schema/index';

export const STATEMENTS_DEMO_SLUG = 'leva-tillsammans-i-lillby';
const PARTICIPANTS = 150;

/**
 * Each statement with the stance of three camps: −2 strongly against … 2 strongly for. The camps are the
 * generator's, not the engine's: the map has to find them from the votes alone.
 * A: wants an open village with new meeting places; B: worried, wants things as they were; C: practical, service first.
 */
const STATEMENTS: [text: string, a: number, b: number, c: number][] = [
	['Skolan är det viktigaste vi har i Lillby.', 2, 2, 2],
	['Det behövs fler platser där man kan träffas utan att köpa något.', 2, 1, 1],
	['Föreningarna behöver fler ledare för att barnen ska kunna vara med.', 2, 1, 2],
	['Bussen till stan går för sällan för att man ska kunna jobba där.', 1, 1, 2],
	['De nya invånarna är en tillgång för byn.', 2, -2, 1],
	['Det har blivit otryggare i byn de senaste åren.', -2, 2, 0],
	['Kommunen lyssnar inte på oss som har bott här länge.', -1, 2, 0],
	['Språkcafé i biblioteket borde finnas varje vecka.', 2, -1, 0],
	['Man ska kunna klara sig på svenska i butiken och på jobbet.', 0, 2, 1],
	['Bygdegården borde vara öppen för alla, även för nya föreningar.', 2, -1, 1],
	['Det är bäst att var och en håller sig till sina egna.', -2, -1, -2],
	['Ryktena om de nyinflyttade stämmer oftast inte.', 2, -2, 0],
	['Vi behöver fler lediga jobb i byn innan fler flyttar hit.', -1, 2, 2],
	['Matbutiken och macken är viktigare än nya mötesplatser.', -1, 1, 2],
	['Barn från olika familjer borde göra mer saker tillsammans efter skolan.', 2, 0, 1],
	['Det är ingen idé att engagera sig, det blir ändå som det blir.', -2, -1, -2],
	['Byns fest på midsommar borde bjuda in alla nya familjer särskilt.', 2, 0, 1],
	['Polisen borde synas mer i byn på kvällarna.', -1, 2, 1],
	['Vuxna som kommer nya hit borde få en fadder i byn.', 2, -1, 1],
	['Kommunen borde satsa på vägar och gatubelysning före allt annat.', -1, 1, 2],
	['Jag känner mina grannar ganska väl.', 0, 1, 0],
	['Föräldrar borde ta större ansvar för vad ungdomarna gör på kvällarna.', 0, 2, 1],
	['Idrottsföreningen borde ha lägre avgifter så att alla barn har råd.', 2, 0, 2],
	['Det är för lite som händer i byn för ungdomar.', 1, 1, 2],
	['Beslut om byn borde fattas i byn och inte i kommunhuset.', 0, 2, 1]
];

/** Camp sizes out of PARTICIPANTS: 45 % A, 30 % B, 25 % C. */
const CAMPS = [0.45, 0.3, 0.25];

const P_AGREE: Record<number, number> = { 2: 0.86, 1: 0.66, 0: 0.3, [-1]: 0.14, [-2]: 0.05 };
const P_DISAGREE: Record<number, number> = { 2: 0.05, 1: 0.14, 0: 0.3, [-1]: 0.66, [-2]: 0.86 };

/** mulberry32: a small seeded PRNG, so the demo is the same on every start. */
function prng(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

export async function seedDemoStatements(
	tx: Tx,
	processId: string,
	slug: string,
	now: Date,
	newId: () => string
): Promise<void> {
	if (slug !== STATEMENTS_DEMO_SLUG) return;
	const random = prng(20261122);
	const minutesAgo = (m: number) => new Date(now.getTime() - m * 60_000);
	await saveStatementModule(tx, processId, true, minutesAgo(60 * 24 * 14));

	const ids: string[] = [];
	for (const [i, [text]] of STATEMENTS.entries()) {
		const id = newId();
		ids.push(id);
		await insertStatement(tx, {
			id,
			processId,
			text,
			origin: 'facilitator',
			status: 'approved',
			rejectedReason: null,
			createdAt: minutesAgo(60 * 24 * 14 - i)
		});
	}

	const participants: { id: string; camp: number }[] = [];
	for (let i = 0; i < PARTICIPANTS; i++) {
		const r = i / PARTICIPANTS;
		participants.push({ id: newId(), camp: r < CAMPS[0] ? 0 : r < CAMPS[0] + CAMPS[1] ? 1 : 2 });
	}
	await tx.insert(statementParticipants).values(
		participants.map((p, i) => ({
			id: p.id,
			tokenHash: hashParticipantToken(`demo-${processId}-${i}`),
			createdAt: minutesAgo(60 * 24 * 13 - i * 60)
		}))
	);

	const votes: (typeof statementVotes.$inferInsert)[] = [];
	for (const [pi, p] of participants.entries()) {
		// Most people answer most statements; some stop early.
		const answers = 12 + Math.floor(random() * (STATEMENTS.length - 11));
		const order = STATEMENTS.map((_, i) => i);
		for (let i = order.length - 1; i > 0; i--) {
			const j = Math.floor(random() * (i + 1));
			[order[i], order[j]] = [order[j], order[i]];
		}
		for (const si of order.slice(0, answers)) {
			const stance = STATEMENTS[si][1 + p.camp] as number;
			const u = random();
			const vote = u < P_AGREE[stance] ? 1 : u < P_AGREE[stance] + P_DISAGREE[stance] ? -1 : 0;
			votes.push({
				statementId: ids[si],
				participantId: p.id,
				processId,
				vote,
				votedAt: minutesAgo(60 * 24 * 13 - pi * 60 - 1)
			});
		}
	}
	for (let i = 0; i < votes.length; i += 500) await tx.insert(statementVotes).values(votes.slice(i, i + 500));

	// The moderation queue: two waiting, one rejected with a reason anyone can read.
	const submitted: [string, 'pending' | 'rejected', string | null][] = [
		['Det borde finnas fler bänkar längs ån.', 'pending', null],
		['Bygg en padelbana bakom skolan.', 'pending', null],
		[
			'Familjen i det gula huset på Ekvägen förstör för alla.',
			'rejected',
			'Påståendet pekar ut en enskild familj. Skriv om saken, inte om personer.'
		]
	];
	for (const [i, [text, status, reason]] of submitted.entries()) {
		await insertStatement(tx, {
			id: newId(),
			processId,
			text,
			origin: 'participant',
			status,
			rejectedReason: reason,
			participantId: participants[i * 7].id,
			createdAt: minutesAgo(60 * 24 - i * 90)
		});
	}
}
