/** The failed documents: what `iop failed` lists and `iop retry` runs again. */
import type { ErrorCode } from '../pipeline/contract.js';
import type { Dataset } from './db/open.js';

export interface FailedDocument {
  sha256: string;
  path: string;
  bytes: number;
  code: ErrorCode;
  message: string;
  updatedAt: string;
}

export function listFailures(db: Dataset, code?: string): FailedDocument[] {
  return db
    .prepare(
      `SELECT sha256, path, bytes, error_code AS code, error_message AS message, updated_at AS updatedAt
       FROM documents WHERE status = 'failed' AND (@code IS NULL OR error_code = @code) ORDER BY error_code, path`,
    )
    .all({ code: code ?? null }) as FailedDocument[];
}
