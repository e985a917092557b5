/**
 * @module The package's root METS document in the style of E-ARK CSIP: who made it, where the descriptive and
 * preservation metadata are, and every other file of the package with its size, SHA-256 checksum and MIME
 * type, grouped as CSIP groups them (Documentation, Representations/rep1), and a physical structure map.
 */
import { esc, XML_DECLARATION } from './xml';

export type PackageFile = { path: string; data: Uint8Array; mimeType: string; sha256: string; created: Date };

export type MetsInput = {
	objectId: string;
	label: string;
	organisation: string;
	createdAt: Date;
	softwareVersion: string;
	personalDataNote: string;
	descriptive: PackageFile;
	preservation: PackageFile;
	documentation: PackageFile[];
	representation: PackageFile[];
};

const fileAttrs = (f: PackageFile) =>
	`MIMETYPE="${esc(f.mimeType)}" SIZE="${f.data.length}" CREATED="${f.created.toISOString()}" CHECKSUM="${f.sha256}" CHECKSUMTYPE="SHA-256"`;
const href = (f: PackageFile) => `LOCTYPE="URL" xlink:type="simple" xlink:href="${esc(f.path)}"`;

function fileGroup(id: string, use: string, files: PackageFile[]): string {
	if (files.length === 0) return '';
	return (
		`\t\t<mets:fileGrp ID="${id}" USE="${use}">\n` +
		files
			.map(
				(f, i) =>
					`\t\t\t<mets:file ID="${id}-file-${i + 1}" ${fileAttrs(f)}>\n\t\t\t\t<mets:FLocat ${href(f)}/>\n\t\t\t</mets:file>\n`
			)
			.join('') +
		'\t\t</mets:fileGrp>\n'
	);
}

const pointers = (id: string, files: PackageFile[]) =>
	files.map((_, i) => `\t\t\t\t<mets:fptr FILEID="${id}-file-${i + 1}"/>\n`).join('');

export function mets(input: MetsInput): string {
	const created = input.createdAt.toISOString();
	return (
		XML_DECLARATION +
		'<mets:mets xmlns:mets="http://www.loc.gov/METS/" xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:csip="https://DILCIS.eu/XML/METS/CSIPExtensionMETS"' +
		` OBJID="${esc(input.objectId)}" LABEL="${esc(input.label)}" TYPE="Mixed" csip:CONTENTINFORMATIONTYPE="OTHER" csip:OTHERCONTENTINFORMATIONTYPE="Medskapa dialogue process"` +
		' PROFILE="https://earkcsip.dilcis.eu/profile/E-ARK-CSIP.xml" xsi:schemaLocation="http://www.loc.gov/METS/ http://www.loc.gov/standards/mets/mets.xsd">\n' +
		`\t<mets:metsHdr CREATEDATE="${created}" RECORDSTATUS="NEW" csip:OAISPACKAGETYPE="SIP">\n` +
		`\t\t<mets:agent ROLE="CREATOR" TYPE="OTHER" OTHERTYPE="SOFTWARE">\n\t\t\t<mets:name>Medskapa</mets:name>\n\t\t\t<mets:note csip:NOTETYPE="SOFTWARE VERSION">${esc(input.softwareVersion)}</mets:note>\n\t\t</mets:agent>\n` +
		`\t\t<mets:agent ROLE="ARCHIVIST" TYPE="ORGANIZATION">\n\t\t\t<mets:name>${esc(input.organisation)}</mets:name>\n\t\t\t<mets:note>${esc(input.personalDataNote)}</mets:note>\n\t\t</mets:agent>\n` +
		'\t</mets:metsHdr>\n' +
		`\t<mets:dmdSec ID="dmd-dc" CREATED="${created}">\n\t\t<mets:mdRef ${href(input.descriptive)} MDTYPE="DC" ${fileAttrs(input.descriptive)}/>\n\t</mets:dmdSec>\n` +
		`\t<mets:amdSec ID="amd">\n\t\t<mets:digiprovMD ID="digiprov-premis" CREATED="${created}">\n\t\t\t<mets:mdRef ${href(input.preservation)} MDTYPE="PREMIS" ${fileAttrs(input.preservation)}/>\n\t\t</mets:digiprovMD>\n\t</mets:amdSec>\n` +
		'\t<mets:fileSec ID="filesec">\n' +
		fileGroup('documentation', 'Documentation', input.documentation) +
		fileGroup('rep1', 'Representations/rep1', input.representation) +
		'\t</mets:fileSec>\n' +
		'\t<mets:structMap ID="structmap" TYPE="PHYSICAL" LABEL="CSIP">\n' +
		`\t\t<mets:div ID="root" LABEL="${esc(input.objectId)}">\n` +
		'\t\t\t<mets:div ID="metadata" LABEL="Metadata" DMDID="dmd-dc" ADMID="digiprov-premis"/>\n' +
		(input.documentation.length
			? `\t\t\t<mets:div ID="div-documentation" LABEL="Documentation">\n${pointers('documentation', input.documentation)}\t\t\t</mets:div>\n`
			: '') +
		`\t\t\t<mets:div ID="div-rep1" LABEL="Representations/rep1">\n${pointers('rep1', input.representation)}\t\t\t</mets:div>\n` +
		'\t\t</mets:div>\n' +
		'\t</mets:structMap>\n' +
		'</mets:mets>\n'
	);
}
