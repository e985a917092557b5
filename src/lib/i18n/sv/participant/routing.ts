/** Swedish messages (the source of truth): inputs passed on to a receiver — the answer page, the trace, the mails. */
export default {
	// — the trace on the receipt page —
	'routing.trace.heading': 'Skickat vidare',
	'routing.trace.routed': 'Skickat vidare till {receiver} den {date}.',
	'routing.trace.forwardedFrom': '{from} skickade det vidare till {receiver} den {date}.',
	'routing.trace.waiting': 'Väntar på svar. Svaret ska komma senast {date}.',
	'routing.trace.overdue': 'Svaret är försenat. Det skulle ha kommit senast {date}.',
	'routing.trace.answered': 'Svar från {by}, {receiver}, den {date}:',
	'routing.trace.forwarded': '{receiver} skickade det vidare.',
	'routing.trace.closed': 'Avslutat: {reason}',
	// — the answer page (/svar/<token>), for the receiver —
	'routingAnswer.title': 'Svara på synpunkter från en dialog',
	'routingAnswer.intro':
		'{organisation} har skickat vidare synpunkter från dialogen {title} till {receiver}. Svara här, eller skicka dem vidare till den som kan svara. Du behöver inget konto.',
	'routingAnswer.due': 'Svara senast {date}.',
	'routingAnswer.note': 'Meddelande från {organisation}:',
	'routingAnswer.inputs': 'Synpunkterna ({count})',
	'routingAnswer.withdrawn': 'Den som skrev synpunkten har dragit tillbaka den.',
	'routingAnswer.theme': 'Tema: {theme}',
	'routingAnswer.public':
		'Ditt svar visas för den som lämnade synpunkten och på synpunktens sida, med ditt namn och din roll. Skriv inte känsliga uppgifter om någon.',
	'routingAnswer.answerHeading': 'Svara',
	'routingAnswer.answer': 'Ditt svar',
	'routingAnswer.answeredBy': 'Ditt namn och din roll',
	'routingAnswer.answeredByHint': 'Till exempel Kim Ek, kommunpolis.',
	'routingAnswer.submit': 'Skicka svaret',
	'routingAnswer.forwardHeading': 'Skicka vidare till någon annan',
	'routingAnswer.forwardIntro':
		'Är det någon annan som ska svara? Då får den personen en egen länk, och din länk slutar gälla.',
	'routingAnswer.forwardName': 'Mottagarens namn eller enhet',
	'routingAnswer.forwardEmail': 'Mottagarens e-postadress',
	'routingAnswer.forwardNote': 'Meddelande till mottagaren (frivilligt)',
	'routingAnswer.forwardSubmit': 'Skicka vidare',
	'routingAnswer.answeredTitle': 'Tack för ditt svar',
	'routingAnswer.answeredText':
		'Svaret är sparat. Den som lämnade synpunkten får det, och det visas på synpunktens sida.',
	'routingAnswer.forwardedTitle': 'Skickat vidare',
	'routingAnswer.forwardedText': 'Vi har skickat synpunkterna vidare med en egen länk. Din länk gäller inte längre.',
	'routingAnswer.goneTitle': 'Länken fungerar inte',
	'routingAnswer.goneText':
		'Länken har redan använts, har gått ut eller stämmer inte. Kontakta den som skickade den till dig om du behöver svara.',
	// — errors —
	'error.routing.answer': 'Skriv ditt svar.',
	'error.routing.answerLong': 'Gör svaret kortare, högst 5000 tecken.',
	'error.routing.answeredBy': 'Skriv ditt namn och din roll.',
	'error.routing.answeredByLong': 'Gör namnet kortare, högst 200 tecken.',
	'error.routing.forwardName': 'Skriv mottagarens namn eller enhet.',
	'error.routing.forwardNameLong': 'Gör namnet kortare, högst 200 tecken.',
	'error.routing.forwardEmail': 'Skriv en e-postadress som innehåller @, till exempel namn@exempel.se.',
	'error.routing.noteLong': 'Gör meddelandet kortare, högst 2000 tecken.',
	// — mail —
	'mail.routing.subject': 'Synpunkter från dialogen {title} – svar senast {due}',
	'mail.routing.body':
		'Hej!\n\n{organisation} skickar vidare {count} synpunkter från dialogen "{title}" till {receiver}.\n\n{note}{inputs}\n\nSvara senast {due} här, eller skicka vidare till den som kan svara:\n{answerUrl}\n\nDu behöver inget konto. Länken gäller till {expires} och bara för de här synpunkterna. Ditt svar visas för den som lämnade synpunkten och på dialogens sida, med ditt namn och din roll.',
	'mail.routing.noteLine': 'Meddelande från {organisation}:\n{note}\n\n',
	'mail.routingAnswer.subject': 'Svar på din synpunkt från {receiver}',
	'mail.routingAnswer.body':
		'Hej!\n\nDin synpunkt i dialogen "{title}" skickades vidare till {receiver}. Här är svaret från {by}:\n\n{answer}\n\nDu kan följa din synpunkt här:\n{receiptUrl}\n\nVill du inte få fler meddelanden? Stäng av dem här:\n{unsubscribeUrl}',
	'sms.routingAnswer': 'Svar från {receiver} på din synpunkt i {title}: {receiptUrl}'
} as const;
