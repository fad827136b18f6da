// The review page. Everything from a document or the dataset is put into the page with textContent or
// as text nodes — never innerHTML — so a document's text can never become markup or script (the
// server's Content-Security-Policy forbids inline script besides).

const token = new URLSearchParams(location.search).get('token');
const state = { queue: [], index: -1, record: null, field: null };

const $ = (id) => document.getElementById(id);

/** Builds an element with text content and attributes; children are elements or strings (as text nodes). */
function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (name === 'onclick') node.addEventListener('click', value);
    else if (value !== false && value !== null && value !== undefined) node.setAttribute(name, String(value));
  }
  for (const child of children.flat()) node.append(typeof child === 'string' ? document.createTextNode(child) : child);
  return node;
}

async function api(path, body) {
  const headers = { Accept: 'application/json' };
  if (token) headers.Authorization = `Bearer ${token}`;
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  const response = await fetch(path, { method: body === undefined ? 'GET' : 'POST', headers, body: body === undefined ? undefined : JSON.stringify(body) });
  const data = await response.json();
  if (!response.ok) throw new Error(data.error ?? `HTTP ${response.status}`);
  return data;
}

function say(message) {
  $('status').textContent = message;
}

async function loadQueue() {
  state.queue = await api('/api/queue');
  $('queue-count').textContent = `(${state.queue.length})`;
  const list = $('queue');
  list.replaceChildren(
    ...state.queue.map((item, i) =>
      el(
        'li',
        {},
        el(
          'button',
          { type: 'button', 'data-index': i, 'aria-current': i === state.index ? 'true' : 'false', onclick: () => select(i) },
          `#${item.partnershipId} ${item.field}: ${item.shown}`,
          el('span', { class: 'reason' }, `${item.reason} · ${item.confidence.toFixed(2)} · ${item.summary}`),
        ),
      ),
    ),
  );
}

async function select(index) {
  if (index < 0 || index >= state.queue.length) return;
  state.index = index;
  const item = state.queue[index];
  for (const button of $('queue').querySelectorAll('button')) button.setAttribute('aria-current', button.dataset.index === String(index) ? 'true' : 'false');
  await showRecord(item.partnershipId, item.field);
  say(`#${item.partnershipId} ${item.field}: ${item.reason}`);
}

async function showRecord(id, field) {
  state.record = await api(`/api/records/${id}`);
  state.field = field;
  history.replaceState(null, '', `${location.search}#record=${id}&field=${encodeURIComponent(field)}`);
  renderRecord();
  const selected = state.record.fields.find((f) => f.field === field);
  const first = selected?.candidates[0]?.sources[0];
  if (first) await showDocument(first.documentId, first.evidence);
  else $('document-text').replaceChildren();
}

function renderRecord() {
  const record = state.record;
  const rows = record.fields.map((f) =>
    el(
      'tr',
      { class: f.field === state.field ? 'selected' : '', 'data-field': f.field },
      el('th', { scope: 'row' }, el('button', { type: 'button', class: 'source', onclick: () => showRecord(record.id, f.field) }, f.field)),
      el('td', { class: 'value' }, f.shown),
      el('td', { class: `status status-${f.status}` }, f.status),
      el('td', {}, f.confidence.toFixed(2)),
      el('td', { class: 'flag' }, [f.conflict ? 'conflict' : '', f.review?.changedSinceReview ? 'changed since review' : ''].filter(Boolean).join(', ')),
    ),
  );
  const selected = record.fields.find((f) => f.field === state.field);
  $('record').replaceChildren(
    el('h2', {}, `Partnership #${record.id}`),
    el('ul', {}, record.documents.map((d) =>
      el('li', {},
        el('button', { type: 'button', class: 'source', onclick: () => showDocument(d.documentId, []) }, d.observation), ` (${d.docType ?? '?'}) `,
        record.documents.length > 1 ? el('button', { type: 'button', class: 'split', onclick: () => relink('split', { observation: d.observation }) }, 'split out') : '',
      ),
    )),
    renderMerge(record),
    record.organisations.length
      ? el('ul', { class: 'organisations' }, record.organisations.map((o) =>
          el('li', {}, el('strong', {}, o.name), ` (${o.kind})`,
            [o.municipality ? ` · ${o.municipality}` : '', o.parent ? ` · unit of ${o.parent}` : '', o.orgnr ? ` · org.nr ${o.orgnr}${o.orgnrValid ? '' : ' (Luhn check fails)'}` : '', o.aliases.length ? ` · also: ${o.aliases.join(', ')}` : ''].join('')),
        ))
      : '',
    record.links.length ? el('p', {}, 'Linked because: ', record.links.map((l) => l.reason).join('; ')) : '',
    record.relations.length
      ? el('ul', { class: 'relations' }, record.relations.map((r) => el('li', {}, `${r.role} `, el('button', { type: 'button', class: 'source', onclick: () => showRecord(r.other, state.field ?? 'amount') }, `#${r.other}`), `: ${r.reason}`)))
      : '',
    el('table', {}, el('thead', {}, el('tr', {}, ['field', 'value', 'status', 'conf.', ''].map((h) => el('th', { scope: 'col' }, h)))), el('tbody', {}, rows)),
    selected ? renderField(selected) : '',
  );
}

function renderField(f) {
  const input = el('input', { id: 'correction', 'aria-label': `Correct value of ${f.field}`, size: 36, value: typedForm(f.field, f.value) });
  input.addEventListener('keydown', (event) => {
    if (event.key === 'Enter') void act('correct', { typed: input.value });
    if (event.key === 'Escape') input.blur();
  });
  const comment = el('input', { id: 'comment', 'aria-label': 'Comment', placeholder: 'comment', size: 24 });
  return el(
    'div',
    { class: 'field-detail' },
    el('h3', {}, `${f.field}: `, el('span', { id: 'field-value' }, f.shown), ' ', el('span', { id: 'field-status', class: `status-${f.status}` }, f.status)),
    f.review ? el('p', {}, `Machine value: ${f.machineShown}; reviewed by ${f.review.reviewer} at ${f.review.reviewedAt}`) : '',
    el('div', { class: 'actions' },
      el('button', { type: 'button', id: 'accept', onclick: () => act('accept') }, 'Accept (a)'),
      input,
      el('button', { type: 'button', id: 'save-correction', onclick: () => act('correct', { typed: input.value }) }, 'Correct (c, Enter)'),
      el('button', { type: 'button', id: 'reject', onclick: () => act('reject') }, 'Reject (r)'),
      comment,
    ),
    el('h4', {}, 'Candidates'),
    el('ol', { class: 'candidates' },
      f.candidates.map((c) =>
        el('li', {},
          el('strong', {}, c.shown), ` — confidence ${c.confidence.toFixed(2)} `,
          Array.isArray(f.machineValue) ? '' : el('button', { type: 'button', class: 'choose', onclick: () => act('correct', { value: c.value }) }, 'choose'),
          el('ul', {}, c.sources.map((s) => el('li', {}, el('button', { type: 'button', class: 'source', onclick: () => showDocument(s.documentId, s.evidence) }, s.path), ` ${s.date ?? ''} (${s.confidence.toFixed(2)})`))),
        ),
      ),
    ),
  );
}

function renderMerge(record) {
  const other = el('input', { id: 'merge-with', 'aria-label': 'Merge with record number', inputmode: 'numeric', size: 6 });
  return el('p', { class: 'actions' }, 'Same partnership as record #', other, el('button', { type: 'button', id: 'merge', onclick: () => relink('merge', { other: Number(other.value) }) }, 'Merge'));
}

/** Merge or split: the record may get another id, so the page follows the one the server returns. */
async function relink(action, body) {
  const record = state.record;
  try {
    const reviewer = $('reviewer').value.trim() || undefined;
    const { id } = await api(`/api/records/${record.id}/${action}`, { reviewer, ...body });
    say(`${action}: #${record.id} → #${id}`);
    await loadQueue();
    await showRecord(action === 'merge' ? id : record.id, state.field ?? 'amount');
  } catch (error) {
    say(`Could not ${action}: ${error.message}`);
  }
}

/** A value in the form a reviewer types it (the server reads the same forms): "1800000/year", "2025-01-01..2028-12-31", "A; B". */
function typedForm(field, value) {
  if (value === null || value === undefined) return '';
  if (field === 'amount') return `${value.sek}/${value.per}${value.payer ? ` (${value.payer})` : ''}`;
  if (field === 'period') return `${value.start ?? ''}..${value.openEnded ? 'tills vidare' : (value.end ?? '')}`;
  return Array.isArray(value) ? value.join('; ') : String(value);
}

/** The document's pages as text nodes, each evidence span wrapped in a <mark> (by offsets, never by markup). */
async function showDocument(documentId, evidence) {
  const doc = await api(`/api/documents/${documentId}`);
  $('document-title').textContent = doc.path;
  const paged = doc.pages.length > 1 || evidence.some((e) => e.page !== null);
  const parts = [];
  let firstMark = null;
  for (const page of doc.pages) {
    if (paged) parts.push(el('span', { class: 'page-break' }, `page ${page.number}`));
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
  firstMark?.scrollIntoView({ block: 'center' });
}

/** Accept, reject, or correct with `{ typed }` (as a reviewer types it) or `{ value }` (a candidate's value). */
async function act(action, correction = {}) {
  const record = state.record;
  if (!record || !state.field) return;
  const reviewer = $('reviewer').value.trim() || undefined;
  const comment = $('comment')?.value.trim() || undefined;
  try {
    const body = { reviewer, comment, ...(action === 'correct' ? correction : {}) };
    await api(`/api/records/${record.id}/fields/${encodeURIComponent(state.field)}/${action}`, body);
    say(`${action}: #${record.id} ${state.field}`);
    const field = state.field;
    await loadQueue();
    await showRecord(record.id, field);
  } catch (error) {
    say(`Could not ${action}: ${error.message}`);
  }
}

document.addEventListener('keydown', (event) => {
  const typing = event.target instanceof HTMLInputElement;
  if (typing || event.ctrlKey || event.metaKey || event.altKey) return;
  if (event.key === 'j') void select(Math.min(state.index + 1, state.queue.length - 1));
  else if (event.key === 'k') void select(Math.max(state.index - 1, 0));
  else if (event.key === 'a') void act('accept');
  else if (event.key === 'r') void act('reject');
  else if (event.key === 'c') {
    event.preventDefault();
    $('correction')?.focus();
  } else return;
});

$('reviewer').value = localStorage.getItem('iop-reviewer') ?? '';
$('reviewer').addEventListener('change', () => localStorage.setItem('iop-reviewer', $('reviewer').value.trim()));
/** A link such as #record=12&field=amount opens that record's field. */
async function start() {
  await loadQueue();
  const linked = new URLSearchParams(location.hash.slice(1));
  const id = Number(linked.get('record'));
  if (Number.isInteger(id) && id > 0) await showRecord(id, linked.get('field') ?? 'amount');
  say(state.queue.length ? 'Press j to start.' : 'Nothing to review.');
}

start().catch((error) => say(`Could not load: ${error.message}`));
