/**
 * @module The data protection impact assessment (konsekvensbedömning) as a draft filled in from what the
 * installation does: its settings (records rule, retention, contact), how much of each kind of personal data
 * it holds now, and whether mail is sent. Pure: facts and a translator in, a document of plain blocks out,
 * which the page, the HTML download and the Markdown download all render.
 */
import type { Translate } from '../../i18n/index';
import type { RecordsPolicy } from './privacy';

export type DpiaFacts = {
	organisation: { name: string; recordsPolicy: RecordsPolicy; contactRetentionDays: number; privacyContact: string };
	counts: {
		perspectives: number;
		contacts: number;
		profiles: number;
		interviews: number;
		volunteers: number;
		members: number;
		staff: number;
		statementParticipants: number;
	};
	mailConfigured: boolean;
	limits: { submissionsPer10Minutes: number; signInFailuresPer15Minutes: number };
	date: string;
};

export type DpiaBlock =
	| { kind: 'paragraph'; text: string }
	| { kind: 'list'; items: string[] }
	| { kind: 'table'; caption: string; columns: string[]; rows: string[][] };
export type DpiaSection = { heading: string; blocks: DpiaBlock[] };
export type DpiaDocument = { title: string; organisation: string; generated: string; sections: DpiaSection[] };

const ROWS = [
	'contacts',
	'profiles',
	'perspectives',
	'interviews',
	'volunteers',
	'members',
	'staff',
	'statements',
	'technical'
] as const;
const RISKS = [
	'sensitive',
	'named',
	'smallGroups',
	'contacts',
	'access',
	'exports',
	'panel',
	'receipt',
	'attack'
] as const;

export function buildDpia(f: DpiaFacts, t: Translate): DpiaDocument {
	const o = f.organisation;
	const isAuthority = o.recordsPolicy === 'keep';
	const days = { days: o.contactRetentionDays };
	const mainBasis = t(isAuthority ? 'dpia.basis.publicInterest' : 'dpia.basis.consent');
	const recordRetention = t(isAuthority ? 'dpia.row.perspectives.keep' : 'dpia.row.perspectives.delete');
	const cells: Record<(typeof ROWS)[number], [whose: string, basis: string, retention: string, count: number | null]> =
		{
			contacts: [
				t('dpia.row.contacts.whose'),
				t('dpia.basis.consent'),
				t('dpia.row.contacts.retention', days),
				f.counts.contacts
			],
			profiles: [
				t('dpia.row.contacts.whose'),
				t('dpia.basis.consent'),
				t('dpia.row.profiles.retention'),
				f.counts.profiles
			],
			perspectives: [t('dpia.row.perspectives.whose'), mainBasis, recordRetention, f.counts.perspectives],
			interviews: [t('dpia.row.interviews.whose'), mainBasis, recordRetention, f.counts.interviews],
			volunteers: [
				t('dpia.row.volunteers.whose'),
				t('dpia.row.volunteers.basis'),
				t('dpia.row.volunteers.retention'),
				f.counts.volunteers
			],
			members: [t('dpia.row.members.whose'), mainBasis, t('dpia.row.members.retention'), f.counts.members],
			staff: [
				t('dpia.row.staff.whose'),
				t(isAuthority ? 'dpia.basis.publicInterest' : 'dpia.basis.legitimate'),
				t('dpia.row.staff.retention'),
				f.counts.staff
			],
			statements: [
				t('dpia.row.statements.whose'),
				t('dpia.basis.none'),
				t('dpia.row.statements.retention'),
				f.counts.statementParticipants
			],
			technical: [t('dpia.row.technical.whose'), t('dpia.basis.security'), t('dpia.row.technical.retention'), null]
		};
	const measures = {
		...days,
		signIn: f.limits.signInFailuresPer15Minutes,
		submissions: f.limits.submissionsPer10Minutes
	};

	return {
		title: t('dpia.title'),
		organisation: o.name,
		generated: t('dpia.generated', { date: f.date }),
		sections: [
			{
				heading: t('dpia.about.heading'),
				blocks: [
					{ kind: 'paragraph', text: t('dpia.about.text', { organisation: o.name }) },
					{ kind: 'paragraph', text: t('dpia.about.why') }
				]
			},
			{
				heading: t('dpia.controller.heading'),
				blocks: [
					{
						kind: 'list',
						items: [
							t('dpia.controller.name', { organisation: o.name }),
							o.privacyContact
								? t('dpia.controller.contact', { contact: o.privacyContact })
								: t('dpia.controller.contactMissing'),
							t(isAuthority ? 'dpia.controller.keep' : 'dpia.controller.delete')
						]
					}
				]
			},
			{
				heading: t('dpia.purpose.heading'),
				blocks: [
					{
						kind: 'list',
						items: (['hear', 'feedback', 'reach', 'panel', 'group', 'staff'] as const).map((k) =>
							t(`dpia.purpose.${k}`)
						)
					}
				]
			},
			{
				heading: t('dpia.data.heading'),
				blocks: [
					{
						kind: 'table',
						caption: t('dpia.data.caption'),
						columns: [
							t('dpia.col.part'),
							t('dpia.col.data'),
							t('dpia.col.whose'),
							t('dpia.col.basis'),
							t('dpia.col.retention'),
							t('dpia.col.count')
						],
						rows: ROWS.map((row) => {
							const [whose, basis, retention, count] = cells[row];
							return [
								t(`dpia.row.${row}.part`),
								t(`dpia.row.${row}.data`),
								whose,
								basis,
								retention,
								count === null ? t('dpia.none') : String(count)
							];
						})
					}
				]
			},
			{
				heading: t('dpia.recipients.heading'),
				blocks: [
					{
						kind: 'list',
						items: [
							t('dpia.recipients.staff', { organisation: o.name }),
							t('dpia.recipients.public'),
							t(f.mailConfigured ? 'dpia.recipients.mail' : 'dpia.recipients.noMail'),
							...(isAuthority ? [t('dpia.recipients.records')] : []),
							t('dpia.recipients.hosting')
						]
					}
				]
			},
			{ heading: t('dpia.transfers.heading'), blocks: [{ kind: 'paragraph', text: t('dpia.transfers.text') }] },
			{
				heading: t('dpia.risks.heading'),
				blocks: [
					{
						kind: 'table',
						caption: t('dpia.risks.caption'),
						columns: [t('dpia.col.risk'), t('dpia.col.measures')],
						rows: RISKS.map((r) => [t(`dpia.risk.${r}`), t(`dpia.measure.${r}`, measures)])
					}
				]
			},
			{
				heading: t('dpia.todo.heading'),
				blocks: [
					{
						kind: 'list',
						items: (
							[
								'assess',
								'hosting',
								'retention',
								...(isAuthority ? (['disposal'] as const) : []),
								'dpo',
								'again'
							] as const
						).map((k) => t(`dpia.todo.${k}`))
					}
				]
			}
		]
	};
}
