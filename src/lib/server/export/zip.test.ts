import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { crc32, readZip, writeZip } from './zip';

const enc = (s: string) => new TextEncoder().encode(s);
const modified = new Date('2027-03-14T09:26:52Z');
const entries = [
	{ path: 'lillby/METS.xml', data: enc('<mets/>'), modified },
	{
		path: 'lillby/representations/rep1/data/perspektiv – åäö.csv',
		data: enc('\uFEFFtext\r\nHej på dig\r\n'),
		modified
	},
	{ path: 'lillby/tom.txt', data: new Uint8Array(0), modified }
];

describe('store-only ZIP', () => {
	it('computes the standard CRC-32', () => {
		expect(crc32(enc('123456789'))).toBe(0xcbf43926);
		expect(crc32(new Uint8Array(0))).toBe(0);
	});

	it('reads back every file, name and byte, and notices a changed byte', () => {
		const zip = writeZip(entries);
		expect([...zip.subarray(0, 4)]).toEqual([0x50, 0x4b, 0x03, 0x04]);
		const back = readZip(zip);
		expect(back.map((e) => e.path)).toEqual(entries.map((e) => e.path));
		back.forEach((e, i) => expect([...e.data]).toEqual([...entries[i].data]));
		const broken = zip.slice();
		broken[30 + enc(entries[0].path).length] ^= 1;
		expect(() => readZip(broken)).toThrow(/CRC-32/);
	});

	it.runIf(existsSync('/usr/bin/unzip'))('is a ZIP that Info-ZIP unzip lists and tests without a warning', () => {
		const dir = mkdtempSync(join(tmpdir(), 'zip-test-'));
		try {
			const file = join(dir, 'arkiv.zip');
			writeFileSync(file, writeZip(entries));
			const test = execFileSync('unzip', ['-t', file], { encoding: 'utf8' });
			expect(test).toContain('No errors detected');
			execFileSync('unzip', ['-q', file, '-d', join(dir, 'out')]);
			expect(readFileSync(join(dir, 'out', entries[1].path), 'utf8')).toBe('\uFEFFtext\r\nHej på dig\r\n');
			const list = execFileSync('unzip', ['-l', file], { encoding: 'utf8' });
			expect(list).toContain('2027-03-14 09:26');
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	});
});
