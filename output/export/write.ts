/**
 * Writing export rows as CSV for Swedish Excel (UTF-8 with BOM, semicolons, decimal commas, ISO dates,
 * whole-krona integers, 1/0 for yes/no, Swedish words for coded values, a header row always), NDJSON or JSON
 * (lists as arrays, values as typed).
 */
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { stringify } from 'csv-stringify';
import { flatRow, type ListRow } from './rows.js';

export const EXPORT_FORMATS = ['csv', 'ndjson', 'json'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** Coded values as a Swedish reader of the CSV says them; the JSON formats keep the codes. */
export const CSV_VALUE_TEXT: Record<string, Record<string, string>> = {
  amount_per: { year: 'per år', total: 'totalt', once: 'engångs', unknown: 'okänt' },
};

async function write(out: Writable, chunk: string): Promise<void> {
  if (!out.write(chunk)) await once(out, 'drain');
}

function csvRow(row: Readonly<ListRow>): Record<string, unknown> {
  const flat = flatRow(row);
  for (const [column, texts] of Object.entries(CSV_VALUE_TEXT)) {
    const value = flat[column];
    if (typeof value === 'string') flat[column] = texts[value] ?? value;
  }
  return flat;
}

async function writeCsv(rows: readonly ListRow[], columns: readonly string[], out: Writable): Promise<void> {
  const csv = stringify({
    header: true,
    columns: [...columns],
    delimiter: ';',
    bom: true,
    // A cell starting with = + - @ (or tab, CR) is a formula to Excel: prefixed with ' it is text. Applies to
    // every string cell, machine values and reviewers' corrections alike; numbers are not touched.
    escape_formulas: true,
    cast: {
      // Swedish Excel reads "0.85" as text (or a date); it wants "0,85". Amounts and counts are integers.
      number: (n) => (Number.isInteger(n) ? String(n) : String(n).replace('.', ',')),
      boolean: (b) => (b ? '1' : '0'),
    },
  });
  csv.pipe(out, { end: false });
  for (const row of rows) if (!csv.write(csvRow(row))) await once(csv, 'drain');
  csv.end();
  await once(csv, 'end');
}

/** Writes rows with the given columns (the CSV header, even when there are no rows). */
export async function writeExport(rows: readonly ListRow[], columns: readonly string[], format: ExportFormat, out: Writable): Promise<void> {
  if (format === 'csv') return writeCsv(rows, columns, out);
  if (format === 'ndjson') {
    for (const row of rows) await write(out, `${JSON.stringify(row)}\n`);
    return;
  }
  await write(out, '[\n');
  for (const [i, row] of rows.entries()) await write(out, `${JSON.stringify(row)}${i < rows.length - 1 ? ',' : ''}\n`);
  await write(out, ']\n');
}
