/**
 * @module stop-words
 * Swedish function words that carry no theme. The base is the Snowball Swedish stop list (the one
 * PostgreSQL's `swedish` configuration uses), plus the spoken and informal spellings residents
 * really write ("int", "dom", "nåt", "mej") and filler words common in perspectives ("typ", "tycker",
 * "bra"), and the commonest function words of English, Finnish and Arabic. Without them, clusters
 * form around how people write instead of what they write about. ("is", "by" and "be" are left out
 * of the English list: in Swedish they mean ice, village and pray.)
 */

const SNOWBALL = `och det att i en jag hon som han på den med var sig för så till är men ett om hade de av icke
mig du henne då sin nu har inte hans honom skulle hennes där min man ej vid kunde något från ut när efter
upp vi dem vara vad över än dig kan sina här ha mot alla under någon eller allt mycket sedan ju denna själv
detta åt utan varit hur ingen mitt ni bli blev oss din dessa några deras blir mina samma vilken er sådan vår
blivit dess inom mellan sådant varför varje vilka ditt vem vilket sitta sådana vart dina vars vårt våra ert
era vilkas`;

const INFORMAL = `int inge hä dä å o mä me nåt nånting nån nåra nåå dom dem dej mej sej ja jo nä nej e va vart
ba asså alltså liksom typ eh öh hmm ok okej oki pls plz tack hej hallå lixom sen sedan även också bara väl
nog ju ändå kanske lite mer mest fler flera många andra annan annat ens dock fast eftersom medan hos kring
genom utan vidare igen redan aldrig alltid ofta ibland just helt mycke jätte väldigt ganska rätt typ såhär
sånt sån såna sådär där här dit hit vilken vilket varandra varann varenda iaf osv etc
tycker tycka tror tänker känns känner tyckte tror tänka vill ska skall kan kunna kunde måste får få fick
göra gör gjorde gjort görs finns fanns finnas behöver behövs blir bli blev bra dålig dåligt viktigt viktig
sak saker grej grejer folk man också hela helt allt allting alla någonting ingenting ting
säga säger sa sagt se ser såg vet veta ta tar tog ge ger gav komma kommer kom går gå gick
jag du han hon vi ni de den det dom dem oss er mig dig sig min din sin vår er mitt ditt sitt mina dina sina
borde vore inga inget ingen tre två fyra fem tio år året åren gång gången gånger låta låt hålla håller
nya ny nytt gamla gammal gammalt kvar lång långt långa längre istället annars bort in ut del olika både
slut bästa bäst stor stort stora liten litet lilla små ute inne ner fått varit hinner hinna sätt sättet
funkar fungerar använda används kul roligt fint fin toppen super jättebra dåliga sämre bättre svårt lätt
enkelt tydligt egentligen faktiskt verkligen precis samt per nära långt nånstans någonstans överallt
gärna händer hända hänt hände står stå stod sitter sitta hamnar märker märks verkar blivit bliva haha`;

/** Function words of languages residents often write in besides Swedish (English, Finnish, Arabic). */
const OTHER_LANGUAGES = `the a an and or but to of in on at for with are was were been it this that
we you they i my our your not no do does did have has can could would will there here so if as from
maybe also only very much just really still yet
ja on ei se että olisi jos myös nyt en kun mutta tai ole ovat oli minä sinä me te he
في من على أن إلى مع لا هذا هذه ليس فقط لكن أو ما هو هي نحن أنا كان`;

/** Lowercase stop words; check tokens before stemming. */
export const STOP_WORDS: ReadonlySet<string> = new Set(
	`${SNOWBALL} ${INFORMAL} ${OTHER_LANGUAGES}`.split(/\s+/).filter((w) => w.length > 0)
);

export function isStopWord(token: string): boolean {
	return STOP_WORDS.has(token);
}
