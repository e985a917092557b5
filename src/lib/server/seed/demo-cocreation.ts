/**
 * @module The demo's co-creation process, continuing the village case: "Tillsammans i Lillby – arbetsgruppen".
 * The perspectives of the first loop are carried over; a working group of 19 (4 elected members, 5 officials,
 * 9 residents, 1 association) has met twice, written three proposals (a common spring clean-up, an umbrella
 * for local engagement, an open school), prioritised them and made commitments. All people are fictional.
 */
import { randomBytes } from 'node:crypto';
import { compileReport } from '../../domain/perspective/report';
import type { AgeBand, Channel, Relation } from '../../domain/perspective/perspective';
import { receiptFromBytes } from '../../domain/perspective/receipt';
import { normaliseSchedule } from '../../domain/process/rules';
import type { CRITERIA } from '../../domain/cocreation/proposal';
import type { MemberRole } from '../../domain/cocreation/working-group';
import type { Tx } from '../db/client';
import { appendAudit } from '../modules/records/queries/audit';
import {
	insertArgument,
	insertCommitment,
	insertGroupSession,
	insertMember,
	insertNote,
	insertProposal,
	replaceDots,
	saveAssessment,
	saveWorkingGroup
} from '../modules/cocreation/queries/cocreation';
import { insertPerspective } from '../modules/perspectives/queries/perspectives';
import { insertProcess } from '../modules/process/queries/processes';
import { loadReportMaterial, saveReport } from '../modules/perspectives/queries/reports';
import { themes } from '../db/schema/index';
import villagePerspectives from './content/village-perspectives.json';
import villageThemes from './content/village-themes.json';
import type { DemoProcess } from './demo-process';

export const COCREATION_DEMO_SLUG = 'tillsammans-i-lillby-arbetsgruppen';

export const COCREATION_DEMO_PROCESS: DemoProcess = {
	slug: COCREATION_DEMO_SLUG,
	title: 'Tillsammans i Lillby – arbetsgruppen',
	question: 'Vad gör vi tillsammans så att alla i Lillby känner sig hemma?',
	purpose:
		'Perspektivrapporten från Leva tillsammans i Lillby visade att byn saknar naturliga mötesplatser och att många vill göra något men inte vet hur. Nu tar en blandad arbetsgrupp perspektiven vidare till förslag som byn, föreningarna och kommunen kan genomföra tillsammans.',
	context:
		'Arbetsgruppen har 19 medlemmar: 4 förtroendevalda, 5 chefer och tjänstepersoner och 10 lillbybor med olika perspektiv, varav en från en förening. Den arbetar med två teman: möten och mötesplatser, och integration som ansvar, inställning och inkludering. Perspektiven från den första dialogen följer med.',
	influence: {
		openToInfluence:
			'Vilka förslag arbetsgruppen tar fram, hur de prioriteras och vem som åtar sig vad. Hur skolans lokaler och byns mötesplatser används.',
		notNegotiable: 'Skolans placering och kommunens budgetram för 2027.',
		notNegotiableReason:
			'Skolans placering beslutades av barn- och utbildningsnämnden 2025 och budgetramen sätts av kommunfullmäktige.',
		whoDecides:
			'Kommunstyrelsen beslutar om förslag som kräver kommunens pengar eller personal. Föreningar och invånare beslutar själva om sina egna åtaganden.',
		decisionWhen: 'Kommunstyrelsens sammanträde i juni 2027',
		feedbackHow:
			'Mötenas skörd, förslagen och åtagandena publiceras här efter varje möte. Alla som lämnat kontaktuppgifter i den första dialogen får ett besked efter beslutet.'
	},
	participation: {
		agenda: 'dialogue',
		drafting: 'partnership',
		decision: 'consultation',
		implementation: 'partnership',
		monitoring: 'information',
		reformulation: 'dialogue'
	},
	schedule: [
		{ phase: 'preparation', startsOn: '2026-03-02', endsOn: '2026-04-30' },
		{ phase: 'collection', startsOn: '2026-05-04', endsOn: '2026-09-30' },
		{ phase: 'compilation', startsOn: '2026-10-01', endsOn: '2026-12-18' },
		{ phase: 'cocreation', startsOn: '2027-01-11', endsOn: '2027-04-30' },
		{ phase: 'proposals', startsOn: '2027-05-03', endsOn: '2027-05-31' },
		{ phase: 'decision', startsOn: '2027-06-01', endsOn: '2027-06-30' },
		{ phase: 'implementation', startsOn: '2027-08-16', endsOn: '2028-06-30' },
		{ phase: 'learning', startsOn: '2028-08-14', endsOn: '2028-10-31' }
	],
	currentPhase: 'cocreation',
	areas: ['Lillby centrum', 'Norra Lillby', 'Landsbygden runt Lillby'],
	population: {
		ageBand: { '16-24': 168, '25-44': 301, '45-64': 362, '65+': 369 },
		source: 'SCB, folkmängd efter ålder 2025 (demodata)'
	},
	isPublished: true
};

type M = { name: string; role: MemberRole; brings: string; themes: string[]; groups: string[]; showName: boolean };

/** The group: 4 elected, 5 officials, 9 residents, 1 association. Names are fictional. */
const MEMBERS: M[] = [
	{
		name: 'Karin Sjöberg',
		role: 'elected',
		brings: 'Ordförande i kommunstyrelsens utskott för landsbygd',
		themes: ['tillit-kommunen'],
		groups: [],
		showName: true
	},
	{
		name: 'Per-Olof Nyström',
		role: 'elected',
		brings: 'Ledamot i barn- och utbildningsnämnden',
		themes: ['skola'],
		groups: [],
		showName: true
	},
	{
		name: 'Fatima Haddad',
		role: 'elected',
		brings: 'Ersättare i kommunfullmäktige, bor i Lillby',
		themes: ['motesplatser'],
		groups: [],
		showName: true
	},
	{
		name: 'Lars Engström',
		role: 'elected',
		brings: 'Ledamot i kultur- och fritidsnämnden',
		themes: ['foreningsliv'],
		groups: [],
		showName: true
	},
	{
		name: 'Maria Lundqvist',
		role: 'official',
		brings: 'Rektor på Lillbyskolan',
		themes: ['skola'],
		groups: [],
		showName: true
	},
	{
		name: 'Anders Björk',
		role: 'official',
		brings: 'Chef för kultur- och fritidsförvaltningen',
		themes: ['foreningsliv'],
		groups: [],
		showName: true
	},
	{
		name: 'Sofia Ekman',
		role: 'official',
		brings: 'Integrationssamordnare',
		themes: ['arbete-sprak'],
		groups: [],
		showName: true
	},
	{
		name: 'Jonas Hedlund',
		role: 'official',
		brings: 'Enhetschef på tekniska förvaltningen',
		themes: ['trygghet'],
		groups: [],
		showName: false
	},
	{
		name: 'Eva Marklund',
		role: 'official',
		brings: 'Chef för kommunens kontaktcenter',
		themes: ['tillit-kommunen'],
		groups: [],
		showName: false
	},
	{
		name: 'Ahmad Rahimi',
		role: 'resident',
		brings: 'Kom till Lillby 2019, jobbar på sågverket',
		themes: ['arbete-sprak'],
		groups: ['25-44'],
		showName: true
	},
	{
		name: 'Britt Olofsson',
		role: 'resident',
		brings: 'Har bott i byn i 70 år, åker buss till sjukhuset',
		themes: [],
		groups: ['65+'],
		showName: false
	},
	{
		name: 'Nour Khalil',
		role: 'resident',
		brings: 'Gymnasieelev, pendlar till stan',
		themes: ['trygghet'],
		groups: ['16-24'],
		showName: false
	},
	{
		name: 'Erik Stenlund',
		role: 'resident',
		brings: 'Driver byns enda café',
		themes: ['motesplatser'],
		groups: ['45-64'],
		showName: true
	},
	{
		name: 'Hanna Wikström',
		role: 'resident',
		brings: 'Förälder till två barn på Lillbyskolan',
		themes: ['skola'],
		groups: ['25-44'],
		showName: false
	},
	{
		name: 'Yusuf Abdi',
		role: 'resident',
		brings: 'Tränar ett fotbollslag för unga',
		themes: ['foreningsliv'],
		groups: ['16-24'],
		showName: false
	},
	{
		name: 'Gunnel Persson',
		role: 'resident',
		brings: 'Pensionär, aktiv i kyrkans syförening',
		themes: ['motesplatser'],
		groups: ['65+'],
		showName: false
	},
	{
		name: 'Tigist Alemu',
		role: 'resident',
		brings: 'Sjuksköterska, väntar på svensk legitimation',
		themes: ['arbete-sprak'],
		groups: ['25-44'],
		showName: false
	},
	{
		name: 'Mats Holmgren',
		role: 'resident',
		brings: 'Bor utanför byn, kör barnen till skolan',
		themes: [],
		groups: ['45-64'],
		showName: false
	},
	{
		name: 'Lillby byalag',
		role: 'civilSociety',
		brings: 'Byalaget, med kontakt till byns föreningar',
		themes: ['foreningsliv', 'motesplatser'],
		groups: [],
		showName: true
	}
];

const SESSIONS = [
	{
		title: 'Konfronterande dialog: möten och mötesplatser',
		heldOn: '2027-01-20',
		place: 'Lillbyskolans matsal',
		methodKey: 'fishbowl',
		agenda:
			'Välkomna och hur vi pratar med varandra.\nFishbowl: fyra stolar i mitten, en tom. Vad skaver i byn?\nSkörd: insikter, spänningar och idéer.\nVad tar vi med till nästa möte?',
		published: true,
		notes: [
			{
				kind: 'insight',
				text: 'Nästan alla säger att de vill träffas mer, men ingen plats i byn känns som allas.',
				themes: ['motesplatser']
			},
			{
				kind: 'tension',
				text: 'Några tycker att de nya ska ta mer ansvar för att komma in i byn. Andra säger att byn måste öppna dörren först.',
				themes: ['tillit-kommunen']
			},
			{
				kind: 'insight',
				text: 'Föreningarna tappar ledare, samtidigt som många nya vill hjälpa till men inte vet hur man kommer in.',
				themes: ['foreningsliv']
			},
			{
				kind: 'idea',
				text: 'Gör något tillsammans i stället för att bara prata: en städdag där alla behövs.',
				themes: ['motesplatser']
			},
			{
				kind: 'tension',
				text: 'Tjänstepersonerna vill vänta på budgeten. Invånarna vill börja nu med det som inte kostar.',
				themes: ['tillit-kommunen']
			},
			{
				kind: 'idea',
				text: 'Skolan står tom på kvällarna. Kan den bli byns vardagsrum?',
				themes: ['skola', 'motesplatser']
			}
		]
	},
	{
		title: 'Open space: från idéer till förslag',
		heldOn: '2027-02-10',
		place: 'Lillby bygdegård',
		methodKey: 'open-space',
		agenda:
			'Marknadsplats: vem vill driva vilken fråga?\nTre rundor i grupper.\nVarje grupp skriver ett förslag: vad, varför, vem gör vad.\nGemensam avslutning.',
		published: false,
		notes: [
			{
				kind: 'idea',
				text: 'Vårstädning en lördag i april, med fika och grillning efteråt. Kommunen lånar ut containrar.',
				themes: ['motesplatser']
			},
			{
				kind: 'insight',
				text: 'Ett paraply för byns engagemang behövs, så att föreningar, företag och enskilda hittar varandra.',
				themes: ['foreningsliv']
			},
			{
				kind: 'tension',
				text: 'Rektorn oroar sig för ansvaret om skolan är öppen på kvällen. Föräldrarna ser det som en självklar mötesplats.',
				themes: ['skola']
			}
		]
	}
] as const;

const PROPOSALS = [
	{
		title: 'Gemensam vårstädning',
		what: 'En lördag i april städar vi byn tillsammans: skolgården, badplatsen och vägkanterna. Efteråt blir det fika och grillning vid bygdegården.',
		why: 'Att mötas genom att göra något tillsammans. Kollektivt ansvar för byn ger gemenskap, tillhörighet och stolthet – och alla behövs, oavsett språk.',
		term: 'short',
		costNote: 'Låg: containrar och säckar från kommunen, fika från föreningarna.',
		feasibilityNote: 'Går att göra i vår. Kräver att någon samordnar och att inbjudan når alla, också på andra språk.',
		themes: ['motesplatser', 'foreningsliv'],
		quotes: 2
	},
	{
		title: 'Aktivera Lillby i mitten – ett paraply för engagemang',
		what: 'En gemensam struktur som samordnar och kanaliserar engagemanget hos lillbybor, föreningar och företagare: en kontaktperson, en gemensam kalender och ett byaråd som träffas varje månad.',
		why: 'Många vill göra något men vet inte hur. Föreningarna tappar ledare. Ett paraply gör engagemanget till en gemensam kraft för byns utveckling.',
		term: 'long',
		costNote: 'En kontaktperson på deltid i två år, cirka 300 000 kronor per år.',
		feasibilityNote: 'Kräver beslut i kommunstyrelsen om kontaktpersonen. Byarådet kan starta utan pengar.',
		themes: ['foreningsliv', 'tillit-kommunen'],
		quotes: 2
	},
	{
		title: 'Skolan i mitten – en mer öppen och tillgänglig skola',
		what: 'Skolans lokaler blir en resurs för gemensamma aktiviteter två kvällar i veckan: läxhjälp, språkcafé och föreningsmöten.',
		why: 'Skolan är byns största mötesplats men står tom på kvällarna. Den kan bli en arena för relationer mellan elever, vårdnadshavare och skolpersonal.',
		term: 'long',
		costNote: 'Vaktmästare och städning två kvällar i veckan, cirka 150 000 kronor per år.',
		feasibilityNote: 'Ansvar och försäkring behöver lösas. Rektorn vill börja med en termins försök.',
		themes: ['skola', 'motesplatser'],
		quotes: 2
	}
] as const;

type Scores = Record<(typeof CRITERIA)[number], number>;
/** Residents and officials see the open school differently: residents see its value, officials doubt feasibility. */
const ASSESSMENT: Record<string, [Scores, Scores]> = {
	resident: [
		{ sustainability: 4, legitimacy: 5, service: 4, feasibility: 5 },
		{ sustainability: 4, legitimacy: 3, service: 3, feasibility: 3 }
	],
	official: [
		{ sustainability: 3, legitimacy: 4, service: 3, feasibility: 5 },
		{ sustainability: 5, legitimacy: 4, service: 4, feasibility: 3 }
	]
};
const SCHOOL: Record<string, Scores> = {
	resident: { sustainability: 5, legitimacy: 5, service: 5, feasibility: 4 },
	official: { sustainability: 4, legitimacy: 3, service: 4, feasibility: 1 },
	elected: { sustainability: 4, legitimacy: 4, service: 4, feasibility: 3 },
	civilSociety: { sustainability: 5, legitimacy: 4, service: 4, feasibility: 3 }
};
/** Dots (of 5) per role over clean-up, umbrella, school. */
const DOTS: Record<string, [number, number, number]> = {
	resident: [2, 0, 3],
	official: [1, 3, 1],
	elected: [1, 2, 2],
	civilSociety: [1, 3, 1]
};

export async function seedDemoCocreation(
	tx: Tx,
	o: {
		organisationId: string;
		facilitatorUserId: string | null;
		officialUserId: string | null;
		now: Date;
		newId: () => string;
	}
): Promise<void> {
	const { now, newId } = o;
	const { slug, currentPhase, isPublished, areas, population, ...description } = COCREATION_DEMO_PROCESS;
	const processId = newId();
	await insertProcess(tx, {
		...description,
		schedule: normaliseSchedule(description.schedule),
		id: processId,
		organisationId: o.organisationId,
		slug,
		currentPhase,
		areas,
		population,
		isPublished,
		publishedAt: now,
		createdAt: now,
		updatedAt: now
	});
	await appendAudit(tx, {
		id: newId(),
		organisationId: o.organisationId,
		actorUserId: null,
		action: 'process.seeded',
		entityType: 'process',
		entityId: processId,
		details: { slug },
		at: now
	});

	// The first loop's perspectives and themes, carried over (visible ones; no contact details are copied). A few
	// residents asked for news in this loop too (every twelfth; one of them reads in English): they hear of the
	// decision and what became of the proposals that grew from their perspective.
	const themeIds = new Map<string, string>();
	for (const th of villageThemes) {
		const id = newId();
		themeIds.set(th.key, id);
		await tx
			.insert(themes)
			.values({ id, processId, key: th.key, name: th.name, description: th.description, createdAt: now });
	}
	const quotesByTheme = new Map<string, string[]>();
	let carried = 0;
	for (const item of villagePerspectives as {
		text: string;
		channel: string;
		theme: string;
		ageBand?: string;
		area?: string;
		relation?: string;
		isQuote?: boolean;
		daysAgo: number;
		shouldHide?: boolean;
	}[]) {
		if (item.shouldHide) continue;
		const id = newId();
		const asksForNews = ++carried % 12 === 0;
		const at = new Date(now.getTime() - (item.daysAgo + 90) * 24 * 3600 * 1000);
		if (item.isQuote) quotesByTheme.set(item.theme, [...(quotesByTheme.get(item.theme) ?? []), id]);
		const hasProfile = item.ageBand || item.area || item.relation;
		await insertPerspective(
			tx,
			{
				id,
				processId,
				text: item.text,
				channel: item.channel as Channel,
				themeId: themeIds.get(item.theme) ?? null,
				isQuote: item.isQuote ?? false,
				status: 'visible',
				hiddenReason: null,
				receipt: receiptFromBytes(randomBytes(8)),
				createdAt: at
			},
			{
				contact: asksForNews
					? {
							email: `lillby.boende${carried / 12}@example.se`,
							phone: null,
							language: carried === 36 ? 'en' : 'sv',
							consentText: 'Vill du få besked om vad som händer? (frivilligt)'
						}
					: null,
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
	await saveReport(
		tx,
		processId,
		compileReport({ process: description, ...(await loadReportMaterial(tx, processId)), population }),
		now,
		null
	);

	// The working group.
	await saveWorkingGroup(tx, processId, 5, now);
	const members: { id: string; role: MemberRole }[] = [];
	for (const [i, m] of MEMBERS.entries()) {
		const id = newId();
		members.push({ id, role: m.role });
		const email = `${m.name
			.toLowerCase()
			.replace(/[åä]/g, 'a')
			.replace(/ö/g, 'o')
			.replace(/[^a-z]+/g, '.')}@lillby.example`;
		await insertMember(
			tx,
			{
				id,
				processId,
				role: m.role,
				brings: m.brings,
				showName: m.showName,
				createdAt: new Date(now.getTime() - (60 - i) * 3600 * 1000)
			},
			{ name: m.name, email },
			m.themes.map((k) => themeIds.get(k)!),
			[...m.groups]
		);
	}

	for (const s of SESSIONS) {
		const sessionId = newId();
		const heldAt = new Date(`${s.heldOn}T18:00:00Z`);
		const at = heldAt < now ? heldAt : now;
		await insertGroupSession(tx, {
			id: sessionId,
			processId,
			title: s.title,
			heldOn: s.heldOn,
			place: s.place,
			methodKey: s.methodKey,
			agenda: s.agenda,
			harvestPublishedAt: s.published ? at : null,
			createdAt: at,
			updatedAt: at
		});
		for (const [i, n] of s.notes.entries()) {
			await insertNote(
				tx,
				{
					id: newId(),
					sessionId,
					kind: n.kind,
					text: n.text,
					authorUserId: i % 2 === 0 ? o.facilitatorUserId : o.officialUserId,
					createdAt: new Date(at.getTime() + i * 6 * 60 * 1000)
				},
				n.themes.map((k) => themeIds.get(k)!),
				[]
			);
		}
	}

	const proposalIds: string[] = [];
	for (const p of PROPOSALS) {
		const id = newId();
		proposalIds.push(id);
		const { themes: keys, quotes, ...fields } = p;
		const linked = keys.flatMap((k) => quotesByTheme.get(k) ?? []).slice(0, quotes);
		await insertProposal(
			tx,
			{ id, processId, ...fields, createdByUserId: o.facilitatorUserId, createdByMemberId: null, createdAt: now },
			keys.map((k) => themeIds.get(k)!),
			linked
		);
	}
	const args = [
		{ p: 0, side: 'for', source: 'public', text: 'Äntligen något som inte kräver ett möte. Jag kommer med mina barn.' },
		{ p: 0, side: 'against', source: 'public', text: 'Det räcker inte med en dag om året. Vad händer sedan?' },
		{
			p: 1,
			side: 'for',
			source: 'member',
			text: 'Föreningarna behöver någon som håller ihop det, annars brinner vi ut.'
		},
		{
			p: 2,
			side: 'for',
			source: 'public',
			text: 'Min dotter skulle kunna få läxhjälp där. Det finns ingen annanstans.'
		},
		{ p: 2, side: 'against', source: 'member', text: 'Vem ansvarar om något händer på kvällen? Det måste lösas först.' }
	] as const;
	for (const [i, a] of args.entries()) {
		await insertArgument(tx, {
			id: newId(),
			proposalId: proposalIds[a.p],
			side: a.side,
			text: a.text,
			source: a.source,
			memberId: a.source === 'member' ? members[i].id : null,
			createdAt: now
		});
	}
	for (const m of members) {
		const dots = DOTS[m.role] ?? [1, 1, 1];
		await replaceDots(tx, m.id, Object.fromEntries(proposalIds.map((id, i) => [id, dots[i]])), now);
		const [cleanUp, umbrella] = ASSESSMENT[m.role] ?? ASSESSMENT.resident;
		await saveAssessment(tx, m.id, proposalIds[0], cleanUp, now);
		await saveAssessment(tx, m.id, proposalIds[1], umbrella, now);
		await saveAssessment(tx, m.id, proposalIds[2], SCHOOL[m.role] ?? SCHOOL.resident, now);
	}
	const commitments = [
		{
			p: 0,
			party: 'municipality',
			what: 'Lånar ut containrar, säckar och handskar och hämtar skräpet på måndagen.',
			owner: 'Tekniska förvaltningen',
			dueOn: '2027-04-17',
			status: 'ongoing'
		},
		{
			p: 0,
			party: 'association',
			what: 'Bjuder på fika och grillning vid bygdegården.',
			owner: 'Lillby IF',
			dueOn: '2027-04-17',
			status: 'planned'
		},
		{
			p: 0,
			party: 'residents',
			what: 'Samordnar städlagen och sprider inbjudan på svenska, arabiska, dari och tigrinja.',
			owner: 'Lillby byalag',
			dueOn: '2027-04-01',
			status: 'planned'
		},
		{
			p: 1,
			party: 'association',
			what: 'Bjuder in alla föreningar och företag till ett första byaråd.',
			owner: 'Lillby byalag',
			dueOn: '2027-03-15',
			status: 'done'
		},
		{
			p: 1,
			party: 'municipality',
			what: 'Tar fram ett underlag om en kontaktperson på deltid till kommunstyrelsen.',
			owner: 'Kommunledningskontoret',
			dueOn: '2027-05-31',
			status: 'planned'
		},
		{
			p: 2,
			party: 'municipality',
			what: 'Håller matsalen och biblioteket öppna två kvällar i veckan en termin på försök.',
			owner: 'Lillbyskolan',
			dueOn: '2027-08-23',
			status: 'planned'
		},
		{
			p: 2,
			party: 'company',
			what: 'Bjuder på frukt och smörgås till läxhjälpen.',
			owner: 'Handlarn i Lillby',
			dueOn: '2027-08-23',
			status: 'planned'
		},
		{
			p: 2,
			party: 'residents',
			what: 'Kvällsöppet bibliotek varje dag med frivilliga.',
			owner: 'Föräldraföreningen',
			dueOn: '2027-06-01',
			status: 'cancelled',
			cancelReason: 'Ersätts av skolans försök med två kvällar i veckan, som har personal på plats.'
		}
	] as const;
	for (const c of commitments) {
		const { p, ...rest } = c;
		await insertCommitment(tx, {
			id: newId(),
			proposalId: proposalIds[p],
			...rest,
			cancelReason: 'cancelReason' in c ? c.cancelReason : null,
			createdAt: now,
			updatedAt: now
		});
	}
}
