// The review page. Everything from a document or the dataset is put into the page with textContent or
// as text nodes — never innerHTML — so a document's text can never become markup or script (the
// server's Content-Security-Policy forbids inline script besides). Values arrive formatted by the server
// (Swedish number formats, field names); the page reads none of them itself.

const token = new URLSearchParams(location.search).get('token');
const FILTERS = ['field', 'kind', 'status', 'organisation', 'search'];
const PAGE = 100;
const state = {
  meta: null,
  /** The current page of the list: { total, offset, items }. */
  list: { total: 0, offset: 0, items: [] },
  /** The list item being reviewed ("12:amount"); the page moves on from it after an action. */
  selected: null,
  record: null,
  field: null,
  /** What "Ångra" takes back, newest last: { actions: [ids], what, key }. */
  undo: [],
};

const $ = (id) => document.getElementById(id);
const keyOf = (item) => `${item.partnershipId}:${item.field}`;

/** Builds an element with text content and attributes; children are elements or strings (as text nodes). */
function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (name === 'onclick') node.addEventListener('click', value);
    else if (value !== false && value !== null && value !== undefined) node.setAttribute(name, String(value));
  }
  for (const child of children.flat()) if (child !== '' && child !== null) node.append(typeof child === 'string' ? document.createTextNode(child) : child);
  return node;
}

async function api(path, body) {
  const headers = { Accept: 'application/json' };
  if (token) headers.Authorization = `Bearer ${token}`;
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  const response = await fetch(path, { method: body === undefined ? 'GET' : 'POST', headers, body: body === undefined ? undefined : JSON.stringify(body) });
  const data = await response.json().catch(() => ({}));
  if (response.status === 401) throw new Error('Sidan behöver sin token: öppna adressen som iop serve skrev ut (med ?token=…).');
  if (!response.ok) throw new Error(data.error ?? `Servern svarade ${response.status}.`);
  return data;
}

function say(message, kind = 'info') {
  $('status').textContent = message;
  $('status').dataset.kind = kind;
}

const percent = new Intl.NumberFormat('sv-SE', { style: 'percent', maximumFractionDigits: 0 });
const when = (iso) => iso.slice(0, 16).replace('T', ' ');

// ---- filters and the list ----

function filters() {
  return Object.fromEntries(FILTERS.map((name) => [name, $(`filter-${name}`).value.trim()]).filter(([, v]) => v !== ''));
}

/** The page's place — filters (as f.field=…), list page, record and field — in the address, so a reload keeps it. */
function remember() {
  const place = new URLSearchParams(Object.entries(filters()).map(([name, value]) => [`f.${name}`, value]));
  if (state.list.offset) place.set('offset', String(state.list.offset));
  if (state.record) place.set('record', String(state.record.id));
  if (state.field) place.set('field', state.field);
  history.replaceState(null, '', `${location.search}#${place}`);
}

async function loadList(offset = state.list.offset) {
  const query = new URLSearchParams({ ...filters(), offset: String(offset), limit: String(PAGE) });
  state.list = await api(`/api/queue?${query}`);
  renderList();
}

function renderList() {
  const { total, offset, items } = state.list;
  $('queue-count').textContent = total ? `${offset + 1}–${offset + items.length} av ${total}` : '(tom)';
  $('queue').replaceChildren(
    ...items.map((item) =>
      el('li', {},
        el('button', { type: 'button', 'data-key': keyOf(item), 'aria-current': keyOf(item) === state.selected ? 'true' : 'false', onclick: () => select(item) },
          el('span', { class: 'item-value' }, `#${item.partnershipId} ${item.label}: ${item.shown}`),
          el('span', { class: 'reason' }, [item.reasonText ?? item.statusText, percent.format(item.confidence), item.kindText].filter(Boolean).join(' · ')),
          el('span', { class: 'summary' }, item.summary),
        ),
      ),
    ),
  );
  $('page-prev').disabled = offset === 0;
  $('page-next').disabled = offset + items.length >= total;
  const batch = $('accept-all');
  batch.disabled = total === 0;
  batch.textContent = `Godkänn alla ${total}`;
  batch.title = `Godkänn maskinens värde för de ${total} fält som filtret visar`;
}

async function select(item) {
  state.selected = keyOf(item);
  for (const button of $('queue').querySelectorAll('button')) button.setAttribute('aria-current', button.dataset.key === state.selected ? 'true' : 'false');
  $('queue').querySelector('[aria-current="true"]')?.scrollIntoView({ block: 'nearest' });
  await showRecord(item.partnershipId, item.field);
}

/** j/k: the next or previous item, across list pages. */
async function step(direction) {
  const items = state.list.items;
  const at = items.findIndex((i) => keyOf(i) === state.selected);
  const to = at + direction;
  if (to >= 0 && to < items.length) return select(items[to]);
  const offset = state.list.offset + direction * PAGE;
  if (at === -1 && items.length) return select(items[direction > 0 ? 0 : items.length - 1]);
  if (offset < 0 || offset >= state.list.total) return say(direction > 0 ? 'Det här är sista fältet i listan.' : 'Det här är första fältet i listan.');
  await loadList(offset);
  const next = state.list.items[direction > 0 ? 0 : state.list.items.length - 1];
  if (next) await select(next);
}

/**
 * After an action on the selected item: the item that came after it in the list before the action. The
 * list reloads first (the item acted on may have left it, so a kept index would skip one).
 */
async function moveOn(actedKey) {
  const items = state.list.items;
  const at = items.findIndex((i) => keyOf(i) === actedKey);
  const following = items.slice(at + 1).map(keyOf);
  await loadList();
  const next = following.map((key) => state.list.items.find((i) => keyOf(i) === key)).find(Boolean)
    // It was the last of its page: the next page's first has moved up into this one, or is on the next page.
    ?? state.list.items.slice(at).find((i) => keyOf(i) !== actedKey);
  if (next) return select(next);
  if (state.list.offset + state.list.items.length < state.list.total) return step(1);
  state.selected = null;
  renderList();
  await showRecord(state.record.id, state.field);
  say('Klart: inget mer i listan med de här filtren.');
}

// ---- a record and its fields ----

async function showRecord(id, field) {
  state.record = await api(`/api/records/${id}`);
  state.field = field;
  remember();
  renderRecord();
  const selected = state.record.fields.find((f) => f.field === field);
  const first = selected?.candidates[0]?.sources[0];
  if (first) await showDocument(first.documentId, first.evidence);
  else if (state.record.documents[0]) await showDocument(state.record.documents[0].documentId, []);
}

function renderRecord() {
  const record = state.record;
  const selected = record.fields.find((f) => f.field === state.field);
  $('record').dataset.key = `${record.id}:${state.field}`;
  const rows = record.fields.map((f) =>
    el('tr', { class: f.field === state.field ? 'selected' : '', 'data-field': f.field },
      el('th', { scope: 'row' }, el('button', { type: 'button', class: 'link', onclick: () => showRecord(record.id, f.field) }, f.label)),
      el('td', { class: 'value' }, f.shown),
      el('td', { class: `status status-${f.status}` }, f.statusText,
        f.conflict ? el('span', { class: 'flag' }, 'motstridiga uppgifter') : '',
        f.review?.changedSinceReview ? el('span', { class: 'flag' }, 'ändrat sedan granskning') : ''),
      el('td', { class: 'number' }, percent.format(f.confidence)),
    ),
  );
  $('record').replaceChildren(...[
    el('div', { class: 'record-head' },
      el('h2', {}, `Partnerskap #${record.id}`,
        record.notPartnership ? ` — inte ett partnerskap enligt ${record.notPartnership.reviewer} ${when(record.notPartnership.at)}` : record.status === 'active' ? '' : ' — inte längre i något dokument'),
      record.status === 'active' ? el('button', { type: 'button', id: 'not-partnership', class: 'danger', onclick: () => notPartnership() }, 'Inte ett partnerskap') : '',
    ),
    selected ? renderField(selected) : el('p', { class: 'empty' }, 'Välj ett fält i tabellen.'),
    el('table', { class: 'fields' },
      el('thead', {}, el('tr', {}, ['Fält', 'Värde', 'Status', 'Säkerhet'].map((h) => el('th', { scope: 'col' }, h)))),
      el('tbody', {}, rows),
    ),
    selected ? renderCandidates(selected) : '',
    selected?.history.length ? renderHistory(selected.history) : '',
    el('h3', {}, 'Dokument'),
    el('ul', { class: 'documents' }, record.documents.map((d) =>
      el('li', {},
        el('button', { type: 'button', class: 'link', onclick: () => showDocument(d.documentId, []) }, d.observation),
        d.docType ? ` (${d.docType}) ` : ' ',
        record.documents.length > 1 ? el('button', { type: 'button', class: 'small', onclick: () => relink('split', { observation: d.observation }) }, 'dela ut') : '',
      ),
    )),
    renderMerge(),
    record.organisations.length
      ? el('ul', { class: 'organisations' }, record.organisations.map((o) =>
          el('li', {}, el('strong', {}, o.name), o.kind === 'ideburen' ? ' (idéburen)' : ' (offentlig)',
            [o.municipality ? ` · ${o.municipality}` : '', o.parent ? ` · del av ${o.parent}` : '', o.orgnr ? ` · org.nr ${o.orgnr}${o.orgnrValid ? '' : ' (kontrollsiffran stämmer inte)'}` : '', o.aliases.length ? ` · även: ${o.aliases.join(', ')}` : ''].join('')),
        ))
      : '',
    record.links.length ? el('p', { class: 'muted' }, 'Sammanförda därför att: ', record.links.map((l) => l.reason).join('; ')) : '',
    record.relations.length
      ? el('ul', { class: 'relations' }, record.relations.map((r) => el('li', {}, r.role === 'predecessor' ? 'Föregångare ' : 'Efterföljare ', el('button', { type: 'button', class: 'link', onclick: () => showRecord(r.other, state.field ?? 'amount') }, `#${r.other}`), `: ${r.reason}`)))
      : '',
    record.history.length ? renderHistory(record.history, 'Historik för partnerskapet') : '',
  ].flat().filter((child) => child !== ''));
}

/** The selected field and its actions: kept at the top of the column, so they never scroll out of sight. */
function renderField(f) {
  const input = el('input', { id: 'correction', 'aria-label': `Rätt värde för ${f.label}`, 'aria-describedby': 'correction-error', value: f.editable, autocomplete: 'off', spellcheck: 'false' });
  input.addEventListener('keydown', (event) => {
    if (event.key === 'Enter') void act('correct', { typed: input.value });
    if (event.key === 'Escape') input.blur();
  });
  input.addEventListener('input', () => showProblem(''));
  return el('div', { class: 'field-detail' },
    el('h3', {}, `${f.label}: `, el('span', { id: 'field-value' }, f.shown), ' ', el('span', { id: 'field-status', class: `status-${f.status}`, 'data-status': f.status }, f.statusText)),
    f.review ? el('p', { class: 'muted' }, `Maskinens värde: ${f.machineShown} · ${f.statusText} av ${f.review.reviewer} ${when(f.review.reviewedAt)}${f.review.comment ? ` · ”${f.review.comment}”` : ''}`) : '',
    el('div', { class: 'actions' },
      el('button', { type: 'button', id: 'accept', class: 'primary', onclick: () => act('accept') }, 'Godkänn (a)'),
      el('button', { type: 'button', id: 'reject', onclick: () => act('reject') }, 'Avvisa (r)'),
    ),
    el('div', { class: 'actions' },
      input,
      el('button', { type: 'button', id: 'save-correction', onclick: () => act('correct', { typed: input.value }) }, 'Rätta (Enter)'),
    ),
    el('p', { id: 'correction-error', class: 'problem', role: 'alert' }),
    el('input', { id: 'comment', 'aria-label': 'Kommentar', placeholder: 'kommentar (valfri)', autocomplete: 'off' }),
  );
}

function renderCandidates(f) {
  return [
    el('h3', {}, 'Vad dokumenten säger'),
    el('ol', { class: 'candidates' },
      f.candidates.map((c) =>
        el('li', {},
          el('strong', {}, c.shown), ` — säkerhet ${percent.format(c.confidence)} `,
          Array.isArray(f.machineValue) ? '' : el('button', { type: 'button', class: 'choose small', onclick: () => act('correct', { value: c.value }) }, 'välj'),
          el('ul', {}, c.sources.map((s) => el('li', {}, el('button', { type: 'button', class: 'link', onclick: () => showDocument(s.documentId, s.evidence) }, s.path), ` ${s.date ?? ''} (${percent.format(s.confidence)})`))),
        ),
      ),
    ),
  ];
}

function renderHistory(history, title = 'Historik') {
  return [
    el('h3', {}, title),
    el('ol', { class: 'history' }, history.map((a) =>
      el('li', {}, `${when(a.at)} ${a.reviewer} ${a.label}`, a.oldShown === null ? '' : a.oldShown === a.newShown ? `: ${a.newShown}` : `: ${a.oldShown} → ${a.newShown}`, a.comment ? ` (”${a.comment}”)` : ''),
    )),
  ];
}

function renderMerge() {
  const other = el('input', { id: 'merge-with', 'aria-label': 'Slå ihop med partnerskap nummer', inputmode: 'numeric', size: 6 });
  return el('p', { class: 'actions' }, 'Samma partnerskap som #', other, el('button', { type: 'button', id: 'merge', class: 'small', onclick: () => relink('merge', { other: Number(other.value) }) }, 'Slå ihop'));
}

function showProblem(message) {
  const box = $('correction-error');
  if (!box) return;
  box.textContent = message;
  $('correction')?.setAttribute('aria-invalid', message ? 'true' : 'false');
}

/** The document's pages as text nodes, each evidence span wrapped in a <mark> (by offsets, never by markup). */
async function showDocument(documentId, evidence) {
  const doc = await api(`/api/documents/${documentId}`);
  $('document-title').textContent = doc.path;
  const paged = doc.pages.length > 1 || evidence.some((e) => e.page !== null);
  const parts = [];
  let firstMark = null;
  for (const page of doc.pages) {
    if (paged) parts.push(el('span', { class: 'page-break' }, `sida ${page.number}`));
    const spans = evidence.filter((e) => (e.page ?? 1) === page.number).sort((a, b) => a.start - b.start);
    let at = 0;
    for (const span of spans) {
      if (span.start < at) continue;
      parts.push(document.createTextNode(page.text.slice(at, span.start)));
      const mark = el('mark', {}, page.text.slice(span.start, span.end));
      firstMark ??= mark;
      parts.push(mark);
      at = span.end;
    }
    parts.push(document.createTextNode(page.text.slice(at)));
  }
  $('document-text').replaceChildren(...parts);
  if (firstMark) firstMark.scrollIntoView({ block: 'center' });
  else $('document').scrollTop = 0;
}

// ---- actions ----

/** The reviewer's name, or null after asking for it: every decision is stored with who made it. */
function reviewer() {
  const name = $('reviewer').value.trim();
  if (name) return name;
  say('Skriv ditt namn i rutan ”Granskare” först: varje beslut sparas med vem som fattade det.', 'error');
  $('reviewer').focus();
  return null;
}

const VERBS = { accept: 'Godkänt', correct: 'Rättat', reject: 'Avvisat' };

/** Accept, reject, or correct with `{ typed }` (as a reviewer types it) or `{ value }` (a candidate's value). */
async function act(action, correction = {}) {
  const record = state.record;
  const field = record?.fields.find((f) => f.field === state.field);
  if (!field) return;
  const name = reviewer();
  if (!name) return;
  const comment = $('comment')?.value.trim() || undefined;
  const key = `${record.id}:${field.field}`;
  try {
    const done = await api(`/api/records/${record.id}/fields/${encodeURIComponent(field.field)}/${action}`, { reviewer: name, comment, ...(action === 'correct' ? correction : {}) });
    const what = `${VERBS[action]}: #${record.id} ${field.label} ${done.field.shown}`;
    pushUndo({ actions: done.actions, what, key });
    if (key === state.selected) await moveOn(key);
    else {
      await loadList();
      await showRecord(record.id, field.field);
    }
    say(`${what}. Ångra med u.`);
  } catch (error) {
    if (action === 'correct') showProblem(error.message);
    say(`Inte sparat: ${error.message}`, 'error');
  }
}

function pushUndo(entry) {
  state.undo.push(entry);
  $('undo').disabled = false;
  $('undo').title = `Ångra: ${entry.what}`;
}

async function undoLast() {
  const last = state.undo.at(-1);
  if (!last) return say('Inget att ångra.');
  const name = reviewer();
  if (!name) return;
  try {
    await api('/api/undo', { reviewer: name, actions: last.actions });
    state.undo.pop();
    $('undo').disabled = state.undo.length === 0;
    $('undo').title = state.undo.at(-1) ? `Ångra: ${state.undo.at(-1).what}` : '';
    await loadList();
    // Back to what was undone, so the reviewer sees the value it has again.
    const [id, field] = last.key.split(':');
    const item = state.list.items.find((i) => keyOf(i) === last.key);
    if (item) await select(item);
    else await showRecord(Number(id), field);
    say(`Ångrat: ${last.what}.`);
  } catch (error) {
    say(`Kunde inte ångra: ${error.message}`, 'error');
  }
}

async function acceptAll() {
  const name = reviewer();
  if (!name) return;
  const total = state.list.total;
  if (!confirm(`Godkänna maskinens värde för de ${total} fält som filtret visar? Fält som redan är granskade lämnas som de är.`)) return;
  try {
    const done = await api('/api/accept-all', { reviewer: name, filter: filters(), expect: total });
    if (done.actions.length) pushUndo({ actions: done.actions, what: `${done.accepted} fält godkända`, key: state.selected ?? '' });
    await loadList(0);
    if (state.list.items[0]) await select(state.list.items[0]);
    say(`${done.accepted} fält godkända${done.skipped ? `, ${done.skipped} redan granskade lämnades` : ''}. Ångra med u.`);
  } catch (error) {
    say(`Inget godkänt: ${error.message}`, 'error');
  }
}

async function notPartnership() {
  const record = state.record;
  const name = reviewer();
  if (!record || !name) return;
  if (!confirm(`Är #${record.id} inte ett partnerskap? Det tas då bort ur kön och ur registret.`)) return;
  try {
    const done = await api(`/api/records/${record.id}/not-partnership`, { reviewer: name });
    const what = `#${record.id} markerat som inte ett partnerskap`;
    pushUndo({ actions: done.actions, what, key: `${record.id}:${state.field ?? 'amount'}` });
    const following = state.list.items.filter((i) => i.partnershipId !== record.id).map(keyOf);
    const at = state.list.items.findIndex((i) => i.partnershipId === record.id);
    await loadList();
    const next = following.slice(Math.max(at, 0)).map((key) => state.list.items.find((i) => keyOf(i) === key)).find(Boolean) ?? state.list.items[0];
    if (next) await select(next);
    say(`${what}.`);
  } catch (error) {
    say(`Inte ändrat: ${error.message}`, 'error');
  }
}

/** Merge or split: the record may get another id, so the page follows the one the server returns. */
async function relink(action, body) {
  const record = state.record;
  const name = reviewer();
  if (!name) return;
  try {
    const { id } = await api(`/api/records/${record.id}/${action}`, { reviewer: name, ...body });
    say(action === 'merge' ? `Ihopslagna: #${record.id} och #${body.other} är nu #${id}.` : `Utdelat till #${id}.`);
    await loadList();
    await showRecord(action === 'merge' ? id : record.id, state.field ?? 'amount');
  } catch (error) {
    say(`Kunde inte ${action === 'merge' ? 'slå ihop' : 'dela ut'}: ${error.message}`, 'error');
  }
}

// ---- wiring ----

document.addEventListener('keydown', (event) => {
  const typing = event.target instanceof HTMLInputElement || event.target instanceof HTMLSelectElement;
  if ((event.ctrlKey || event.metaKey) && event.key === 'z' && !typing) {
    event.preventDefault();
    return void undoLast();
  }
  if (typing || event.ctrlKey || event.metaKey || event.altKey) return;
  if (event.key === 'j') void step(1);
  else if (event.key === 'k') void step(-1);
  else if (event.key === 'a') void act('accept');
  else if (event.key === 'r') void act('reject');
  else if (event.key === 'u') void undoLast();
  else if (event.key === 'c' || event.key === '/') {
    event.preventDefault();
    (event.key === 'c' ? $('correction') : $('filter-search'))?.focus();
  }
});

$('reviewer').value = localStorage.getItem('iop-reviewer') ?? '';
$('reviewer').addEventListener('input', () => localStorage.setItem('iop-reviewer', $('reviewer').value.trim()));
$('undo').addEventListener('click', () => void undoLast());
$('accept-all').addEventListener('click', () => void acceptAll());
$('page-prev').addEventListener('click', () => void loadList(Math.max(0, state.list.offset - PAGE)));
$('page-next').addEventListener('click', () => void loadList(state.list.offset + PAGE));
$('filters').addEventListener('submit', (event) => event.preventDefault());
let typingTimer;
for (const name of FILTERS) {
  const input = $(`filter-${name}`);
  const apply = () => void loadList(0).then(remember).catch((error) => say(`Kunde inte filtrera: ${error.message}`, 'error'));
  input.addEventListener(input.tagName === 'SELECT' ? 'change' : 'input', () => {
    clearTimeout(typingTimer);
    typingTimer = setTimeout(apply, input.tagName === 'SELECT' ? 0 : 250);
  });
}

function fillFilters(meta, place) {
  const options = (select, choices) => select.append(...choices.map((c) => el('option', { value: c.value }, c.label)));
  options($('filter-field'), meta.fields);
  options($('filter-kind'), meta.kinds);
  options($('filter-status'), meta.statuses);
  $('organisations').replaceChildren(...meta.organisations.map((name) => el('option', { value: name })));
  for (const name of FILTERS) if (place.get(`f.${name}`)) $(`filter-${name}`).value = place.get(`f.${name}`);
}

/** The address's #… gives the place: filters, list page and a record's field (#record=12&field=amount). */
async function start() {
  const place = new URLSearchParams(location.hash.slice(1));
  state.meta = await api('/api/meta');
  fillFilters(state.meta, place);
  await loadList(Number(place.get('offset')) || 0);
  const id = Number(place.get('record'));
  if (Number.isInteger(id) && id > 0) {
    const field = place.get('field') ?? 'amount';
    const item = state.list.items.find((i) => keyOf(i) === `${id}:${field}`);
    if (item) await select(item);
    else await showRecord(id, field);
  } else if (state.list.items[0]) await select(state.list.items[0]);
  if (!$('reviewer').value) say('Skriv ditt namn i rutan ”Granskare” för att börja granska.');
  else say(state.list.total ? `${state.list.total} fält att gå igenom. j/k bläddrar, a godkänner, c rättar.` : 'Inget att granska med de här filtren.');
}

start().catch((error) => say(`Kunde inte läsa in: ${error.message}`, 'error'));
