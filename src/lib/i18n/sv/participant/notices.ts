/** Swedish messages to residents: receipts, lost receipt codes and news through the loop (mail and SMS). */
export default {
	'notice.greeting': 'Hej!',
	'notice.footer':
		'Följ ditt perspektiv hela vägen:\n{receiptUrls}\n\nDu får det här för att du bad om besked när du lämnade ditt perspektiv. Vi använder din adress bara till det. Vill du inte få fler meddelanden? Avsluta här: {unsubscribeUrl}\n\nHälsningar\n{title}',
	'notice.readMore': 'Läs mer: {url}',
	'notice.yourProposals': 'Förslag som bygger på ditt perspektiv:',
	'notice.digest.subject': 'Nytt i dialogen {title}',
	'notice.digest.subjectMany': 'Nytt i dialogerna du är med i',
	'notice.digest.intro': 'Det har hänt {count} saker sedan sist. Här är allt i ett meddelande.',
	'notice.digest.sms': 'Nytt i {title}: {count} saker har hänt. Läs: {receiptUrl} Avsluta sms: {unsubscribeUrl}',
	'notice.report.subject': 'Perspektivrapporten för {title} är klar',
	'notice.report.body':
		'Du har lämnat ett perspektiv i dialogen {title}: ”{question}”\n\nNu är perspektivrapporten klar. Den visar alla perspektiv som kom in, sorterade i teman, med de motsättningar som finns. Inget har strukits för att det var obekvämt.\n\nLäs rapporten: {url}',
	'notice.report.sms':
		'Perspektivrapporten för {title} är klar. Läs: {url} Ditt perspektiv: {receiptUrl} Avsluta sms: {unsubscribeUrl}',
	'notice.workingGroup.subject': 'Arbetsgruppen för {title} har börjat',
	'notice.workingGroup.body':
		'En arbetsgrupp med invånare, politiker och tjänstepersoner har börjat arbeta med det som kom fram i dialogen {title}. Gruppen tar fram förslag som bygger på perspektiven, också ditt.\n\nFölj arbetet: {url}',
	'notice.workingGroup.sms': 'Arbetsgruppen för {title} har börjat. Följ: {receiptUrl} Avsluta sms: {unsubscribeUrl}',
	'notice.arguments.subject': 'Säg vad du tycker om förslagen i {title}',
	'notice.arguments.body':
		'Arbetsgruppen i dialogen {title} har förslag. Nu kan alla lämna argument för och emot dem innan de går vidare till beslut.\n\nLäs förslagen och lämna argument: {url}',
	'notice.arguments.sms': 'Förslagen i {title} är öppna för argument. Läs: {url} Avsluta sms: {unsubscribeUrl}',
	'notice.toDecision.subject': 'Förslagen i {title} går nu till beslut',
	'notice.toDecision.body':
		'Förslagen från dialogen {title} går nu till beslut.\n\n{whoDecides}\nBeslutet väntas: {decisionWhen}',
	'notice.toDecision.sms': 'Förslagen i {title} går nu till beslut. Läs: {receiptUrl} Avsluta sms: {unsubscribeUrl}',
	'notice.decision.subject': 'Beslut i dialogen {title}',
	'notice.decision.body':
		'Nu har {body} beslutat om förslagen från dialogen {title} ({date}, {cite}). Beslutet gäller {count} förslag.',
	'notice.decision.yours': 'Så blev det med förslagen som bygger på ditt perspektiv, och varför:',
	'notice.decision.noneYours':
		'Inget av förslagen bygger direkt på ditt perspektiv, men det finns kvar i perspektivrapporten och följer med i nästa varv.',
	'notice.decision.sms':
		'Beslut i {title}. Se vad det blev med ditt perspektiv och varför: {receiptUrl} Avsluta sms: {unsubscribeUrl}',
	'notice.progress.subject': 'Nytt om genomförandet: {item}',
	'notice.progress.body':
		'Förslaget ”{item}” bygger på ditt perspektiv och genomförs nu.\n\nStatus: {status} ({progress} %)\n{text}\n\nSe hur allt går: {url}',
	'notice.progress.sms': 'Nytt om {item}. Läs: {receiptUrl} Avsluta sms: {unsubscribeUrl}',
	'notice.milestoneDone.subject': 'Ett delmål är nått: {item}',
	'notice.milestoneDone.body':
		'Förslaget ”{item}” bygger på ditt perspektiv. Delmålet ”{milestone}” nåddes {date}.\n\nSe hur allt går: {url}',
	'notice.milestoneDone.sms': 'Delmål nått för {item}. Läs: {receiptUrl} Avsluta sms: {unsubscribeUrl}',
	'notice.milestoneMoved.subject': 'Ett delmål har flyttats: {item}',
	'notice.milestoneMoved.body':
		'Förslaget ”{item}” bygger på ditt perspektiv. Delmålet ”{milestone}” har flyttats från {from} till {to}.\n\nSe hur allt går och varför: {url}',
	'notice.milestoneMoved.sms': 'Ett delmål för {item} har flyttats. Läs: {receiptUrl} Avsluta sms: {unsubscribeUrl}',
	'notice.evaluation.subject': 'Hur tyckte du att dialogen {title} gick?',
	'notice.evaluation.body':
		'Dialogen {title} utvärderas nu. Berätta vad som fungerade och vad vi ska göra bättre nästa gång. Det tar några minuter och är anonymt.\n\nSvara här: {url}',
	'notice.evaluation.sms': 'Hur gick dialogen {title}? Svara anonymt: {url} Avsluta sms: {unsubscribeUrl}',
	'notice.nextLoop.subject': 'Nästa varv har börjat: {title}',
	'notice.nextLoop.body':
		'Dialogen {title} fortsätter i ett nytt varv: {nextTitle}. Det som kom fram förra gången följer med.\n\nSe vad som händer: {url}',
	'notice.nextLoop.sms': 'Nästa varv av {title} har börjat. Läs: {url} Avsluta sms: {unsubscribeUrl}',
	'receipt.mail.subject': 'Tack för ditt perspektiv – {title}',
	'receipt.mail.body':
		'Hej!\n\nTack! Ditt perspektiv i dialogen {title} har kommit fram.\n\nDin kvittenskod: {code}\nMed den kan du följa ditt perspektiv hela vägen till beslut och genomförande: {receiptUrl}\n\nDet här händer sedan:\n{whatNext}\n{whoDecides}\nBeslutet väntas: {decisionWhen}\n\nDu får besked till den här adressen när något händer. Vill du inte få fler meddelanden? Avsluta här: {unsubscribeUrl}\n\nHälsningar\n{title}',
	'receipt.sms':
		'Tack för ditt perspektiv i {title}! Kvittenskod: {code}. Följ det: {receiptUrl} Avsluta sms: {unsubscribeUrl}',
	'receipt.lost.mail.subject': 'Dina kvittenskoder',
	'receipt.lost.mail.body':
		'Hej!\n\nDu bad om dina kvittenskoder. Här är perspektiven du har lämnat med den här adressen:\n\n{list}\n\nHar du inte bett om det här kan du strunta i meddelandet.\n\nHälsningar\n{organisation}',
	'receipt.lost.sms': 'Dina kvittenskoder: {list}',
	'receipt.lost.line': '– {title} ({date}): {code}\n  {receiptUrl}'
} as const;
