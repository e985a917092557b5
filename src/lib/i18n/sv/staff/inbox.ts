/** Swedish messages (the source of truth): the staff inbox on /hantera and confirming consequential steps. */
export default {
	'inbox.heading': 'Väntar på dig',
	'inbox.intro': 'Det här behöver göras i dialogerna du arbetar med.',
	'inbox.empty': 'Inget väntar på dig just nu.',
	'inbox.processes': 'Dialoger',
	'inbox.themes.heading': 'Perspektiv att sortera i teman',
	'inbox.themes.item': '{count} perspektiv i {title} har inget tema',
	'inbox.routedInputs.heading': 'Vidareskickat som väntar på svar',
	'inbox.routedInputs.item': '{count} i {title} väntar på svar',
	'inbox.routedInputs.itemOverdue': '{count} i {title} väntar på svar, {overdue} är försenade',
	'inbox.notices.heading': 'Meddelanden till deltagare',
	'inbox.notices.queued': '{count} meddelanden väntar på att skickas',
	'inbox.notices.queuedOne': '1 meddelande väntar på att skickas',
	'inbox.notices.failed': '{count} meddelanden gick inte att skicka',
	'inbox.notices.failedOne': '1 meddelande gick inte att skicka',
	'inbox.notices.link': 'Se utskicken',
	'inbox.moderation.heading': 'Påståenden att granska',
	'inbox.moderation.item': '{count} påståenden i {title} väntar på granskning',
	'inbox.moderation.itemOne': '1 påstående i {title} väntar på granskning',
	'inbox.milestones.heading': 'Delmål att följa upp',
	'inbox.milestones.item': '{milestone} ({item}, {title})',
	'inbox.milestones.due': 'ska vara klart {date}',
	'inbox.milestones.late': 'försenat, skulle ha varit klart {date}',

	'confirm.cancel': 'Avbryt',
	'confirm.nobody': 'Ingen får något meddelande om det.',
	'confirm.recipients': '{people} personer får ett meddelande ({email} e-post, {sms} sms).',
	'confirm.recipientsOne': '1 person får ett meddelande ({email} e-post, {sms} sms).',
	'confirm.proposalContributors':
		'{people} personer vars perspektiv förslagen bygger på får ett meddelande ({email} e-post, {sms} sms).',
	'confirm.proposalContributorsOne':
		'1 person vars perspektiv förslagen bygger på får ett meddelande ({email} e-post, {sms} sms).',
	'confirm.advance.heading': 'Gå vidare till {phase}?',
	'confirm.advance.what': 'Fasen blir {phase}.',
	'confirm.advance.button': 'Ja, gå vidare till {phase}',
	'confirm.report.heading': 'Publicera perspektivrapporten?',
	'confirm.report.headingAgain': 'Publicera om perspektivrapporten?',
	'confirm.report.what': 'Rapporten visas för alla på dialogens sida.',
	'confirm.report.whatAgain':
		'Rapporten ersätts med en ny sammanställning av allt som kommit in. Ingen får samma meddelande igen.',
	'confirm.report.noneNew': '0 nya meddelanden.',
	'confirm.report.new': '{people} personer som inte fått något meddelande om rapporten förut får ett ({email} e-post).',
	'confirm.report.newOne': '1 person som inte fått något meddelande om rapporten förut får ett (1 e-post).',
	'confirm.report.button': 'Ja, publicera rapporten',
	'confirm.report.buttonAgain': 'Ja, publicera om rapporten',
	'confirm.decision.heading': 'Publicera beslutet {caseNumber}?',
	'confirm.decision.what':
		'Beslutet visas för alla och kan inte ändras efteråt. {adopted} antagna förslag blir punkter i genomförandet.',
	'confirm.decision.others':
		'{people} andra som lämnat perspektiv i dialogen får ett meddelande ({email} e-post, {sms} sms).',
	'confirm.decision.othersOne':
		'1 annan person som lämnat perspektiv i dialogen får ett meddelande ({email} e-post, {sms} sms).',
	'confirm.decision.button': 'Ja, publicera beslutet'
} as const;
