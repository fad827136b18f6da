/**
 * Writing the export rows as CSV (for Swedish Excel: UTF-8 with BOM, semicolons, decimal commas, ISO dates,
 * whole-krona integers, 1/0 for yes/no), NDJSON or JSON.
 */
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { stringify } from 'csv-stringify';
import type { ExportRow } from './rows.js';

export const EXPORT_FORMATS = ['csv', 'ndjson', 'json'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

async function write(out: Writable, chunk: string): Promise<void> {
  if (!out.write(chunk)) await once(out, 'drain');
}

async function writeCsv(rows: readonly ExportRow[], out: Writable): Promise<void> {
  const csv = stringify({
    header: true,
    columns: rows[0] ? Object.keys(rows[0]) : [],
    delimiter: ';',
    bom: true,
    cast: {
      // Swedish Excel reads "0.85" as text (or a date); it wants "0,85". Amounts and counts are integers.
      number: (n) => (Number.isInteger(n) ? String(n) : String(n).replace('.', ',')),
      boolean: (b) => (b ? '1' : '0'),
    },
  });
  csv.pipe(out, { end: false });
  for (const row of rows) if (!csv.write(row)) await once(csv, 'drain');
  csv.end();
  await once(csv, 'end');
}

export async function writeExport(rows: readonly ExportRow[], format: ExportFormat, out: Writable): Promise<void> {
  if (format === 'csv') return writeCsv(rows, out);
  if (format === 'ndjson') {
    for (const row of rows) await write(out, `${JSON.stringify(row)}\n`);
    return;
  }
  await write(out, '[\n');
  for (const [i, row] of rows.entries()) await write(out, `${JSON.stringify(row)}${i < rows.length - 1 ? ',' : ''}\n`);
  await write(out, ']\n');
}
