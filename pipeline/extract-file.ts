/**
 * What a user gets for one file, as `iop extract` prints it and `iop eval` scores it: processFile's
 * result, checked against the contract (JSON out is a boundary). It never throws: a file that cannot be
 * read, or whose extraction fails or breaks the contract, gets the contract's error shape instead.
 */
import { z } from 'zod';
import { maskIdentityNumbersInPath } from './clean/identity-numbers.js';
import { DocumentResultSchema, type DocumentResult } from './contract.js';
import { processFile } from './process.js';
import { failedResult } from './failed-result.js';

export async function extractFile(path: string): Promise<DocumentResult> {
  let result: DocumentResult;
  try {
    ({ result } = await processFile(path));
  } catch (error) {
    return failedResult(maskIdentityNumbersInPath(path), 'INTERNAL', `extraction failed: ${error instanceof Error ? error.message : String(error)}`);
  }
  const checked = DocumentResultSchema.safeParse(result);
  if (!checked.success) return failedResult(maskIdentityNumbersInPath(path), 'INTERNAL', `result breaks the contract: ${z.prettifyError(checked.error)}`);
  return checked.data;
}
