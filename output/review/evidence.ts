/** Evidence in its context: the stored page text around an evidence span, for `review show` and the web page. */
import type { Evidence } from '../../pipeline/contract.js';
import type { Dataset } from '../db/open.js';

export interface EvidenceInContext {
  page: number | null;
  before: string;
  text: string;
  after: string;
}

const CONTEXT_CHARS = 90;

export function evidenceInContext(db: Dataset, documentId: number, evidence: Evidence): EvidenceInContext {
  // Plain text is stored as page 1 while its evidence carries page null.
  const pageText = (db.prepare('SELECT text FROM pages WHERE document_id = ? AND number = ?').pluck().get(documentId, evidence.page ?? 1) as string | undefined) ?? '';
  const inPage = pageText.slice(evidence.start, evidence.end) === evidence.text;
  if (!inPage) return { page: evidence.page, before: '', text: evidence.text, after: '' };
  const squash = (s: string) => s.replace(/\s+/g, ' ');
  return {
    page: evidence.page,
    before: squash(pageText.slice(Math.max(0, evidence.start - CONTEXT_CHARS), evidence.start)),
    text: squash(evidence.text),
    after: squash(pageText.slice(evidence.end, evidence.end + CONTEXT_CHARS)),
  };
}

export interface DocumentPages {
  documentId: number;
  path: string;
  pages: { number: number; text: string }[];
}

export function documentPages(db: Dataset, documentId: number): DocumentPages | null {
  const path = db.prepare('SELECT path FROM documents WHERE id = ?').pluck().get(documentId) as string | undefined;
  if (path === undefined) return null;
  const pages = db.prepare('SELECT number, text FROM pages WHERE document_id = ? ORDER BY number').all(documentId) as DocumentPages['pages'];
  return { documentId, path, pages };
}
