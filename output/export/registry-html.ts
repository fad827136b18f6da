/**
 * The registry (registry-entries.ts) as one static, self-contained HTML page: no script, styles inline,
 * every value escaped; a table of contents, then per kommun/region a table with a row per partnership.
 */
import type { Registry, RegistryEntry } from './registry-entries.js';

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
/** An id for a heading: lower case, spaces as dashes, percent signs of the encoding dropped. */
const anchor = (name: string) => `k-${encodeURIComponent(name.toLowerCase().replace(/\s+/g, '-'))}`.replace(/%/g, '');

const STYLE = `
body { font: 15px/1.45 system-ui, sans-serif; margin: 2rem auto; max-width: 72rem; padding: 0 1rem; color: #1b1b1b; }
h1 { font-size: 1.6rem; } h2 { margin-top: 2.5rem; border-bottom: 2px solid #ccc; } h3 { margin-top: 1.8rem; }
table { border-collapse: collapse; width: 100%; } th, td { text-align: left; vertical-align: top; padding: .35rem .5rem; border-bottom: 1px solid #e2e2e2; }
th { background: #f4f4f4; font-weight: 600; } td.num { text-align: right; white-space: nowrap; } .muted { color: #666; font-size: .9em; }
.ended { color: #666; } nav ul { columns: 3 14rem; } @media print { nav { display: none; } }`;

function row(e: RegistryEntry): string {
  const cell = (s: string | null, cls = '') => `<td${cls ? ` class="${cls}"` : ''}>${s === null ? '—' : s}</td>`;
  const links = e.evidence.map((l) => `<a href="${escapeHtml(l.href)}">${escapeHtml(l.label)}</a>`).join('<br>');
  return `<tr${e.ended ? ' class="ended"' : ''}>${[
    cell(`${escapeHtml(e.ideburna)}${e.targetGroups ? `<div class="muted">Målgrupp: ${escapeHtml(e.targetGroups)}</div>` : ''}`),
    cell(`${escapeHtml(e.offentliga)}${e.organ ? `<div class="muted">${escapeHtml(e.organ)}</div>` : ''}`),
    cell(`${escapeHtml(e.period)}${e.ended ? '<div class="muted">avslutat</div>' : ''}`),
    cell(e.amount && escapeHtml(e.amount), 'num'),
    cell(e.kind && escapeHtml(e.kind)),
    cell(`${links || 'saknas'}${e.decision ? `<div class="muted">${escapeHtml(e.decision)}</div>` : ''}`),
    cell(`${escapeHtml(e.review)}<div class="muted">post ${e.recordId}${e.continues ? `, ${escapeHtml(e.continues)}` : ''}</div>`),
  ].join('')}</tr>`;
}

export function registryHtml(registry: Registry): string {
  const contents = registry.sections.flatMap((s) => s.groups.map((g) => `<li><a href="#${anchor(g.name)}">${escapeHtml(g.name)}</a> (${g.entries.length})</li>`));
  const body = registry.sections.map(
    (s) =>
      `<h2>${escapeHtml(s.title)}</h2>\n${s.groups
        .map(
          (g) =>
            `<h3 id="${anchor(g.name)}">${escapeHtml(g.name)} (${g.entries.length})</h3>\n<table><thead><tr><th>Idéburen part</th><th>Offentlig part</th><th>Period</th><th>Belopp</th><th>Slag</th><th>Underlag</th><th>Status</th></tr></thead><tbody>\n${g.entries.map(row).join('\n')}\n</tbody></table>`,
        )
        .join('\n')}`,
  );
  return `<!doctype html>
<html lang="sv">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>Idéburna offentliga partnerskap</title>
<style>${STYLE}</style>
</head>
<body>
<h1>Idéburna offentliga partnerskap</h1>
<p>${escapeHtml(registry.about)}</p>
<nav><ul>
${contents.join('\n')}
</ul></nav>
${body.join('\n')}
</body>
</html>
`;
}
