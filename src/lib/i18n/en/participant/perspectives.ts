import type sv from '../../sv/participant/perspectives';
import type { Messages } from '../../messages';

/** English messages: perspectives, receipts, themes, tensions and the perspective report; pages for participants (and staff). */
export default {
	'contribute.cta': 'Share your perspective',
	'contribute.ctaIntro': 'The dialogue is collecting perspectives now. It takes a minute and you need no account.',
	'contribute.title': 'Share your perspective',
	'contribute.closed': 'This dialogue is not collecting perspectives right now. The current phase is {phase}.',
	'contribute.influenceSummary': 'Before you write: this is what you can influence',
	'contribute.readDeclaration': 'Read the whole influence declaration',
	'contribute.text': 'What matters to you in this question?',
	'contribute.textHint':
		'Tell us what matters to you, what worries you or what ideas you have. You may write in any language.',
	'contribute.publicRecord':
		'What you write becomes a public record that anyone can ask to read. Do not write names or sensitive details about yourself or others.',
	'contribute.theme': 'Which theme is it about? (optional)',
	'contribute.themeNone': 'Not sure or nothing in particular',
	'contribute.contact': 'Do you want to hear what happens? (optional)',
	'contribute.contactHint':
		'We use it only to tell you what happens with the perspectives, and delete it when the dialogue ends. It is never shown to others.',
	'contribute.email': 'Email address (optional)',
	'contribute.phone': 'Mobile number for text messages (optional)',
	'contribute.profile': 'About you (optional)',
	'contribute.profileHint':
		'We ask so we can see whom we have heard and whom we need to reach. Your answers are stored apart from what you wrote and only shown as totals, never for groups of fewer than 5 people.',
	'contribute.ageBand': 'Age (optional)',
	'contribute.area': 'Where do you live or spend most time? (optional)',
	'contribute.relation': 'How are you affected by the question? (optional)',
	'contribute.noAnswer': 'Prefer not to say',
	'contribute.submit': 'Send perspective',
	'receipt.thanks': 'Thank you! Your perspective is saved',
	'receipt.title': 'Your perspective',
	'receipt.code': 'Your receipt code',
	'receipt.keep':
		'Keep the code or the address of this page. With it you can see what happens with your perspective at any time.',
	'receipt.link': 'Address of this page',
	'receipt.status': 'How far your perspective has come',
	'receipt.received': 'Received {date} via {channel}',
	'receipt.inTheme': 'Sorted under the theme {theme}',
	'receipt.noTheme': 'Not sorted under a theme yet',
	'receipt.hidden': 'Hidden in moderation. Reason: {reason}',
	'receipt.hiddenNote':
		'The perspective is kept as a public record and counted in the report, but not shown on the web.',
	'receipt.next': 'What happens next?',
	'receipt.contactYes': 'You left contact details and will hear when something happens.',
	'receipt.contactNo': 'You did not leave contact details. Come back here to see what has happened.',
	'receipt.yourText': 'What you wrote',
	'receipt.dialogue': 'The dialogue',
	'receiptLookup.title': 'Follow your perspective',
	'receiptLookup.intro': 'Enter the code from your receipt to see what has happened with your perspective.',
	'receiptLookup.code': 'Receipt code',
	'receiptLookup.codeHint': 'For example K7-4QF-97M. Upper or lower case does not matter.',
	'receiptLookup.submit': 'Show my perspective',
	'receiptLookup.lostTitle': 'Lost your code?',
	'receiptLookup.lostIntro':
		'Did you give an email address or mobile number with your perspective? Enter it here and we will send all your receipt codes there.',
	'receiptLookup.address': 'Email address or mobile number',
	'receiptLookup.addressHint': 'The same one you gave when you shared your perspective.',
	'receiptLookup.lostSubmit': 'Send my codes',
	'receiptLookup.lostSent':
		'If we have the address, your receipt codes are on their way there. It may take a minute. Nothing came? Check your spam folder, or whether you gave another address.',
	'error.receipt.address': 'Enter an email address (for example name@example.com) or a mobile number in digits.',
	'error.receipt.format': 'Enter the code as it is on the receipt, for example K7-4QF-97M.',
	'error.receipt.notFound': 'There is no perspective with that code. Check the code and try again.',
	'report.title': 'Perspective report: {title}',
	'report.link': 'Read the perspective report',
	'report.linkIntro': 'The perspective report compiles every perspective that came in, uncensored.',
	'report.published': 'Published {date}',
	'report.method': 'How we collected the perspectives',
	'report.methodText':
		'We received {received} perspectives between {from} and {to}. {shown} are shown in the report. {hidden} were hidden in moderation because they contained unlawful content, such as personal attacks or personal data about others. They are kept as public records and counted here.',
	'report.hiddenReasons': 'Reasons perspectives were hidden',
	'report.channels': 'Channels',
	'report.channel': 'Channel',
	'report.count': 'Number of perspectives',
	'report.fewerThan': 'fewer than {n}',
	'report.themes': 'Themes',
	'report.themesIntro':
		'The perspectives are sorted into themes. Every theme is included, also those few people raised.',
	'report.themeCount': '{count} perspectives ({share})',
	'report.minority': 'Few voices – but they are included',
	'report.quotes': 'Quotes',
	'report.voices': 'More voices',
	'report.unthemed': '{count} perspectives are not sorted under a theme.',
	'report.tensions': 'Tensions',
	'report.tensionsIntro':
		'Perspectives that pull apart stand side by side here. They are not resolved – they show what the dialogue needs to work on.',
	'report.sideA': 'One perspective',
	'report.sideB': 'Another perspective',
	'report.sideHidden': 'The perspective was hidden in moderation.',
	'report.reach': 'Whom we have heard – and whom not',
	'report.reachIntro':
		'Answers about age, area and relation to the question are optional. Groups with fewer than 5 perspectives are not shown, so nobody can be singled out.',
	'report.age': 'Age',
	'report.group': 'Group',
	'report.populationShare': 'Share of residents',
	'report.heardShare': 'Share of perspectives',
	'report.notStated': 'Not stated',
	'report.populationSource': 'Population source: {source}',
	'report.relation': 'Relation to the question',
	'report.area': 'Area',
	// — report PDF —
	'report.pdfLink': 'Download the report as a PDF',
	'report.pdfHint': 'The PDF has the same content as this page and works with screen readers.',
	'report.pdfPage': 'Page {page} of {pages}',
	// — privacy —
	'receipt.withdrawn': 'Withdrawn by you. It is no longer shown on the web or in reports.',
	'receipt.textDeleted': 'The text is deleted.',
	'privacy.heading': 'Your data',
	'privacy.stored':
		'This is what we store about you, apart from your perspective. Only people working on the dialogue can see it. Contact details are partly hidden here; the download has everything.',
	'privacy.none': 'We store no contact details or description of you.',
	'privacy.ageBand': 'Age',
	'privacy.area': 'Area',
	'privacy.relation': 'Relation to the question',
	'privacy.download': 'Download everything we store (JSON file)',
	'privacy.readMore': 'How we handle personal data',
	'privacy.eraseHeading': 'Remove your personal data',
	'privacy.eraseText':
		'We remove your contact details and your description of yourself at once. Your perspective stays. You will then get no more messages from us.',
	'privacy.eraseConfirm': 'Yes, remove my contact details and my description',
	'privacy.eraseSubmit': 'Remove my personal data',
	'privacy.erased': 'Your contact details and your description are removed.',
	'privacy.withdrawHeading': 'Withdraw your perspective',
	'privacy.withdrawTextKeep':
		'Your perspective is taken off the web and not counted in new reports. Your personal data is removed. Under archive law the municipality must keep the text as a public record, but it is no longer shown. The decision is logged.',
	'privacy.withdrawTextDelete':
		'Your perspective and your personal data are deleted for real, also from published reports. This cannot be undone.',
	'privacy.withdrawConfirm': 'Yes, withdraw my perspective',
	'privacy.withdrawSubmit': 'Withdraw the perspective',
	'privacy.withdrawnKept':
		'Your perspective is withdrawn and no longer shown. The text is kept only as a public record.',
	'privacy.withdrawnDeleted': 'Your perspective is withdrawn and deleted.',
	'error.privacy.confirmErase': 'Tick the box to confirm that your personal data should be removed.',
	'error.privacy.confirmWithdraw': 'Tick the box to confirm that you want to withdraw your perspective.',
	'report.withdrawn': '{count} perspectives were withdrawn by the people who wrote them and are not shown.',
	'dataProtection.title': 'How we handle personal data',
	'dataProtection.lead':
		'{organisation} is responsible for the personal data in the dialogues here. We collect as little as possible and keep what you tell us apart from who you are.',
	'dataProtection.purposeHeading': 'Why we process data',
	'dataProtection.purpose':
		'To hear what residents and others think about an issue before decisions are made, compile it openly, and tell you what happened with it.',
	'dataProtection.whatHeading': 'What we store',
	'dataProtection.whatText': 'Your perspective, that is what you write. It becomes a public record.',
	'dataProtection.whatContact':
		'If you want to hear back: your email address or phone number. It is stored apart from the text and used only to tell you what happens in the dialogue.',
	'dataProtection.whatProfile':
		'If you want: age, area and relation to the question. It is only shown counted together, and groups of fewer than 5 people are never shown.',
	'dataProtection.whatNot':
		'We never store personal identity numbers, and we never list or sort people by opinions, origin, religion or health.',
	'dataProtection.basisHeading': 'Legal basis',
	'dataProtection.basisAuthority':
		'A task in the public interest: the municipality must give residents a way to have a say (the Local Government Act). Contact details and self-description are given voluntarily, with your consent.',
	'dataProtection.basisAssociation': 'Your consent. You can withdraw it at any time.',
	'dataProtection.retentionHeading': 'How long we keep it',
	'dataProtection.retention':
		"Contact details are removed automatically {days} days after the dialogue's last phase has ended.",
	'dataProtection.recordsKeep':
		'Perspectives are public records that archive law may require us to keep. If you withdraw your perspective it is no longer shown, and your personal data is removed.',
	'dataProtection.recordsDelete':
		'If you withdraw your perspective we delete it for real, also from published reports.',
	'dataProtection.rightsHeading': 'Your rights',
	'dataProtection.rights':
		'You have the right to see what we store, get a copy, correct it and have it removed. With your receipt code you do it yourself on the receipt page: see your data, download it, remove it or withdraw your perspective.',
	'dataProtection.rightsLink': 'Go to your receipt',
	'dataProtection.contactHeading': 'Contact',
	'dataProtection.contact': "Questions about personal data: {contact} ({organisation}'s data protection officer).",
	'dataProtection.contactMissing': "Questions about personal data: contact {organisation}'s data protection officer.",
	'dataProtection.complaint': 'You can also complain to the Swedish Authority for Privacy Protection (IMY).',
	'receipt.contactStopped': 'You have stopped messages about the dialogue. You can still follow the perspective here.',
	'unsubscribe.title': 'Messages about the dialogue',
	'unsubscribe.link': 'Stop messages about the dialogue',
	'unsubscribe.restartLink': 'Restart messages',
	'unsubscribe.intro':
		'You get email or SMS when something happens to proposals that build on your perspective. Press the button to stop them. It applies to every perspective you left with the same email address or phone number.',
	'unsubscribe.stopSubmit': 'Stop messages',
	'unsubscribe.eraseHint': 'Do you want us to remove your contact details completely? You do that on the receipt page.',
	'unsubscribe.isStopped': 'You get no messages about the dialogue.',
	'unsubscribe.startSubmit': 'Restart messages',
	'unsubscribe.stopped': 'Done. You will get no more messages about the dialogue.',
	'unsubscribe.started': 'Done. You will get messages again when something happens.',
	'unsubscribe.noContact': 'We have no contact details for you, so you get no messages.',
	'unsubscribe.back': 'Back to the receipt'
} satisfies Messages<typeof sv>;
