/** The failed documents: what `iop failed` lists and `iop retry` runs again. */
import type { ErrorCode } from '../pipeline/contract.js';
import type { Dataset } from './db/open.js';
import { filePath } from './db/paths.js';

export interface FailedDocument {
  sha256: string;
  /** Where the file is (stored paths are resolved against the dataset's folder), so retry can read it. */
  path: string;
  bytes: number;
  code: ErrorCode;
  message: string;
  updatedAt: string;
}

export function listFailures(db: Dataset, code?: string): FailedDocument[] {
  const failures = db
    .prepare(
      `SELECT sha256, path, bytes, error_code AS code, error_message AS message, updated_at AS updatedAt
       FROM documents WHERE status = 'failed' AND (@code IS NULL OR error_code = @code) ORDER BY error_code, path`,
    )
    .all({ code: code ?? null }) as FailedDocument[];
  return failures.map((f) => ({ ...f, path: filePath(db, f.path) }));
}
