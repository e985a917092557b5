/**
 * @module A small ZIP writer (stored entries, no compression) with CRC-32, and a reader for the same files,
 * so a whole archive package downloads as one file without a dependency. Stored, because the package is
 * mostly CSV/JSON that an archive will keep as is, and so every file's bytes can be checked in place.
 * Names are UTF-8 (general-purpose flag bit 11). No ZIP64: at most 65,535 files and 4 GiB, which is far
 * more than one dialogue process holds; bigger input is refused rather than written wrong.
 */

export type ZipEntry = { path: string; data: Uint8Array; modified: Date };

const CRC_TABLE = (() => {
	const table = new Uint32Array(256);
	for (let n = 0; n < 256; n++) {
		let c = n;
		for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
		table[n] = c >>> 0;
	}
	return table;
})();

/** CRC-32 (IEEE 802.3, as ZIP and PNG use it). */
export function crc32(data: Uint8Array): number {
	let crc = 0xffffffff;
	for (let i = 0; i < data.length; i++) crc = CRC_TABLE[(crc ^ data[i]) & 0xff] ^ (crc >>> 8);
	return (crc ^ 0xffffffff) >>> 0;
}

/** MS-DOS time and date of a moment (UTC; DOS has no time zone), 1980 at the earliest. */
function dosDateTime(d: Date): { time: number; date: number } {
	const year = Math.max(1980, d.getUTCFullYear());
	return {
		time: (d.getUTCHours() << 11) | (d.getUTCMinutes() << 5) | Math.floor(d.getUTCSeconds() / 2),
		date: ((year - 1980) << 9) | ((d.getUTCMonth() + 1) << 5) | d.getUTCDate()
	};
}

const UTF8_FLAG = 0x0800;
const MAX = 0xffffffff;

export function writeZip(entries: ZipEntry[]): Uint8Array {
	if (entries.length > 0xffff) throw new Error('Too many files for a ZIP without ZIP64');
	const encoder = new TextEncoder();
	const locals: Uint8Array[] = [];
	const centrals: Uint8Array[] = [];
	let offset = 0;
	for (const entry of entries) {
		const name = encoder.encode(entry.path);
		const crc = crc32(entry.data);
		const size = entry.data.length;
		const { time, date } = dosDateTime(entry.modified);
		if (size > MAX || offset > MAX) throw new Error('Too large for a ZIP without ZIP64');

		const local = new DataView(new ArrayBuffer(30));
		local.setUint32(0, 0x04034b50, true);
		local.setUint16(4, 10, true); // version needed: 1.0 (stored)
		local.setUint16(6, UTF8_FLAG, true);
		local.setUint16(8, 0, true); // method: stored
		local.setUint16(10, time, true);
		local.setUint16(12, date, true);
		local.setUint32(14, crc, true);
		local.setUint32(18, size, true);
		local.setUint32(22, size, true);
		local.setUint16(26, name.length, true);
		local.setUint16(28, 0, true);
		locals.push(new Uint8Array(local.buffer), name, entry.data);

		const central = new DataView(new ArrayBuffer(46));
		central.setUint32(0, 0x02014b50, true);
		central.setUint16(4, (3 << 8) | 20, true); // made by: Unix, 2.0 (so the permissions below are read)
		central.setUint16(6, 10, true);
		central.setUint16(8, UTF8_FLAG, true);
		central.setUint16(10, 0, true);
		central.setUint16(12, time, true);
		central.setUint16(14, date, true);
		central.setUint32(16, crc, true);
		central.setUint32(20, size, true);
		central.setUint32(24, size, true);
		central.setUint16(28, name.length, true);
		central.setUint32(38, (0o100644 << 16) >>> 0, true); // a regular file, rw-r--r--
		central.setUint32(42, offset, true);
		centrals.push(new Uint8Array(central.buffer), name);
		offset += 30 + name.length + size;
	}
	const centralSize = centrals.reduce((n, part) => n + part.length, 0);
	if (offset + centralSize > MAX) throw new Error('Too large for a ZIP without ZIP64');
	const end = new DataView(new ArrayBuffer(22));
	end.setUint32(0, 0x06054b50, true);
	end.setUint16(8, entries.length, true);
	end.setUint16(10, entries.length, true);
	end.setUint32(12, centralSize, true);
	end.setUint32(16, offset, true);
	const parts = [...locals, ...centrals, new Uint8Array(end.buffer)];
	const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
	let at = 0;
	for (const part of parts) {
		out.set(part, at);
		at += part.length;
	}
	return out;
}

/**
 * Reads a ZIP of stored entries (as written above) from its central directory, and checks every entry's
 * size and CRC-32 against its local header and data. Throws on anything else.
 */
export function readZip(bytes: Uint8Array): { path: string; data: Uint8Array }[] {
	const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
	let eocd = -1;
	for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i--) {
		if (view.getUint32(i, true) === 0x06054b50) {
			eocd = i;
			break;
		}
	}
	if (eocd < 0) throw new Error('Not a ZIP file: no end of central directory');
	const count = view.getUint16(eocd + 10, true);
	let at = view.getUint32(eocd + 16, true);
	const decoder = new TextDecoder('utf-8', { fatal: true });
	const out: { path: string; data: Uint8Array }[] = [];
	for (let i = 0; i < count; i++) {
		if (view.getUint32(at, true) !== 0x02014b50) throw new Error('Broken central directory');
		const method = view.getUint16(at + 10, true);
		const crc = view.getUint32(at + 16, true);
		const size = view.getUint32(at + 20, true);
		const nameLength = view.getUint16(at + 28, true);
		const extraLength = view.getUint16(at + 30, true);
		const commentLength = view.getUint16(at + 32, true);
		const localAt = view.getUint32(at + 42, true);
		const path = decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength));
		if (method !== 0) throw new Error(`${path}: only stored entries are read`);
		if (view.getUint32(localAt, true) !== 0x04034b50) throw new Error(`${path}: no local header`);
		const dataAt = localAt + 30 + view.getUint16(localAt + 26, true) + view.getUint16(localAt + 28, true);
		const data = bytes.subarray(dataAt, dataAt + size);
		if (data.length !== size || crc32(data) !== crc) throw new Error(`${path}: CRC-32 does not match`);
		out.push({ path, data });
		at += 46 + nameLength + extraLength + commentLength;
	}
	return out;
}
