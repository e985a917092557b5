/** Swedish messages (the source of truth): the footer's contact, the accessibility statement, reporting a problem, registration numbers. */
export default {
	// — every page's footer —
	'footer.contactHeading': 'Kontakta {organisation}',
	'footer.phone': 'Telefon',
	'footer.email': 'E-post',
	'footer.visitingAddress': 'Besöksadress',
	'footer.privacyContact': 'Dataskyddsombud',
	'footer.accessibility': 'Tillgänglighetsredogörelse',
	// — the statement (Digg's structure) —
	'a11y.title': 'Tillgänglighet för {organisation}s dialoger',
	'a11y.lead':
		'{organisation} står bakom den här webbplatsen för medborgardialog. Vi vill att så många som möjligt ska kunna använda den. Här beskriver vi hur webbplatsen uppfyller lagen om tillgänglighet till digital offentlig service, kända brister och hur du rapporterar problem till oss.',
	'a11y.complianceHeading': 'Hur tillgänglig är webbplatsen?',
	'a11y.compliance.full': 'Webbplatsen är helt förenlig med lagen om tillgänglighet till digital offentlig service.',
	'a11y.compliance.partial':
		'Webbplatsen är delvis förenlig med lagen om tillgänglighet till digital offentlig service, på grund av de brister som beskrivs nedan.',
	'a11y.compliance.none': 'Webbplatsen är inte förenlig med lagen om tillgänglighet till digital offentlig service.',
	'a11y.shortcomingsHeading': 'Kända brister och vad vi gör åt dem',
	'a11y.shortcomingsNone': 'Vi känner inte till några brister just nu.',
	'a11y.shortcomingPlan': 'Det här gör vi:',
	'a11y.shortcomingFixBy': 'Åtgärdas senast {date}.',
	'a11y.shortcomingNoDate': 'Datum för åtgärd är inte bestämt.',
	'a11y.reportHeading': 'Rapportera brister i tillgängligheten',
	'a11y.reportIntro':
		'Upplever du att något på webbplatsen inte fungerar för dig, eller saknar du något? Berätta för oss med formuläret nedan eller kontakta oss direkt.',
	'a11y.contactPhone': 'Telefon: {phone}',
	'a11y.contactEmail': 'E-post: {email}',
	'a11y.contactAddress': 'Besöksadress: {address}',
	'a11y.supervisoryHeading': 'Tillsynsmyndighet',
	'a11y.supervisory':
		'{authority} har ansvaret för tillsyn för lagen om tillgänglighet till digital offentlig service. Om du inte är nöjd med hur vi hanterar dina synpunkter kan du kontakta {authority} och påtala det.',
	'a11y.supervisoryLink': 'Anmäl bristande tillgänglighet till Digg:',
	'a11y.howMadeHeading': 'Hur vi testat webbplatsen',
	'a11y.reviewed': 'Redogörelsen uppdaterades senast {date}.',
	'a11y.shipped.note':
		'Redogörelsen bygger på de tester som görs av Medskapa, programmet webbplatsen använder. {organisation} har ännu inte gjort en egen granskning.',
	'a11y.shipped.howMade':
		'Medskapa testas vid varje ändring: varje sida kontrolleras automatiskt med axe (WCAG 2.1 nivå AA), och resan genom sidorna görs med enbart tangentbord, i 320 pixlars bredd och med JavaScript avstängt. Sidor för deltagare fungerar helt utan JavaScript. Därutöver har vi gått igenom sidorna manuellt med skärmläsare (NVDA och VoiceOver) och med förstoring till 400 %.',
	'a11y.shipped.pdf.text':
		'Perspektivrapporten och andra dokument som laddas ner som PDF är inte fullt taggade (PDF/UA), så skärmläsare kan läsa dem i fel ordning.',
	'a11y.shipped.pdf.plan': 'Samma innehåll finns alltid som webbsida. Vi gör om PDF-filerna så att de blir taggade.',
	'a11y.shipped.opinionMap.text':
		'Åsiktskartans diagram är svårt att förstå med skärmläsare och för den som inte kan se färger.',
	'a11y.shipped.opinionMap.plan':
		'Allt i diagrammet finns också i en tabell under det. Vi förbättrar diagrammets textbeskrivning.',
	'a11y.shipped.liveHarvest.text':
		'Nya anteckningar på ett möte som följs direkt läses inte alltid upp av skärmläsare när de kommer.',
	'a11y.shipped.liveHarvest.plan':
		'Laddar du om sidan syns alla anteckningar. Vi gör så att nya anteckningar läses upp.',
	'a11y.shipped.uploads.text':
		'Dokument som organisationen själv laddar upp, till exempel bilder och underlag, kan sakna textalternativ eller vara otillgängliga.',
	'a11y.shipped.uploads.plan':
		'Den som laddar upp ett dokument ansvarar för att det är tillgängligt. Be oss om en tillgänglig version.',
	// — reporting a problem —
	'a11yReport.heading': 'Rapportera ett problem',
	'a11yReport.page': 'Vilken sida gäller det?',
	'a11yReport.pageHint': 'Webbadressen eller sidans namn, till exempel "Lämna ditt perspektiv".',
	'a11yReport.description': 'Vad fungerar inte?',
	'a11yReport.descriptionHint':
		'Beskriv vad du försökte göra och vad som hände. Skriv gärna vilket hjälpmedel du använder.',
	'a11yReport.contactLegend': 'Vill du att vi hör av oss? (frivilligt)',
	'a11yReport.contactHint':
		'Lämnar du en e-postadress får du ett kvitto med e-post. Uppgifterna används bara för att svara dig och sparas skilt från det du skrivit.',
	'a11yReport.name': 'Namn',
	'a11yReport.email': 'E-postadress',
	'a11yReport.phone': 'Telefonnummer',
	'a11yReport.submit': 'Skicka rapporten',
	'a11yReport.received': 'Tack! Vi har tagit emot din rapport',
	'a11yReport.receivedCode': 'Ditt kvitto: {code}',
	'a11yReport.receivedText':
		'Rapporten om "{page}" kom in {date}. Spara koden och ange den om du kontaktar oss om rapporten.',
	'a11yReport.handled': 'Rapporten är hanterad.',
	'a11yReport.mail.staffSubject': 'Brist i tillgängligheten rapporterad ({code})',
	'a11yReport.mail.staffBody':
		'Hej!\n\nNågon har rapporterat ett problem med tillgängligheten i medborgardialogen.\n\nKvitto: {code}\nSida: {page}\n\n{description}\n\nKontakt: {contact}\n\nSe och hantera rapporterna här:\n{url}',
	'a11yReport.mail.noContact': 'ingen angiven',
	'a11yReport.mail.receiptSubject': 'Kvitto på din rapport till {organisation}',
	'a11yReport.mail.receiptBody':
		'Hej!\n\nTack för att du rapporterade ett problem med tillgängligheten till {organisation}.\n\nDitt kvitto: {code}\nSida: {page}\n\nVi återkommer om vi behöver veta mer. Du kan se att rapporten kommit fram här:\n{url}\n\nKontakt: {contact}',
	'error.a11yReport.page': 'Skriv vilken sida det gäller.',
	'error.a11yReport.pageLong': 'Sidan får vara högst 300 tecken.',
	'error.a11yReport.description': 'Beskriv vad som inte fungerar.',
	'error.a11yReport.descriptionLong': 'Beskrivningen får vara högst 4 000 tecken.',
	'error.a11yReport.nameLong': 'Namnet får vara högst 120 tecken.',
	'error.a11yReport.email': 'Skriv en e-postadress som namn@exempel.se, eller lämna fältet tomt.',
	'error.a11yReport.phoneLong': 'Telefonnumret får vara högst 40 tecken.',
	// — registration numbers on public pages, and the register's words —
	'registration.numberLabel': 'Registrerad i diariet som',
	'registration.number': 'Registrerad i diariet som {number}.',
	'registration.kind.case': 'Ärende',
	'registration.kind.plan': 'Dialogplan',
	'registration.kind.report': 'Perspektivrapport',
	'registration.kind.decision': 'Beslut',
	'registration.kind.declaration': 'Dialogdeklaration',
	'registration.record.plan': 'Dialogplan',
	'registration.record.report': 'Perspektivrapport',
	'registration.record.decision': 'Beslut, {body} {date}',
	'registration.record.declaration': 'Dialogdeklaration till beslut, {body} {date}',
	// — errors of the staff forms whose rules public pages share (the statement, the register) —
	'error.a11y.compliance': 'Välj hur tillgänglig webbplatsen är.',
	'error.a11y.shortcomingText': 'Beskriv bristen.',
	'error.a11y.shortcomingTextLong': 'En brist får beskrivas med högst 1 000 tecken.',
	'error.a11y.shortcomingPlanLong': 'Vad ni gör får vara högst 1 000 tecken.',
	'error.a11y.fixBy': 'Skriv datumet som ÅÅÅÅ-MM-DD, till exempel 2027-06-30, eller lämna fältet tomt.',
	'error.a11y.tooMany': 'Högst 30 brister.',
	'error.a11y.howMade': 'Beskriv hur redogörelsen tagits fram.',
	'error.a11y.howMadeLong': 'Beskrivningen får vara högst 4 000 tecken.',
	'error.a11y.reviewedOn': 'Skriv datumet som ÅÅÅÅ-MM-DD, till exempel 2026-11-30.',
	'error.registration.formatLength': 'Skriv ett format på högst 40 tecken, till exempel KS {year}/{n}.',
	'error.registration.formatNumber': 'Formatet ska ha {n} (löpnumret) precis en gång.',
	'error.registration.formatPlaceholder': 'Använd bara {year} och {n} inom klammerparenteser.',
	'error.registration.nextNumber': 'Skriv nästa löpnummer som ett heltal från 1.'
} as const;
