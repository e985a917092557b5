/** Swedish messages (the source of truth): the question; staff pages only. */
export default {
	'question.formulations': 'Formuleringar att välja mellan',
	'question.staffIntro':
		'Publicera ett utkast till fråga. Invånare, föreningar och tjänstepersoner kan sedan föreslå andra formuleringar och välja den som passar bäst. När ni bestämmer frågan blir den dialogens fråga.',
	'question.draftText': 'Utkast till fråga',
	'question.draftSubmit': 'Publicera utkastet',
	'question.fix': 'Bestäm frågan',
	'question.hide': 'Dölj förslaget',
	'question.hideReason': 'Skäl (visas för alla)',
	'question.hideHint': 'Dölj bara olagligt innehåll, till exempel hot, hets eller personuppgifter.',
	'question.hiddenDone': 'Förslaget är dolt.',
	'question.publicPage': 'Se den offentliga sidan',
	'question.notInPreparation':
		'Förslag och val tas emot från allmänheten när dialogen är publicerad och i fasen Förberedelser.'
} as const;
