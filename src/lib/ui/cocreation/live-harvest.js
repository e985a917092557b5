// Live harvest on a page without the app's client code (see LiveHarvest.svelte, whose labels and note
// template this uses): opens the session's server-sent event stream and adds each new note as it is stored,
// announced politely to screen readers. Served as is: plain JavaScript that every supported browser runs.
(function () {
	/** @type {HTMLElement | null} */
	var found = document.querySelector('section[data-live]');
	/** @type {HTMLTemplateElement | null} */
	var foundTemplate = document.querySelector('section[data-live] template[data-note-template]');
	if (!found || !foundTemplate || typeof EventSource === 'undefined') return;
	var section = found;
	var template = foundTemplate;
	var data = section.dataset;
	var state = section.querySelector('[data-live-state]');
	var status = section.querySelector('[role="status"]');
	/** @type {Record<string, boolean>} */
	var seen = {};
	section.querySelectorAll('.harvest-note[data-id]').forEach(function (li) {
		seen[li.getAttribute('data-id') || ''] = true;
	});
	var format = new Intl.DateTimeFormat(document.documentElement.lang === 'sv' ? 'sv-SE' : 'en-GB', {
		dateStyle: 'medium',
		timeStyle: 'short',
		timeZone: 'Europe/Stockholm'
	});

	/** @param {boolean} connected */
	function setConnected(connected) {
		if (!state) return;
		state.setAttribute('data-live-state', connected ? 'connected' : 'idle');
		state.textContent = (connected ? data.connected : data.reload) || '';
	}

	/** @returns {Element} the list of notes, made when the session had none yet */
	function list() {
		var existing = section.querySelector('ol.harvest-notes');
		if (existing) return existing;
		var ol = /** @type {Element} */ (/** @type {Element} */ (template.content.querySelector('ol')).cloneNode(false));
		var empty = section.querySelector('[data-empty]');
		if (empty) empty.replaceWith(ol);
		else section.appendChild(ol);
		return ol;
	}

	/** @param {{ id: string, kind: string, text: string, createdAt: string, themes?: string[] }} note */
	function add(note) {
		if (seen[note.id]) return;
		seen[note.id] = true;
		var kind = data['kind' + note.kind.charAt(0).toUpperCase() + note.kind.slice(1)] || note.kind;
		var li = /** @type {Element} */ (/** @type {Element} */ (template.content.querySelector('li')).cloneNode(true));
		li.classList.add('note-' + note.kind);
		li.setAttribute('data-id', note.id);
		/** @param {string} selector @param {string} text */
		function fill(selector, text) {
			var element = li.querySelector(selector);
			if (element) element.textContent = text;
		}
		fill('.tag', kind);
		fill('.note-meta .hint', format.format(new Date(note.createdAt)));
		fill('.note-text', note.text);
		if (note.themes && note.themes.length) fill('[data-themes] span', note.themes.join(', '));
		else li.querySelector('[data-themes]')?.remove();
		list().appendChild(li);
		if (status)
			status.textContent = (data.newNote || '').replace(/\{(kind|text)\}/g, function (_, /** @type {string} */ name) {
				return name === 'kind' ? kind : note.text;
			});
	}

	var source = new EventSource(data.live + '?after=' + (data.after || 0));
	source.addEventListener('open', function () {
		setConnected(true);
	});
	source.addEventListener('error', function () {
		setConnected(false);
	});
	source.addEventListener('note', function (event) {
		add(JSON.parse(/** @type {MessageEvent} */ (event).data));
	});
	window.addEventListener('pagehide', function () {
		source.close();
	});
})();
