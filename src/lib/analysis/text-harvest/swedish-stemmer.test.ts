import { describe, expect, it } from 'vitest';
import { stemSwedish } from './swedish-stemmer';

// Every pair was checked against PostgreSQL's `swedish_stem` dictionary (Snowball Swedish).
const PAIRS: [string, string][] = [
	['jaktkarlarne', 'jaktkarl'],
	['klokast', 'klok'],
	['klokheten', 'klok'],
	['jakten', 'jakt'],
	['kattens', 'katt'],
	['bilarna', 'bil'],
	['fotbollsplanerna', 'fotbollsplan'],
	['medborgardialogen', 'medborgardialog'],
	['hästarnas', 'häst'],
	['flickornas', 'flick'],
	['pojkarnas', 'pojk'],
	['kärlek', 'kärlek'],
	['kärleken', 'kärlek'],
	['heterna', 'het'],
	['friheten', 'frihet'],
	['friheterna', 'frihet'],
	['lyckligt', 'lyck'],
	['lycklig', 'lyck'],
	['lyckligaste', 'lyck'],
	['vänlig', 'vän'],
	['vänligt', 'vän'],
	['vänligheten', 'vän'],
	['fullt', 'fullt'],
	['löst', 'löst'],
	['löstes', 'löst'],
	['sommarens', 'somm'],
	['kommunerna', 'kommun'],
	['kommunens', 'kommun'],
	['simhallen', 'simhall'],
	['simmade', 'simm'],
	['simmar', 'simm'],
	['badhuset', 'badhuset'],
	['padelbanor', 'padelban'],
	['idrottsföreningarna', 'idrottsförening'],
	['föreningar', 'förening'],
	['ledare', 'led'],
	['ungdomarna', 'ungdom'],
	['skidspåren', 'skidspår'],
	['tryggheten', 'trygg'],
	['otrygga', 'otrygg'],
	['byborna', 'byb'],
	['nyanlända', 'nyanländ'],
	['integrationen', 'integration'],
	['skolan', 'skolan'],
	['skolorna', 'skol'],
	['mötesplatser', 'mötesplats'],
	['möten', 'möt'],
	['bussarna', 'buss'],
	['kvällarna', 'kväll'],
	['tidningarna', 'tidning'],
	['hus', 'hus'],
	['barnens', 'barn'],
	['elevernas', 'elev'],
	['grannarna', 'grann'],
	['anden', 'and'],
	['andes', 'and'],
	['hopp', 'hopp']
];

describe('stemSwedish (Snowball Swedish)', () => {
	it.each(PAIRS)('%s → %s', (word, stem) => {
		expect(stemSwedish(word)).toBe(stem);
	});

	it('leaves words shorter than three letters alone', () => {
		expect(stemSwedish('ån')).toBe('ån');
		expect(stemSwedish('')).toBe('');
	});

	it('removes -s only after a valid s-ending', () => {
		expect(stemSwedish('bilens')).toBe('bil');
		expect(stemSwedish('hus')).toBe('hus'); // s is outside R1
		expect(stemSwedish('mus')).toBe('mus');
	});
});
