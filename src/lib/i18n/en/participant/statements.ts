import type sv from '../../sv/participant/statements';
import type { Messages } from '../../messages';

/** English messages: statements (påståenden); pages for participants (and staff). */
export default {
	'statements.title': 'Take a stand on statements',
	'statements.cta': 'Take a stand on statements',
	'statements.ctaIntro': 'Say what you think of short statements, one at a time. No sign-in needed.',
	'statements.intro':
		'You get one statement at a time. Say whether you agree, disagree, or pass. Your answer is saved at once and you get the next statement.',
	'statements.anonymous':
		'You are anonymous. We keep a cookie in your browser that only tells your answers apart from others’. We do not know who you are.',
	'statements.statement': 'Statement',
	'statements.agree': 'Agree',
	'statements.disagree': 'Disagree',
	'statements.pass': 'Pass/unsure',
	'statements.progress': 'You have taken a stand on {voted} of {total} statements.',
	'statements.previous': 'Your answer to the previous statement: {vote}',
	'statements.done': 'You have taken a stand on every statement. Thank you!',
	'statements.doneMore': 'More statements may come. Do come back.',
	'statements.resultsLink': 'See the opinion groups',
	'statements.closed':
		'The statements are closed right now. You cannot answer or add new ones, but you can see the results.',
	'statements.none': 'There are no statements yet.',
	'statements.own': 'Write a statement of your own',
	'statements.ownIntro':
		'Is something missing? Write a short statement others can agree with or not. A facilitator checks it before others see it.',
	'statements.ownText': 'Your statement',
	'statements.ownHint':
		'At most 140 characters. Write about the matter, not about people. What you write becomes a public record.',
	'statements.ownSubmit': 'Send the statement',
	'statements.ownSent': 'Thank you! Your statement has been sent. A facilitator checks it before others see it.',
	'statements.results.title': 'Opinion groups',
	'statements.results.intro':
		'Here you see how those who took a stand on the statements think. An opinion group is people who answered in much the same way. We describe the groups by the statements that set them apart. We never show who is in a group.',
	'statements.results.howToRead': 'How to read the results',
	'statements.results.howToRead1':
		'The groups are called A, B and C by size. Under each group are the statements the group answered most differently from everyone else, with the share of the group and of the others who agree or disagree.',
	'statements.results.howToRead2':
		'What most people agree on, across all groups, is listed on its own. It is often a good base to build on. The statements that divide the groups most show where conversation is needed.',
	'statements.results.howToRead3':
		'Percentages count everyone who answered the statement, including those who passed. This is not a vote: the results show what opinions look like, they decide nothing.',
	'statements.results.computedAt': 'Computed {time} from {votes} answers by {participants} participants.',
	'statements.results.notYet': 'The results are being computed. Reload the page in a moment.',
	'statements.results.tooFew':
		'There are too few answers yet to show opinion groups. At least {min} participants who answered differently are needed. So far {participants} participants have taken a stand.',
	'statements.results.groups': 'The opinion groups',
	'statements.results.group': 'Group {label}',
	'statements.results.groupSize': '{size} participants',
	'statements.results.groupIntro': 'What sets group {label} apart from the others:',
	'statements.results.consensus': 'What most people agree on',
	'statements.results.consensusIntro':
		'Statements where a large share of all participants, in every group, answered the same way.',
	'statements.results.consensusAgree': 'Most agree',
	'statements.results.consensusDisagree': 'Most disagree',
	'statements.results.share': '{agree} % agree, {disagree} % disagree, {pass} % pass ({votes} answers).',
	'statements.results.noneYet': 'No such statements yet.',
	'statements.results.divisive': 'What divides the groups most',
	'statements.results.divisiveIntro':
		'Statements where the groups answered most differently. This is where conversation is needed.',
	'statements.results.chart': 'How the groups answered',
	'statements.results.chartIntro':
		'The chart shows the share of each group that agrees with each statement. A longer bar means more agree. The same figures are in the table below the chart.',
	'statements.results.chartLabel': 'Bar chart: share who agree, per statement and group',
	'statements.results.agreePct': '{pct} % agree',
	'statements.results.table': 'Share who agree / disagree / pass, per statement and group',
	'statements.results.statementCol': 'Statement',
	'statements.results.allCol': 'Everyone',
	'statements.results.cell': '{agree} / {disagree} / {pass} %',
	'statements.results.smallGroups':
		'{count} participants are in groups of fewer than 5 people. Those groups are not shown, but their answers count in every share.',
	'statements.results.back': 'Back to the statements',
	'statements.results.howToRead4':
		'The numbers in brackets show how many answered. We show no numbers based on fewer than {min} people’s answers, so that no one can be singled out.',
	'statements.results.setApartAgree':
		'{pct} % of group {label} agreed ({count} of {of} who answered) – compared with {restPct} % of everyone else.',
	'statements.results.setApartDisagree':
		'{pct} % of group {label} disagreed ({count} of {of} who answered) – compared with {restPct} % of everyone else.',
	'statements.results.setApartNone': 'No statement has enough answers yet to show numbers.',
	'statements.results.setApartHidden':
		'We show no numbers based on fewer than {min} people’s answers. So {count} of the group’s statements are left out here.',
	'statements.results.broad': 'Broad agreement in every group',
	'statements.results.broadIntro':
		'The groups differ on much, but at least {min} % of every group agreed with these statements. They are a good ground to build on.',
	'statements.results.broadSentence': 'Broad agreement: in every group at least {pct} % agreed.',
	'statements.results.broadNone': 'No statement has broad agreement in every group yet.',
	'statements.results.broadTable': 'How many in each group agreed with the statements with broad agreement',
	'statements.results.broadCell': '{count} of {of} ({pct} %)',
	'statements.verify.heading': 'Show who you are to vote',
	'statements.verify.why':
		'In this vote each person has one vote. So you need to show who you are with an e-ID before you vote. You can read the statements and write your own without showing who you are.',
	'statements.verify.privacy':
		'Medskapa does not keep your personal identity number or your name, only a coded id so that your vote counts once, even if you vote from several devices.',
	'statements.verify.button': 'Verify with {provider}',
	'statements.verify.done': 'You have shown who you are. Your vote counts once, even if you vote from several devices.',
	'statements.verify.cancelled': 'You cancelled at {provider}. Try again when you want to vote.',
	'statements.verify.failed': 'Showing who you are at {provider} did not work. Try again.',
	'statements.verify.unreachable': 'Medskapa cannot reach {provider} right now. Try again in a while.',
	'statements.verify.not_configured': 'Showing who you are is not possible right now. Contact the organisation.',
	'statements.verify.anonymous':
		'We keep a cookie in your browser that tells your answers apart from others’. Once you have shown who you are we keep a coded id, never your personal identity number or name.',
	'error.statements.noResidentProvider':
		"Set up e-ID for residents under Sign-in with the organisation's account first."
} satisfies Messages<typeof sv>;
