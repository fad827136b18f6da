/**
 * The one writer of the dataset. Each document's rows — the document, its pages, its partnerships, field
 * values with evidence, organisation links, its matters — are replaced together, all or nothing (its own
 * transaction, or its own savepoint in a batch of many; its pages' search rows follow in the batch's
 * transaction), so a crash or kill never leaves half a document, and storing the same document twice leaves
 * it stored once. Statements are prepared once per writer.
 * Every path it stores, refreshes or forgets is marked for the next reconcile step.
 */
import type { DocumentResult } from '../pipeline/contract.js';
import { EXTRACTOR_VERSION } from '../pipeline/extractor-version.js';
import { pageFacts } from '../pipeline/reconcile/text-facts.js';
import type { Page, ReadMeta } from '../pipeline/read/types.js';
import type { Dataset } from './db/open.js';
import { pathStyle, storedPath } from './db/paths.js';
import { fieldRows, ORGANISATION_ROLES } from './fields.js';

/** A file as the ingest found it, before reading: its identity is the hash of its bytes. */
export interface SourceFile {
  path: string;
  sha256: string;
  bytes: number;
}

/** What the per-document stages made of one file (pipeline/process.ts), with the file it came from. */
export interface DocumentOutcome {
  file: SourceFile;
  meta: ReadMeta | null;
  pages: readonly Page[];
  result: DocumentResult;
}

export class DatasetWriter {
  private readonly upsertDocument;
  private readonly updateExtraction;
  private readonly deletePages;
  private readonly insertPage;
  private readonly indexPages;
  private readonly deletePartnerships;
  private readonly deleteDocumentFields;
  private readonly insertPartnership;
  private readonly insertField;
  private readonly insertEvidence;
  private readonly organisationId;
  private readonly insertOrganisation;
  private readonly linkOrganisation;
  private readonly deleteDocument;
  private readonly pathOf;
  private readonly pathOfId;
  private readonly markPending;
  private readonly deleteMatters;
  private readonly insertMatter;
  private readonly pageTexts;
  /** Paths are stored relative to the dataset's folder unless the dataset says absolute (output/db/paths.ts). */
  private readonly pathStyle;

  constructor(private readonly db: Dataset) {
    this.pathStyle = pathStyle(db);
    this.upsertDocument = db.prepare(`
      INSERT INTO documents (sha256, path, bytes, format, paged, page_count, ocr_pages, encoding, masked_identity_numbers,
        warnings, doc_type, status, error_code, error_message, extractor_version, result_json, reconcile_facts_json, ingested_at, updated_at)
      VALUES (@sha256, @path, @bytes, @format, @paged, @pageCount, @ocrPages, @encoding, @masked,
        @warnings, @docType, @status, @errorCode, @errorMessage, @version, @resultJson, @factsJson, @now, @now)
      ON CONFLICT (sha256) DO UPDATE SET path = excluded.path, bytes = excluded.bytes, format = excluded.format,
        paged = excluded.paged, page_count = excluded.page_count, ocr_pages = excluded.ocr_pages, encoding = excluded.encoding,
        masked_identity_numbers = excluded.masked_identity_numbers, warnings = excluded.warnings, doc_type = excluded.doc_type,
        status = excluded.status, error_code = excluded.error_code, error_message = excluded.error_message,
        extractor_version = excluded.extractor_version, result_json = excluded.result_json,
        reconcile_facts_json = excluded.reconcile_facts_json, updated_at = excluded.updated_at
      RETURNING id`);
    this.updateExtraction = db.prepare(
      'UPDATE documents SET doc_type = ?, extractor_version = ?, result_json = ?, reconcile_facts_json = ?, updated_at = ? WHERE id = ?',
    );
    this.pageTexts = db.prepare('SELECT text FROM pages WHERE document_id = ? ORDER BY number').pluck();
    this.deletePages = db.prepare('DELETE FROM pages WHERE document_id = ?');
    this.insertPage = db.prepare('INSERT INTO pages (document_id, number, text, source) VALUES (?, ?, ?, ?)');
    // The search index of the pages of the given documents (a JSON array of ids), read back from pages so a
    // document rolled back has none and one stored twice in a batch is indexed once (migration 115).
    this.indexPages = db.prepare(`
      INSERT INTO pages_fts (rowid, text)
      SELECT document_id * 1000000 + number, text FROM pages WHERE document_id IN (SELECT value FROM json_each(?))`);
    this.deletePartnerships = db.prepare('DELETE FROM partnerships WHERE document_id = ?');
    this.deleteDocumentFields = db.prepare('DELETE FROM field_values WHERE document_id = ?');
    // Their ids from run()'s lastInsertRowid: a RETURNING clause costs SQLite a result row per insert.
    this.insertPartnership = db.prepare('INSERT INTO partnerships (document_id, ordinal) VALUES (?, ?)');
    this.insertField = db.prepare(`
      INSERT INTO field_values (document_id, partnership_id, field, ordinal, value_json, value_text, confidence, needs_review)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?)`);
    this.insertEvidence = db.prepare('INSERT INTO evidence (field_value_id, ordinal, page, start, "end", text) VALUES (?, ?, ?, ?, ?, ?)');
    // Looked up before inserted: most links name an organisation stored already, and a read writes no page.
    this.organisationId = db.prepare('SELECT id FROM organisations WHERE name = ?').pluck();
    this.insertOrganisation = db.prepare('INSERT INTO organisations (name) VALUES (?) RETURNING id').pluck();
    this.deleteDocument = db.prepare('DELETE FROM documents WHERE sha256 = ?');
    this.pathOf = db.prepare('SELECT path FROM documents WHERE sha256 = ?').pluck();
    this.pathOfId = db.prepare('SELECT path FROM documents WHERE id = ?').pluck();
    this.markPending = db.prepare('INSERT OR IGNORE INTO reconcile_pending (path) VALUES (?)');
    this.deleteMatters = db.prepare('DELETE FROM matters WHERE document_id = ?');
    this.insertMatter = db.prepare(`
      INSERT INTO matters (document_id, ordinal, paragraph, title, kind, confidence, rule, partnership_ordinal, page, start, end_page, "end")
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
    this.linkOrganisation = db.prepare(
      'INSERT OR IGNORE INTO partnership_organisations (partnership_id, organisation_id, role, field_value_id) VALUES (?, ?, ?, ?)',
    );
  }

  /** Stores one document's outcome (done or failed) in its own transaction; returns its documents.id. */
  store(outcome: DocumentOutcome): number {
    const [stored] = this.storeMany([outcome]);
    if (stored instanceof Error) throw stored;
    return stored!;
  }

  /**
   * Stores many documents with one commit — what keeps the one writer ahead of any number of processes —
   * each document still all-or-nothing in its own savepoint: one that cannot be stored is rolled back alone
   * and its error returned in its place; the others are stored.
   */
  storeMany(outcomes: readonly DocumentOutcome[]): (number | Error)[] {
    return this.db
      .transaction(() => {
        const stored = outcomes.map((outcome) => {
          try {
            return this.storeOne(outcome);
          } catch (error) {
            return error instanceof Error ? error : new Error(String(error));
          }
        });
        // After the savepoints, in one statement: FTS5 writes an index segment per savepoint that holds rows.
        this.indexPages.run(JSON.stringify([...new Set(stored.filter((id) => typeof id === 'number'))]));
        return stored;
      })
      .immediate();
  }

  /** One document's rows, in a savepoint of the caller's transaction. */
  private storeOne(outcome: DocumentOutcome): number {
    return this.db.transaction(() => {
      const { file, meta, result } = outcome;
      const path = storedPath(this.db, file.path, this.pathStyle);
      this.pending(this.pathOf.get(file.sha256) as string | undefined);
      this.pending(path);
      const { id } = this.upsertDocument.get({
        sha256: file.sha256,
        path,
        bytes: file.bytes,
        format: meta?.format ?? null,
        paged: meta?.paged ? 1 : 0,
        pageCount: meta?.pageCount ?? 0,
        ocrPages: meta?.ocrPages ?? 0,
        encoding: meta?.encoding ?? null,
        masked: meta?.maskedIdentityNumbers ?? 0,
        warnings: JSON.stringify(meta?.warnings ?? []),
        docType: result.error ? null : result.docType.value,
        status: result.error ? 'failed' : 'done',
        errorCode: result.error?.code ?? null,
        errorMessage: result.error?.message ?? null,
        version: EXTRACTOR_VERSION,
        resultJson: result.error ? null : JSON.stringify(result),
        factsJson: result.error ? null : factsJson(result, outcome.pages.map((p) => p.text)),
        now: new Date().toISOString(),
      }) as { id: number };
      this.deletePages.run(id);
      for (const page of outcome.pages) this.insertPage.run(id, page.number, page.text, page.source);
      this.replaceFields(id, result);
      return id;
    })();
  }

  /** Replaces a stored document's extraction (iop refresh); its pages stay as they are. */
  storeExtraction(documentId: number, result: DocumentResult): void {
    this.db.transaction(() => {
      this.pending(this.pathOfId.get(documentId) as string | undefined);
      const facts = factsJson(result, this.pageTexts.all(documentId) as string[]);
      this.updateExtraction.run(result.docType.value, EXTRACTOR_VERSION, JSON.stringify(result), facts, new Date().toISOString(), documentId);
      this.replaceFields(documentId, result);
    }).immediate();
  }

  /** Removes a document and everything stored with it (a failed row whose file has since changed). */
  forget(sha256: string): void {
    this.db.transaction(() => {
      this.pending(this.pathOf.get(sha256) as string | undefined);
      this.deleteDocument.run(sha256);
    }).immediate();
  }

  /** The path's records are reconciled again at the next reconcile step (output/review/records.ts). */
  private pending(path: string | undefined): void {
    if (path !== undefined) this.markPending.run(path);
  }

  private replaceFields(documentId: number, result: DocumentResult): void {
    this.deletePartnerships.run(documentId);
    this.deleteDocumentFields.run(documentId);
    this.deleteMatters.run(documentId);
    if (result.error) return;
    result.matters.forEach((m, ordinal) =>
      this.insertMatter.run(documentId, ordinal, m.paragraph, m.title, m.kind, m.confidence, m.rule, m.partnership, m.page, m.start, m.endPage, m.end),
    );
    const partnershipIds = result.partnerships.map((_, ordinal) => Number(this.insertPartnership.run(documentId, ordinal).lastInsertRowid));
    for (const row of fieldRows(result)) {
      const partnershipId = row.partnership === null ? null : partnershipIds[row.partnership]!;
      const { lastInsertRowid } = this.insertField.run(
        documentId,
        partnershipId,
        row.field,
        row.ordinal,
        JSON.stringify(row.value),
        row.text,
        row.confidence,
        row.needsReview ? 1 : 0,
      );
      const id = Number(lastInsertRowid);
      row.evidence.forEach((e, i) => this.insertEvidence.run(id, i, e.page, e.start, e.end, e.text));
      if (partnershipId !== null && row.field in ORGANISATION_ROLES) {
        const organisation = (this.organisationId.get(row.value) ?? this.insertOrganisation.get(row.value)) as number;
        this.linkOrganisation.run(partnershipId, organisation, ORGANISATION_ROLES[row.field as keyof typeof ORGANISATION_ROLES], id);
      }
    }
  }
}

/** What reconcile reads from the text (pipeline/reconcile/text-facts.ts), read once here rather than at every reconcile step. */
const factsJson = (result: DocumentResult, pages: readonly string[]) => JSON.stringify(pageFacts(result, pages));
