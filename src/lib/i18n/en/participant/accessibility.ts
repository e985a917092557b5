import type sv from '../../sv/participant/accessibility';
import type { Messages } from '../../messages';

/** English messages: the footer's contact, the accessibility statement, reporting a problem, registration numbers. */
export default {
	'footer.contactHeading': 'Contact {organisation}',
	'footer.phone': 'Phone',
	'footer.email': 'Email',
	'footer.visitingAddress': 'Visiting address',
	'footer.privacyContact': 'Data protection officer',
	'footer.accessibility': 'Accessibility statement',
	'a11y.title': "Accessibility of {organisation}'s dialogues",
	'a11y.lead':
		'{organisation} is responsible for this citizen dialogue website. We want as many people as possible to be able to use it. This page describes how the website meets the Swedish law on accessibility of digital public services, its known shortcomings and how to report a problem to us.',
	'a11y.complianceHeading': 'How accessible is the website?',
	'a11y.compliance.full': 'The website is fully compliant with the law on accessibility of digital public services.',
	'a11y.compliance.partial':
		'The website is partially compliant with the law on accessibility of digital public services, due to the shortcomings described below.',
	'a11y.compliance.none': 'The website is not compliant with the law on accessibility of digital public services.',
	'a11y.shortcomingsHeading': 'Known shortcomings and what we do about them',
	'a11y.shortcomingsNone': 'We know of no shortcomings at the moment.',
	'a11y.shortcomingPlan': 'What we do:',
	'a11y.shortcomingFixBy': 'To be fixed by {date}.',
	'a11y.shortcomingNoDate': 'No date has been set for a fix.',
	'a11y.reportHeading': 'Report a problem with accessibility',
	'a11y.reportIntro':
		'Does something on the website not work for you, or is something missing? Tell us with the form below or contact us directly.',
	'a11y.contactPhone': 'Phone: {phone}',
	'a11y.contactEmail': 'Email: {email}',
	'a11y.contactAddress': 'Visiting address: {address}',
	'a11y.supervisoryHeading': 'Supervisory authority',
	'a11y.supervisory':
		'{authority} supervises the law on accessibility of digital public services. If you are not satisfied with how we handle your comments, you can contact {authority} and tell them.',
	'a11y.supervisoryLink': 'Report inadequate accessibility to Digg:',
	'a11y.howMadeHeading': 'How we tested the website',
	'a11y.reviewed': 'The statement was last reviewed on {date}.',
	'a11y.shipped.note':
		'This statement is based on the testing of Medskapa, the software the website uses. {organisation} has not yet made its own review.',
	'a11y.shipped.howMade':
		'Medskapa is tested with every change: every page is checked automatically with axe (WCAG 2.1 level AA), and journeys through the pages are made with the keyboard only, at 320 pixels wide and with JavaScript turned off. Pages for participants work entirely without JavaScript. We have also gone through the pages by hand with screen readers (NVDA and VoiceOver) and with zoom at 400 %.',
	'a11y.shipped.pdf.text':
		'The perspective report and other documents downloaded as PDF are not fully tagged (PDF/UA), so screen readers may read them in the wrong order.',
	'a11y.shipped.pdf.plan': 'The same content is always available as a web page. We are making the PDF files tagged.',
	'a11y.shipped.opinionMap.text':
		"The opinion map's chart is hard to understand with a screen reader and for people who cannot tell colours apart.",
	'a11y.shipped.opinionMap.plan':
		"Everything in the chart is also in a table below it. We are improving the chart's text description.",
	'a11y.shipped.liveHarvest.text':
		'New notes in a session followed live are not always read out by screen readers when they arrive.',
	'a11y.shipped.liveHarvest.plan': 'Reloading the page shows every note. We are making new notes read out.',
	'a11y.shipped.uploads.text':
		'Documents the organisation uploads itself, such as images and background material, may lack text alternatives or be inaccessible.',
	'a11y.shipped.uploads.plan':
		'Whoever uploads a document is responsible for its accessibility. Ask us for an accessible version.',
	'a11yReport.heading': 'Report a problem',
	'a11yReport.page': 'Which page is it about?',
	'a11yReport.pageHint': 'The web address or the page\'s name, for example "Share your perspective".',
	'a11yReport.description': 'What does not work?',
	'a11yReport.descriptionHint':
		'Describe what you tried to do and what happened. Tell us which assistive technology you use, if you like.',
	'a11yReport.contactLegend': 'Would you like us to contact you? (optional)',
	'a11yReport.contactHint':
		'If you leave an email address you get a receipt by email. The details are only used to answer you and are stored apart from what you wrote.',
	'a11yReport.name': 'Name',
	'a11yReport.email': 'Email address',
	'a11yReport.phone': 'Phone number',
	'a11yReport.submit': 'Send the report',
	'a11yReport.received': 'Thank you! We have received your report',
	'a11yReport.receivedCode': 'Your receipt: {code}',
	'a11yReport.receivedText':
		'The report about "{page}" arrived on {date}. Keep the code and give it if you contact us about the report.',
	'a11yReport.handled': 'The report has been handled.',
	'a11yReport.mail.staffSubject': 'Accessibility problem reported ({code})',
	'a11yReport.mail.staffBody':
		'Hello,\n\nSomeone has reported a problem with the accessibility of the citizen dialogue.\n\nReceipt: {code}\nPage: {page}\n\n{description}\n\nContact: {contact}\n\nSee and handle the reports here:\n{url}',
	'a11yReport.mail.noContact': 'none given',
	'a11yReport.mail.receiptSubject': 'Receipt for your report to {organisation}',
	'a11yReport.mail.receiptBody':
		'Hello,\n\nThank you for reporting a problem with accessibility to {organisation}.\n\nYour receipt: {code}\nPage: {page}\n\nWe will get back to you if we need to know more. You can see that the report arrived here:\n{url}\n\nContact: {contact}',
	'error.a11yReport.page': 'Say which page it is about.',
	'error.a11yReport.pageLong': 'The page can be at most 300 characters.',
	'error.a11yReport.description': 'Describe what does not work.',
	'error.a11yReport.descriptionLong': 'The description can be at most 4,000 characters.',
	'error.a11yReport.nameLong': 'The name can be at most 120 characters.',
	'error.a11yReport.email': 'Enter an email address like name@example.com, or leave the field empty.',
	'error.a11yReport.phoneLong': 'The phone number can be at most 40 characters.',
	'registration.numberLabel': 'Registered as',
	'registration.number': 'Registered as {number}.',
	'registration.kind.case': 'Case',
	'registration.kind.plan': 'Dialogue plan',
	'registration.kind.report': 'Perspective report',
	'registration.kind.decision': 'Decision',
	'registration.kind.declaration': 'Dialogue declaration',
	'registration.record.plan': 'Dialogue plan',
	'registration.record.report': 'Perspective report',
	'registration.record.decision': 'Decision, {body} {date}',
	'registration.record.declaration': 'Dialogue declaration for the decision, {body} {date}',
	// — errors of the staff forms whose rules public pages share (the statement, the register) —
	'error.a11y.compliance': 'Choose how accessible the website is.',
	'error.a11y.shortcomingText': 'Describe the shortcoming.',
	'error.a11y.shortcomingTextLong': 'A shortcoming can be described in at most 1,000 characters.',
	'error.a11y.shortcomingPlanLong': 'What you do can be at most 1,000 characters.',
	'error.a11y.fixBy': 'Write the date as YYYY-MM-DD, for example 2027-06-30, or leave the field empty.',
	'error.a11y.tooMany': 'At most 30 shortcomings.',
	'error.a11y.howMade': 'Describe how the statement was made.',
	'error.a11y.howMadeLong': 'The description can be at most 4,000 characters.',
	'error.a11y.reviewedOn': 'Write the date as YYYY-MM-DD, for example 2026-11-30.',
	'error.registration.formatLength': 'Enter a format of at most 40 characters, for example KS {year}/{n}.',
	'error.registration.formatNumber': 'The format must have {n} (the running number) exactly once.',
	'error.registration.formatPlaceholder': 'Use only {year} and {n} inside braces.',
	'error.registration.nextNumber': 'Enter the next running number as a whole number from 1.'
} satisfies Messages<typeof sv>;
