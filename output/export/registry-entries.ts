/**
 * The registry as a person publishes it (`iop registry`): partnerships grouped by kommun and region, one entry
 * per partnership with its parties, period, amount and kind in Swedish, and links to the pages of the
 * documents it was read from. This module builds the entries; registry-markdown.ts and registry-html.ts
 * only lay them out.
 */
import { basename, dirname, relative, resolve, sep } from 'node:path';
import type { Dataset } from '../db/open.js';
import { registryRows, type RegistryRow } from './registry.js';

export interface EvidenceLink {
  /** "seed_004.pdf s. 13, 14" */
  label: string;
  /** A relative URL to the document (its first evidence page for a PDF). */
  href: string;
}

export interface RegistryEntry {
  recordId: number;
  ideburna: string;
  offentliga: string;
  organ: string | null;
  period: string;
  ended: boolean;
  amount: string | null;
  kind: string | null;
  targetGroups: string | null;
  decision: string | null;
  /** "granskat", "delvis granskat", "maskinläst", "maskinläst, att granska" */
  review: string;
  /** "fortsätter post 80": the records this one continues (an earlier period between the same parties). */
  continues: string | null;
  evidence: EvidenceLink[];
}

export interface RegistryGroup {
  /** "Göteborgs stad", "Region Skåne", or "Kommun eller region okänd" */
  name: string;
  entries: RegistryEntry[];
}

export interface RegistrySection {
  /** "Kommuner", "Regioner", "Övriga" */
  title: string;
  groups: RegistryGroup[];
}

export interface Registry {
  /** The sentence under the title: what the list holds, when it was made, what "granskat" means. */
  about: string;
  made: string;
  partnerships: number;
  documents: number;
  sections: RegistrySection[];
}

export interface RegistryOptions {
  /** The dataset file: stored relative paths are relative to its folder. */
  dbFile: string;
  /** Where the page will be written: links are relative to its folder (default: the current folder). */
  outFile?: string;
  /** Today's date (YYYY-MM-DD), for "avslutat". */
  today?: string;
}

const KIND_TEXT: Record<string, string> = { iop: 'IOP', overenskommelse: 'överenskommelse', bidrag: 'bidrag' };
const PER_TEXT: Record<string, string> = { year: 'kr per år', total: 'kr totalt', once: 'kr engångs', unknown: 'kr' };
const UNKNOWN_PLACE = 'Kommun eller region okänd';
const collator = new Intl.Collator('sv');
const kronor = new Intl.NumberFormat('sv-SE', { maximumFractionDigits: 0 });

const list = (value: unknown): string[] => (Array.isArray(value) ? value.map(String) : []);
const joinedOrNull = (values: string[]) => (values.length ? values.join(', ') : null);

function periodText(row: RegistryRow): string {
  const start = row.period_start as string | null;
  const end = row.period_end as string | null;
  if (!start && !end) return row.period_open_ended ? 'tills vidare' : 'period okänd';
  return `${start ?? '?'} – ${end ?? (row.period_open_ended ? 'tills vidare' : '?')}`;
}

function amountText(row: RegistryRow): string | null {
  if (row.amount_sek === null) return null;
  return `${kronor.format(row.amount_sek as number)} ${PER_TEXT[row.amount_per as string] ?? 'kr'}`;
}

function decisionText(row: RegistryRow): string | null {
  const parts = [row.decision_body, row.decision_paragraph, row.decision_date].filter((p): p is string => typeof p === 'string' && p !== '');
  return parts.length ? `beslut: ${parts.join(' ')}${row.decision_outcome ? ` (${row.decision_outcome})` : ''}` : null;
}

function reviewText(row: RegistryRow): string {
  if (row.review_state === 'reviewed') return 'granskat';
  if (row.review_state === 'partly reviewed') return 'delvis granskat';
  return (row.fields_needing_review as number) > 0 ? 'maskinläst, att granska' : 'maskinläst';
}

/** A relative URL from the page's folder to a document, each path segment percent-encoded (no scheme can sneak in). */
function documentHref(documentPath: string, pageFolder: string, page: number | null): string {
  const url = relative(pageFolder, documentPath).split(sep).map(encodeURIComponent).join('/');
  return page !== null && /\.pdf$/i.test(documentPath) ? `${url}#page=${page}` : url;
}

function evidenceLinks(db: Dataset, options: RegistryOptions): Map<number, EvidenceLink[]> {
  const rows = db
    // The pages that state what the entry says: its parties, amount and period.
    .prepare(`SELECT DISTINCT record_id, path, page FROM evidence_v WHERE field IN ('ideburna', 'offentliga', 'organ', 'amount', 'period') ORDER BY record_id, path, page`)
    .all() as { record_id: number; path: string; page: number | null }[];
  const dataFolder = dirname(resolve(options.dbFile));
  const pageFolder = dirname(resolve(options.outFile ?? 'registry'));
  const byRecord = new Map<number, Map<string, number[]>>();
  for (const row of rows) {
    const documents = byRecord.get(row.record_id) ?? new Map<string, number[]>();
    byRecord.set(row.record_id, documents);
    const pages = documents.get(row.path) ?? [];
    documents.set(row.path, pages);
    if (row.page !== null) pages.push(row.page);
  }
  return new Map(
    [...byRecord].map(([id, documents]) => [
      id,
      [...documents].map(([path, pages]) => ({
        label: `${basename(path)}${pages.length ? ` s. ${pages.join(', ')}` : ''}`,
        href: documentHref(resolve(dataFolder, path), pageFolder, pages[0] ?? null),
      })),
    ]),
  );
}

function entry(row: RegistryRow, evidence: EvidenceLink[], today: string): RegistryEntry {
  return {
    recordId: row.record_id as number,
    ideburna: joinedOrNull(list(row.ideburna)) ?? 'idéburen part okänd',
    offentliga: joinedOrNull(list(row.offentliga)) ?? 'offentlig part okänd',
    organ: joinedOrNull(list(row.organ)),
    period: periodText(row),
    ended: typeof row.period_end === 'string' && row.period_end < today,
    amount: amountText(row),
    kind: KIND_TEXT[row.kind as string] ?? null,
    targetGroups: joinedOrNull(list(row.target_groups)),
    decision: decisionText(row),
    review: reviewText(row),
    continues: list(row.predecessor_ids).length ? `fortsätter post ${list(row.predecessor_ids).join(', ')}` : null,
    evidence,
  };
}

export function buildRegistry(db: Dataset, options: RegistryOptions): Registry {
  const rows = registryRows(db);
  const links = evidenceLinks(db, options);
  const today = options.today ?? new Date().toISOString().slice(0, 10);
  const kinds = new Map(
    (db.prepare('SELECT DISTINCT municipality, municipality_kind FROM reconciled_organisations WHERE municipality IS NOT NULL').all() as { municipality: string; municipality_kind: string }[]).map(
      (m) => [m.municipality, m.municipality_kind],
    ),
  );
  const groups = new Map<string, RegistryEntry[]>();
  for (const row of rows) {
    const places = list(row.municipality);
    for (const place of places.length ? places : [UNKNOWN_PLACE]) groups.set(place, [...(groups.get(place) ?? []), entry(row, links.get(row.record_id as number) ?? [], today)]);
  }
  const section = (title: string, keep: (name: string) => boolean): RegistrySection => ({
    title,
    groups: [...groups]
      .filter(([name]) => keep(name))
      .sort(([a], [b]) => collator.compare(a, b))
      .map(([name, entries]) => ({ name, entries: entries.sort((a, b) => collator.compare(a.ideburna, b.ideburna) || a.recordId - b.recordId) })),
  });
  const documents = db.prepare('SELECT count(DISTINCT document_id) FROM statements_v').pluck().get() as number;
  return {
    about:
      `${rows.length} partnerskap ur ${documents} dokument, sammanställda av iop ${today}. Granskade uppgifter är bekräftade ` +
      'eller rättade av en granskare; maskinlästa är inlästa ur dokumenten och länkade till sidorna de står på.',
    made: today,
    partnerships: rows.length,
    documents,
    sections: [
      section('Kommuner', (name) => kinds.get(name) === 'kommun'),
      section('Regioner', (name) => kinds.get(name) === 'region'),
      section('Övriga', (name) => !kinds.has(name)),
    ].filter((s) => s.groups.length > 0),
  };
}
