import { describe, expect, it } from 'vitest';
import { compileReport } from '../../domain/perspective/report';
import { pdfFonts, pdfPlainText, pdfWarnings } from '../testing/pdf-text';
import { renderReportPdf } from './report-pdf';

const day = (n: number) => new Date(Date.UTC(2026, 5, n, 10));
const perspective = (i: number, over: Partial<Parameters<typeof compileReport>[0]['perspectives'][number]> = {}) => ({
	id: `p${i}`,
	text: `Vi behöver en mötesplats för alla åldrar, nummer ${i}.`,
	channel: (i % 3 === 0 ? 'interview' : 'web') as 'interview' | 'web',
	themeId: 'a',
	isQuote: false,
	status: 'visible' as const,
	hiddenReason: null,
	createdAt: day(1 + (i % 20)),
	...over
});

function snapshot() {
	return compileReport({
		process: {
			title: 'Lillby',
			question: 'Hur vill vi leva tillsammans i byn?',
			purpose: 'Byn har vuxit och många känner sig utanför.'
		},
		themes: [
			{ id: 'a', name: 'Mötesplatser', description: 'Var vi kan ses.' },
			{ id: 'b', name: 'Skolan', description: '' }
		],
		perspectives: [
			...Array.from({ length: 18 }, (_, i) => perspective(i + 1)),
			perspective(19, { themeId: 'b', isQuote: true, text: 'Skolan är hjärtat i byn – stäng den inte.' }),
			perspective(20, { status: 'hidden', hiddenReason: 'Personangrepp på en namngiven person', text: 'Elak text' })
		],
		profiles: [],
		tensions: [
			{
				title: 'Vem tar första steget?',
				description: 'Nyinflyttade och de som bott länge väntar på varandra.',
				sideAId: 'p1',
				sideBId: 'p19'
			}
		],
		population: undefined
	});
}

describe('the perspective report as a PDF', () => {
	const influence = {
		openToInfluence: 'Hur mötesplatsen används.',
		notNegotiable: 'Budgeten för 2027.',
		notNegotiableReason: 'Den är redan beslutad.',
		whoDecides: 'Kommunstyrelsen',
		decisionWhen: 'I juni 2027',
		feedbackHow: 'Med mejl och på webben.'
	};

	it('holds the same content as the report page, in Swedish', async () => {
		const pdf = await renderReportPdf(
			{
				report: snapshot(),
				publishedAt: day(25),
				organisationName: 'Solbacka kommun',
				reportUrl: 'http://localhost/processer/lillby/rapport',
				influence
			},
			'sv'
		);
		expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
		const text = pdfPlainText(pdf);
		for (const phrase of [
			'Perspektivrapport: Lillby',
			'Hur vill vi leva tillsammans i byn?',
			'Vi tog emot 20 perspektiv',
			'Personangrepp på en namngiven person',
			'Mötesplatser',
			'18 perspektiv (95 %)',
			'”Skolan är hjärtat i byn – stäng den inte.”',
			'Få röster – men de finns med',
			'Vem tar första steget?',
			'Kommunstyrelsen',
			'Budgeten för 2027.',
			'Sida 1 av'
		]) {
			expect(text).toContain(phrase);
		}
		expect(text).not.toContain('Elak text');
		// Every page is numbered "Sida n av N", and no page is left blank by the numbering itself.
		const numbers = [...text.matchAll(/Sida (\d+) av (\d+)/g)];
		const pages = Number(numbers[0][2]);
		expect(numbers.map((m) => Number(m[1]))).toEqual(Array.from({ length: pages }, (_, i) => i + 1));
		expect(pdf.toString('latin1').match(/\/Type \/Page\b/g)).toHaveLength(pages);
		// A tagged PDF with the document language, so screen readers read it as Swedish.
		const raw = pdf.toString('latin1');
		expect(raw).toContain('/StructTreeRoot');
		expect(raw).toMatch(/\/Lang \(sv-SE\)/);
	});

	it('is written in English for an English reader', async () => {
		const pdf = await renderReportPdf(
			{
				report: snapshot(),
				publishedAt: day(25),
				organisationName: 'Solbacka kommun',
				reportUrl: 'http://localhost/x',
				influence
			},
			'en'
		);
		const text = pdfPlainText(pdf);
		expect(text).toContain('Perspective report: Lillby');
		expect(text).toContain('Page 1 of');
	});

	it('gives back perspectives in Arabic, Ukrainian, Somali, Finnish and Swedish, in embedded Unicode fonts', async () => {
		const voices = {
			// Without vowel marks (harakat), as Arabic is usually written: pdftotext moves a mark before its word.
			arabic: 'نحتاج إلى مكان للقاء في القرية، مفتوح في المساء أيضا بعد عام 2026 مع Anna وأصدقائها.',
			ukrainian: 'Нам потрібне місце для зустрічей, відкрите й увечері; їжа, ґанок і подвір’я для всіх.',
			somali: 'Waxaan u baahanahay meel aan ku kulanno oo fiidkii furan, carruurtana loo oggol yahay.',
			finnish: 'Tarvitsemme kohtaamispaikan, joka on auki myös iltaisin; äänestäisin sitä heti.',
			swedish: 'Skolan är hjärtat i byn – stäng den inte, så slipper vi åka långt.',
			amharic: 'በመንደሩ ውስጥ የመሰብሰቢያ ቦታ ያስፈልገናል።'
		};
		const long = `${voices.arabic} ${voices.arabic}`;
		const report = snapshot();
		report.themes[0].quotes = [...Object.values(voices), long];
		report.themes[0].name = 'مكان للقاء';
		const pdf = await renderReportPdf(
			{ report, publishedAt: day(25), organisationName: 'Solbacka kommun', reportUrl: 'http://localhost/x', influence },
			'sv'
		);
		// Each word and mark of a right-to-left line is its own piece in the stream, so pdftotext puts line
		// breaks between them: compare with whitespace next to punctuation dropped and other whitespace one space.
		const normalise = (s: string) => s.replace(/\s*([^\p{L}\p{M}\p{N}\s])\s*/gu, '$1').replace(/\s+/g, ' ');
		const text = normalise(pdfPlainText(pdf));
		for (const voice of Object.values(voices)) expect(text).toContain(normalise(voice).trim());
		// A right-to-left paragraph over several lines comes back whole, in reading order.
		expect(text).toContain(normalise(long).trim());
		expect(text).toContain('مكان للقاء');
		// The tagged structure is kept, and every font is embedded: no standard Helvetica any more.
		const raw = pdf.toString('latin1');
		expect(raw).toContain('/StructTreeRoot');
		expect(raw).toMatch(/\/S \/BlockQuote/);
		expect(pdfWarnings(pdf)).toEqual([]);
		const fonts = pdfFonts(pdf);
		expect(fonts.every((f) => f.embedded)).toBe(true);
		expect(fonts.map((f) => f.name).sort()).toEqual([
			'NotoNaskhArabic',
			'NotoNaskhArabic-Bold',
			'NotoSans-Bold',
			'NotoSans-Regular',
			'NotoSansEthiopic-Regular'
		]);
	});
});
