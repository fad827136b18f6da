/** The registry (registry-entries.ts) as Markdown: a heading per kommun/region, one list item per partnership. */
import type { Registry, RegistryEntry } from './registry-entries.js';

/** Text as Markdown shows it literally: every character Markdown could read as markup is escaped. */
const text = (s: string) => s.replace(/[\\`*_{}[\]()<>#+!|~]/g, '\\$&');
/** A link target with the characters that would end it percent-encoded. */
const target = (href: string) => href.replace(/[()\s<>]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);

function item(e: RegistryEntry): string {
  const head = `**${text(e.ideburna)}** — ${text(e.offentliga)}${e.organ ? ` (${text(e.organ)})` : ''}`;
  const facts = [`${text(e.period)}${e.ended ? ' (avslutat)' : ''}`, e.amount && text(e.amount), e.kind && text(e.kind), e.decision && text(e.decision), e.continues].filter(Boolean);
  const lines = [`- ${head}  \n  ${facts.join(' · ')}`];
  if (e.targetGroups) lines.push(`  Målgrupp: ${text(e.targetGroups)}`);
  const links = e.evidence.map((l) => `[${text(l.label)}](${target(l.href)})`);
  lines.push(`  Underlag: ${links.length ? links.join(', ') : 'saknas'} · ${e.review} · post ${e.recordId}`);
  return lines.join('  \n');
}

export function registryMarkdown(registry: Registry): string {
  const out = [
    '# Idéburna offentliga partnerskap',
    '',
    text(registry.about),
  ];
  for (const section of registry.sections) {
    out.push('', `## ${section.title}`);
    for (const group of section.groups) {
      out.push('', `### ${text(group.name)} (${group.entries.length})`, '', ...group.entries.map(item));
    }
  }
  return `${out.join('\n')}\n`;
}
