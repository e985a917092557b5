/**
 * @module The demo organisation's processes, modelled on the seeds' village integration case
 * (70 interviews, a mixed working group, an uncensored perspective report). All names are fictional.
 */
import { PLAN_DEMO_PROCESS } from './demo-plan';
import type { DemoProcess } from './demo-process';

export type { DemoProcess } from './demo-process';

export const DEMO_PROCESSES: DemoProcess[] = [
	{
		slug: 'leva-tillsammans-i-lillby',
		title: 'Leva tillsammans i Lillby',
		question: 'Hur vill vi leva tillsammans i byn?',
		purpose:
			'Lillby har fått många nya invånare de senaste åren. Många ser dem som en tillgång för byn, men det finns också rykten, ironiska kommentarer och en känsla av att något skaver. Ingen har hela bilden och ingen aktör kan lösa det ensam. Därför vill kommunen höra så många perspektiv som möjligt, även från dem som sällan hörs, innan något bestäms.',
		context:
			'Frågan berör skolan, föreningslivet, mötesplatser, trygghet och hur ansvar och inkludering fungerar i vardagen. Under våren och sommaren gjorde vi 70 intervjuer med invånare, förtroendevalda och tjänstepersoner, stod med tältet på torget och tog emot synpunkter på webben. Allt sammanställs nu i en perspektivrapport utan censur, där också motsättningarna syns.',
		influence: {
			openToInfluence:
				'Vilka teman arbetsgruppen ska arbeta vidare med, vilka åtgärdsförslag som tas fram och hur de prioriteras, hur byns mötesplatser och skolans lokaler kan användas, och vem som gör vad i genomförandet.',
			notNegotiable: 'Skolans placering och kommunens budgetram för 2027. Mottagandet av nyanlända enligt lag.',
			notNegotiableReason:
				'Skolans placering beslutades av barn- och utbildningsnämnden 2025 och budgetramen sätts av kommunfullmäktige. Mottagandet regleras i bosättningslagen och är inget kommunen kan välja bort.',
			whoDecides:
				'Kommunstyrelsen beslutar om de åtgärdsförslag som kräver kommunens pengar eller personal. Föreningar och invånare beslutar själva om sina egna åtaganden.',
			decisionWhen: 'Kommunstyrelsens sammanträde i juni 2027',
			feedbackHow:
				'Alla som lämnat kontaktuppgifter får perspektivrapporten i december 2026 och ett besked efter beslutet i juni 2027. Rapporten och besluten publiceras också här, och du kan följa din egen synpunkt med din kvittenskod.'
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
		currentPhase: 'compilation',
		areas: ['Lillby centrum', 'Norra Lillby', 'Landsbygden runt Lillby'],
		// Demo figures in the shape of SCB's population by age (DeSO areas around the village), 16 years and older.
		population: {
			ageBand: { '16-24': 168, '25-44': 301, '45-64': 362, '65+': 369 },
			source: 'SCB, folkmängd efter ålder 2025 (demodata)'
		},
		isPublished: true
	},
	{
		slug: 'trygg-storgatan',
		title: 'Trygg Storgatan',
		question: 'Hur gör vi Storgatan i Solbacka tryggare, dag som kväll?',
		purpose:
			'Många säger att de undviker Storgatan på kvällen. Andra tycker att gatan är levande och trygg. Vi vill förstå hur olika människor upplever gatan innan vi bestämmer vad som ska göras med belysning, trafik och kvällsaktiviteter.',
		context:
			'Kommunen, polisen och fastighetsägarna samverkar redan i ett trygghetsråd. Den här dialogen ska ge rådet ett bredare underlag, särskilt från unga, äldre och de som arbetar kvällstid på gatan.',
		influence: {
			openToInfluence:
				'Var belysningen ska förbättras först, vilka kvällsaktiviteter som ska prövas, och hur trafiken på Storgatan ska regleras kvällstid.',
			notNegotiable: 'Polisens arbete och prioriteringar.',
			notNegotiableReason:
				'Polisen är en statlig myndighet och beslutar själv hur den arbetar. Dina synpunkter om polisen förs ändå vidare till trygghetsrådet.',
			whoDecides: 'Samhällsbyggnadsnämnden',
			decisionWhen: 'Nämndens sammanträde i april 2027',
			feedbackHow:
				'Vi publicerar en sammanställning här i februari 2027 och mejlar alla som lämnat en adress. Efter nämndens beslut berättar vi vad som blev av förslagen och varför.'
		},
		participation: {
			agenda: 'consultation',
			drafting: 'dialogue',
			decision: 'information',
			implementation: 'consultation',
			monitoring: 'consultation',
			reformulation: 'none'
		},
		schedule: [
			{ phase: 'preparation', startsOn: '2026-09-01', endsOn: '2026-10-30' },
			{ phase: 'collection', startsOn: '2026-11-02', endsOn: '2027-01-31' },
			{ phase: 'compilation', startsOn: '2027-02-01', endsOn: '2027-02-26' },
			{ phase: 'cocreation', startsOn: '2027-03-01', endsOn: '2027-03-19' },
			{ phase: 'proposals', startsOn: '2027-03-22', endsOn: '2027-03-31' },
			{ phase: 'decision', startsOn: '2027-04-01', endsOn: '2027-04-30' },
			{ phase: 'implementation', startsOn: '2027-05-03', endsOn: '2027-12-17' },
			{ phase: 'learning', startsOn: '2028-01-10', endsOn: '2028-02-25' }
		],
		currentPhase: 'collection',
		areas: ['Storgatan', 'Centrum i övrigt', 'Andra delar av Solbacka'],
		population: {
			ageBand: { '16-24': 1710, '25-44': 3920, '45-64': 3480, '65+': 3090 },
			source: 'SCB, folkmängd efter ålder 2025 (demodata)'
		},
		isPublished: true
	},
	{
		slug: 'framtidens-fritid',
		title: 'Framtidens fritid och idrott',
		question: 'Vilka fritids- och idrottsmöjligheter behöver Solbacka de kommande tio åren?',
		purpose:
			'Flera idrottsanläggningar behöver renoveras samtidigt som nya aktiviteter efterfrågas. Planeringen pågår.',
		context: '',
		influence: {
			openToInfluence: 'Vilka aktiviteter och anläggningar som prioriteras i fritidsplanen.',
			notNegotiable: '',
			notNegotiableReason: '',
			whoDecides: 'Kultur- och fritidsnämnden',
			decisionWhen: '',
			feedbackHow: ''
		},
		participation: {
			agenda: 'consultation',
			drafting: 'dialogue',
			decision: 'information',
			implementation: 'information',
			monitoring: 'information',
			reformulation: 'none'
		},
		schedule: [{ phase: 'preparation', startsOn: '2026-11-02', endsOn: '2027-01-29' }],
		currentPhase: 'preparation',
		areas: [],
		population: {},
		isPublished: false
	},
	PLAN_DEMO_PROCESS
];
