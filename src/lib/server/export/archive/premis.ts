/**
 * @module Preservation metadata: the process's audit log as PREMIS 3 events (what happened to the records,
 * when, by which agent), plus the event of making this package. Agents are ids, never names.
 */
import { isMessageKey, translator } from '../../../i18n/index';
import type { ProcessAuditEntry } from '../../modules/records/queries/exports';
import { esc, el, XML_DECLARATION } from './xml';

const sv = translator('sv');

const agentOf = (e: Pick<ProcessAuditEntry, 'actorUserId'>) =>
	e.actorUserId ? `staff-${e.actorUserId}` : 'system-or-public';

export function premis(input: {
	processId: string;
	audit: ProcessAuditEntry[];
	packageEvent: { id: string; at: Date; detail: string };
}): string {
	const events = input.audit.map((e) => {
		const label = isMessageKey(`audit.action.${e.action}`) ? sv(`audit.action.${e.action}` as never) : e.action;
		const details = Object.keys(e.details).length ? ` ${JSON.stringify(e.details)}` : '';
		return (
			'\t<premis:event>\n' +
			`\t\t<premis:eventIdentifier><premis:eventIdentifierType>UUID</premis:eventIdentifierType><premis:eventIdentifierValue>${esc(e.id)}</premis:eventIdentifierValue></premis:eventIdentifier>\n` +
			el('premis:eventType', e.action, '\t\t') +
			el('premis:eventDateTime', e.createdAt.toISOString(), '\t\t') +
			`\t\t<premis:eventDetailInformation><premis:eventDetail>${esc(`${label}${details}`)}</premis:eventDetail></premis:eventDetailInformation>\n` +
			`\t\t<premis:linkingAgentIdentifier><premis:linkingAgentIdentifierType>local</premis:linkingAgentIdentifierType><premis:linkingAgentIdentifierValue>${esc(agentOf(e))}</premis:linkingAgentIdentifierValue></premis:linkingAgentIdentifier>\n` +
			(e.entityId
				? `\t\t<premis:linkingObjectIdentifier><premis:linkingObjectIdentifierType>UUID</premis:linkingObjectIdentifierType><premis:linkingObjectIdentifierValue>${esc(e.entityId)}</premis:linkingObjectIdentifierValue></premis:linkingObjectIdentifier>\n`
				: '') +
			'\t</premis:event>\n'
		);
	});
	const pkg = input.packageEvent;
	const agents = [...new Set(input.audit.map(agentOf))].map(
		(id) =>
			`\t<premis:agent><premis:agentIdentifier><premis:agentIdentifierType>local</premis:agentIdentifierType><premis:agentIdentifierValue>${esc(id)}</premis:agentIdentifierValue></premis:agentIdentifier><premis:agentType>${id === 'system-or-public' ? 'software' : 'person'}</premis:agentType></premis:agent>\n`
	);
	return (
		XML_DECLARATION +
		'<premis:premis xmlns:premis="http://www.loc.gov/premis/v3" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://www.loc.gov/premis/v3 http://www.loc.gov/standards/premis/premis.xsd" version="3.0">\n' +
		'\t<premis:object xsi:type="premis:intellectualEntity">\n' +
		`\t\t<premis:objectIdentifier><premis:objectIdentifierType>UUID</premis:objectIdentifierType><premis:objectIdentifierValue>${esc(input.processId)}</premis:objectIdentifierValue></premis:objectIdentifier>\n` +
		'\t</premis:object>\n' +
		events.join('') +
		'\t<premis:event>\n' +
		`\t\t<premis:eventIdentifier><premis:eventIdentifierType>UUID</premis:eventIdentifierType><premis:eventIdentifierValue>${esc(pkg.id)}</premis:eventIdentifierValue></premis:eventIdentifier>\n` +
		'\t\t<premis:eventType>creation</premis:eventType>\n' +
		el('premis:eventDateTime', pkg.at.toISOString(), '\t\t') +
		`\t\t<premis:eventDetailInformation><premis:eventDetail>${esc(pkg.detail)}</premis:eventDetail></premis:eventDetailInformation>\n` +
		'\t\t<premis:linkingAgentIdentifier><premis:linkingAgentIdentifierType>local</premis:linkingAgentIdentifierType><premis:linkingAgentIdentifierValue>medskapa</premis:linkingAgentIdentifierValue></premis:linkingAgentIdentifier>\n' +
		`\t\t<premis:linkingObjectIdentifier><premis:linkingObjectIdentifierType>UUID</premis:linkingObjectIdentifierType><premis:linkingObjectIdentifierValue>${esc(input.processId)}</premis:linkingObjectIdentifierValue></premis:linkingObjectIdentifier>\n` +
		'\t</premis:event>\n' +
		agents.join('') +
		'\t<premis:agent><premis:agentIdentifier><premis:agentIdentifierType>local</premis:agentIdentifierType><premis:agentIdentifierValue>medskapa</premis:agentIdentifierValue></premis:agentIdentifier><premis:agentName>Medskapa</premis:agentName><premis:agentType>software</premis:agentType></premis:agent>\n' +
		'</premis:premis>\n'
	);
}
