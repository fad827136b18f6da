/**
 * Issue 9, end to end: the development set's whole Kungsbacka protocols (fixtures/devset/docs/p_*.txt)
 * ingested with the built CLI. Each true matter (fixtures/devset/gold/p_*.json) is its own record with its
 * own decision; the look-alike §§ produce nothing; a withdrawn § lends its case number to nothing; the
 * committee's proposal and the board's decision of one matter are one record; an extension follows the
 * earlier period; and a reviewer's "not a partnership" survives re-ingest and refresh.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PACKAGE_ROOT } from '../output/package-root.js';
import { iop } from './review-helpers.js';

const DEVSET = join(PACKAGE_ROOT, 'fixtures', 'devset');
const PROTOCOLS = readdirSync(join(DEVSET, 'docs')).filter((f) => /^p_\d+\.txt$/.test(f)).sort();

interface GoldMatter {
  kind: string;
  paragraph: string;
  diarienummer: string[];
  decision: { date: string; body: string; paragraph: string; outcome: string };
}
const gold = new Map(PROTOCOLS.map((file) => [file, (JSON.parse(readFileSync(join(DEVSET, 'gold', file.replace('.txt', '.json')), 'utf8')) as { partnerships: GoldMatter[] }).partnerships]));

interface Statement {
  record: number;
  status: string;
  file: string;
  paragraph: string | null;
  decision: { date: string | null; body: string | null; paragraph: string | null; outcome: string } | null;
}

let dir: string;
let docs: string;
let file: string;
let statements: Statement[];

function readStatements(): Statement[] {
  const db = new Database(file, { readonly: true });
  try {
    const rows = db
      .prepare(
        `SELECT m.partnership_id AS record, p.status, d.path, m.paragraph, m.decision_json FROM reconciled_members m
         JOIN reconciled_partnerships p ON p.id = m.partnership_id JOIN documents d ON d.id = m.document_id`,
      )
      .all() as { record: number; status: string; path: string; paragraph: string | null; decision_json: string | null }[];
    return rows.map((r) => ({ record: r.record, status: r.status, file: r.path.split('/').at(-1)!, paragraph: r.paragraph, decision: r.decision_json ? JSON.parse(r.decision_json) : null }));
  } finally {
    db.close();
  }
}
const normalise = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, '').toLocaleLowerCase('sv');
const statementOf = (file: string, paragraph: string) => statements.find((s) => s.file === file && normalise(s.paragraph) === normalise(paragraph));

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'iop-matters-'));
  docs = join(dir, 'docs');
  mkdirSync(docs);
  for (const p of PROTOCOLS) copyFileSync(join(DEVSET, 'docs', p), join(docs, p));
  file = join(dir, 'd.sqlite');
  iop(['ingest', docs, '--db', file, '--json']);
  statements = readStatements();
}, 600_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('whole protocols, reconciled per matter', () => {
  it('makes each true matter its own record, with its own decision', () => {
    for (const [protocol, matters] of gold) {
      for (const matter of matters) {
        const statement = statementOf(protocol, matter.paragraph);
        expect(statement, `${protocol} ${matter.paragraph}`).toBeDefined();
        expect({ ...statement!.decision, body: normalise(statement!.decision?.body), paragraph: normalise(statement!.decision?.paragraph) }, `${protocol} ${matter.paragraph}`).toEqual({
          ...matter.decision,
          body: normalise(matter.decision.body),
          paragraph: normalise(matter.decision.paragraph),
        });
      }
      // Two matters of one protocol are never one record.
      const records = matters.map((m) => statementOf(protocol, m.paragraph)?.record);
      expect(new Set(records).size, protocol).toBe(matters.length);
    }
  });

  it('takes nothing from the look-alike §§: only the true matters are statements', () => {
    const expected = [...gold].flatMap(([protocol, matters]) => matters.map((m) => `${protocol} ${normalise(m.paragraph)}`)).sort();
    expect(statements.map((s) => `${s.file} ${normalise(s.paragraph)}`).sort()).toEqual(expected);
  });

  it("makes the KS-AU proposal and the KS decision one record with both decisions, and links no other protocols' matters", () => {
    const grant = statementOf('p_08.txt', '§ 135')!;
    expect(statementOf('p_12.txt', '§ 174')?.record).toBe(grant.record);
    const agreements = statementOf('p_08.txt', '§ 136')!;
    expect(statementOf('p_17.txt', '§ 187')?.record).toBe(agreements.record);
    const history = JSON.parse(iop(['review', 'show', String(grant.record), '--json', '--db', file])) as { decisions: { decision: { outcome: string; date: string } | null }[] };
    expect(history.decisions.map((d) => [d.decision?.date, d.decision?.outcome])).toEqual([
      ['2025-06-03', 'förslag'],
      ['2025-06-17', 'bifall'],
    ]);
    // Every other record holds one statement: no withdrawn or look-alike § linked two matters.
    const sizes = new Map<number, number>();
    for (const s of statements) sizes.set(s.record, (sizes.get(s.record) ?? 0) + 1);
    expect([...sizes].filter(([record, n]) => n > 1 && record !== grant.record && record !== agreements.record)).toEqual([]);
  });

  it("makes the 2026 extension of Erikshjälpen's IOP the successor of the 2024 one", () => {
    const earlier = statementOf('p_02.txt', '§ 81')!;
    const later = statementOf('p_06.txt', '§ 84')!;
    expect(earlier.record).not.toBe(later.record);
    const shown = JSON.parse(iop(['review', 'show', String(later.record), '--json', '--db', file])) as { relations: { role: string; other: number }[] };
    expect(shown.relations).toContainEqual(expect.objectContaining({ role: 'predecessor', other: earlier.record }));
  });

  it('keeps a record marked "not a partnership" out of the registry through re-ingest and refresh', { timeout: 600_000 }, () => {
    const marked = statementOf('p_10.txt', '§ 34')!;
    const out = iop(['review', 'not-partnership', String(marked.record), '--db', file, '--reviewer', 'anna', '--comment', 'test']);
    expect(out).toContain(`record ${marked.record}: marked not a partnership`);
    const active = () => (JSON.parse(iop(['export', '--reconciled', '--format', 'json', '--db', file])) as { partnership_id: number }[]).map((r) => r.partnership_id);
    expect(active()).not.toContain(marked.record);
    // Re-ingest changed content, then refresh from an older extractor version.
    writeFileSync(join(docs, 'p_10.txt'), `${readFileSync(join(docs, 'p_10.txt'), 'utf8')}\n`);
    iop(['ingest', docs, '--db', file, '--json']);
    const db = new Database(file);
    db.prepare('UPDATE documents SET extractor_version = 0').run();
    db.close();
    iop(['refresh', '--db', file, '--json']);
    statements = readStatements();
    expect(statementOf('p_10.txt', '§ 34')?.record).toBe(marked.record);
    expect(active()).not.toContain(marked.record);
    expect(active().length).toBeGreaterThan(0);
  });
});
