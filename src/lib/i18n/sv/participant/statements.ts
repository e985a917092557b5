/** Swedish messages (the source of truth): statements (påståenden); pages for participants (and staff). */
export default {
	'statements.title': 'Ta ställning till påståenden',
	'statements.cta': 'Ta ställning till påståenden',
	'statements.ctaIntro': 'Säg vad du tycker om korta påståenden, ett i taget. Du behöver inte logga in.',
	'statements.intro':
		'Du får ett påstående i taget. Säg om du håller med, inte håller med, eller välj pass. Ditt svar sparas direkt och du får nästa påstående.',
	'statements.anonymous':
		'Du är anonym. Vi sparar en kaka (cookie) i din webbläsare som bara håller isär dina svar från andras. Vi vet inte vem du är.',
	'statements.statement': 'Påstående',
	'statements.agree': 'Håller med',
	'statements.disagree': 'Håller inte med',
	'statements.pass': 'Pass/vet inte',
	'statements.progress': 'Du har tagit ställning till {voted} av {total} påståenden.',
	'statements.previous': 'Ditt svar på förra påståendet: {vote}',
	'statements.done': 'Du har tagit ställning till alla påståenden. Tack!',
	'statements.doneMore': 'Det kan komma fler påståenden. Titta gärna in igen.',
	'statements.resultsLink': 'Se åsiktsgrupperna',
	'statements.closed': 'Påståendena är stängda just nu. Du kan inte svara eller skriva nya, men du kan se resultatet.',
	'statements.none': 'Det finns inga påståenden ännu.',
	'statements.own': 'Skriv ett eget påstående',
	'statements.ownIntro':
		'Saknar du något? Skriv ett kort påstående som andra kan hålla med om eller inte. En processledare granskar det innan det visas för andra.',
	'statements.ownText': 'Ditt påstående',
	'statements.ownHint': 'Högst 140 tecken. Skriv om saken, inte om personer. Det du skriver blir en allmän handling.',
	'statements.ownSubmit': 'Skicka påståendet',
	'statements.ownSent': 'Tack! Ditt påstående är skickat. En processledare granskar det innan det visas för andra.',
	'statements.results.title': 'Åsiktsgrupper',
	'statements.results.intro':
		'Här ser du hur de som har tagit ställning till påståendena tänker. En åsiktsgrupp är människor som har svarat ungefär likadant. Vi beskriver grupperna med de påståenden som skiljer dem från andra. Vi visar aldrig vem som är med i en grupp.',
	'statements.results.howToRead': 'Så läser du resultatet',
	'statements.results.howToRead1':
		'Grupperna heter A, B och C efter storlek. Under varje grupp står de påståenden som gruppen svarade tydligast annorlunda på än alla andra, med hur stor del av gruppen och hur stor del av de övriga som håller med eller inte.',
	'statements.results.howToRead2':
		'Det som de flesta är överens om, över alla grupper, står för sig. Det är ofta en bra grund att bygga vidare på. De påståenden som skiljer grupperna mest visar var samtalet behövs.',
	'statements.results.howToRead3':
		'Procent räknas på alla som har svarat på påståendet, också de som valt pass. Det här är ingen omröstning: resultatet visar hur åsikterna ser ut, det beslutar ingenting.',
	'statements.results.computedAt': 'Räknat {time} från {votes} svar av {participants} deltagare.',
	'statements.results.notYet': 'Resultatet räknas fram just nu. Ladda om sidan om en stund.',
	'statements.results.tooFew':
		'Det finns för få svar ännu för att visa åsiktsgrupper. Det behövs minst {min} deltagare som svarat olika. Just nu har {participants} deltagare tagit ställning.',
	'statements.results.groups': 'Åsiktsgrupperna',
	'statements.results.group': 'Grupp {label}',
	'statements.results.groupSize': '{size} deltagare',
	'statements.results.groupIntro': 'Det här skiljer grupp {label} från de andra:',
	'statements.results.consensus': 'Det de flesta är överens om',
	'statements.results.consensusIntro':
		'Påståenden där en stor del av alla deltagare, i alla grupper, svarade likadant.',
	'statements.results.consensusAgree': 'De flesta håller med',
	'statements.results.consensusDisagree': 'De flesta håller inte med',
	'statements.results.share': '{agree} % håller med, {disagree} % håller inte med, {pass} % pass ({votes} svar).',
	'statements.results.noneYet': 'Inga sådana påståenden ännu.',
	'statements.results.divisive': 'Det som skiljer grupperna mest',
	'statements.results.divisiveIntro': 'Påståenden där grupperna svarade mest olika. Här behövs samtalet.',
	'statements.results.chart': 'Hur grupperna svarade',
	'statements.results.chartIntro':
		'Diagrammet visar hur stor del av varje grupp som håller med om varje påstående. En längre stapel betyder att fler håller med. Samma siffror finns i tabellen under diagrammet.',
	'statements.results.chartLabel': 'Stapeldiagram: andel som håller med, per påstående och grupp',
	'statements.results.agreePct': '{pct} % håller med',
	'statements.results.table': 'Andel som håller med / håller inte med / pass, per påstående och grupp',
	'statements.results.statementCol': 'Påstående',
	'statements.results.allCol': 'Alla',
	'statements.results.cell': '{agree} / {disagree} / {pass} %',
	'statements.results.smallGroups':
		'{count} deltagare är i grupper med färre än 5 personer. De grupperna visas inte, men svaren räknas i alla andelar.',
	'statements.results.back': 'Tillbaka till påståendena',
	'statements.results.howToRead4':
		'Siffrorna inom parentes visar hur många som svarade. Vi visar inga siffror som bygger på färre än {min} personers svar, så att ingen kan pekas ut.',
	'statements.results.setApartAgree':
		'{pct} % i grupp {label} höll med ({count} av {of} som svarade) – jämfört med {restPct} % av alla andra.',
	'statements.results.setApartDisagree':
		'{pct} % i grupp {label} höll inte med ({count} av {of} som svarade) – jämfört med {restPct} % av alla andra.',
	'statements.results.setApartNone': 'Inga påståenden har ännu tillräckligt många svar för att visa siffror.',
	'statements.results.setApartHidden':
		'Vi visar inga siffror som bygger på färre än {min} personers svar. Därför saknas {count} av gruppens påståenden här.',
	'statements.results.broad': 'Bred enighet i alla grupper',
	'statements.results.broadIntro':
		'Grupperna tycker olika om mycket, men de här påståendena höll minst {min} % i varje grupp med om. Det är en bra grund att bygga vidare på.',
	'statements.results.broadSentence': 'Bred enighet: i alla grupper höll minst {pct} % med.',
	'statements.results.broadNone': 'Inget påstående har ännu bred enighet i alla grupper.',
	'statements.results.broadTable': 'Hur många i varje grupp som höll med om påståendena med bred enighet',
	'statements.results.broadCell': '{count} av {of} ({pct} %)',
	'statements.verify.heading': 'Visa vem du är för att rösta',
	'statements.verify.why':
		'I den här omröstningen har varje person en röst. Därför behöver du visa vem du är med e-legitimation innan du röstar. Du kan läsa påståendena och skriva egna utan att visa vem du är.',
	'statements.verify.privacy':
		'Medskapa sparar inte ditt personnummer eller ditt namn, bara ett kodat id som gör att din röst räknas en gång, även om du röstar från flera enheter.',
	'statements.verify.button': 'Verifiera dig med {provider}',
	'statements.verify.done': 'Du har visat vem du är. Din röst räknas en gång, även om du röstar från flera enheter.',
	'statements.verify.cancelled': 'Du avbröt hos {provider}. Försök igen när du vill rösta.',
	'statements.verify.failed': 'Det gick inte att visa vem du är hos {provider}. Försök igen.',
	'statements.verify.unreachable': 'Medskapa får inte kontakt med {provider} just nu. Försök igen om en stund.',
	'statements.verify.not_configured': 'Det går inte att visa vem man är just nu. Kontakta organisationen.',
	'statements.verify.anonymous':
		'Vi sparar en kaka (cookie) i din webbläsare som håller isär dina svar från andras. När du har visat vem du är sparar vi ett kodat id, aldrig ditt personnummer eller namn.',
	'error.statements.noResidentProvider':
		'Ställ in e-legitimation för invånare under Inloggning med organisationens konto först.'
} as const;
