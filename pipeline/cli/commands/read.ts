/**
 * `iop read FILE... [--json]`: what the machine read — each file's clean page text (the text evidence
 * offsets point into), a header line per page; with --json one NDJSON line per file ({ pages, meta } or
 * { path, error }). A file that cannot be read prints its error code and message. Exit 1 when any failed.
 */
import { InvalidArgumentError, Option, type Command } from 'commander';
import { maskIdentityNumbersInPath } from '../../clean/identity-numbers.js';
import { readDocument } from '../../read/index.js';
import { pdfReaderNotice } from '../../read/pdf.js';
import { DEFAULT_READ_LIMITS, ReadError, type ReadDocument, type ReadOptions } from '../../read/types.js';
import { EXIT } from '../exit-codes.js';

export function registerRead(program: Command): void {
  program
    .command('read')
    .description("print each file's clean text page by page, as the extractors see it (NDJSON with --json)")
    .argument('<files...>', 'documents to read (PDF, .txt, .md)')
    .option('--json', 'print one JSON object per file: { pages, meta } or { path, error }')
    .option('--no-ocr', 'do not OCR scanned pages (they get a warning instead)')
    .option('--timeout <ms>', 'time limit per document in milliseconds', positiveInteger)
    .option('--max-memory <mb>', `memory limit of reading one document, in MB (default ${DEFAULT_READ_LIMITS.maxMemoryMb})`, positiveInteger)
    .addOption(new Option('--pdf-reader <reader>', 'PDF text reader: pdftotext where installed, else pdf.js').choices(['auto', 'pdftotext', 'pdf.js']).default('auto'))
    .addHelpText('after', '\nExample:\n  iop read fixtures/pdf/seed_000.pdf\n  iop read --json fixtures/seeds/*.txt > read.ndjson\n')
    .action(async (files: string[], options: { json?: boolean; ocr: boolean; timeout?: number; maxMemory?: number; pdfReader: ReadOptions['pdfReader'] }) => {
      const readOptions: ReadOptions = {
        ocr: options.ocr,
        pdfReader: options.pdfReader,
        ...(options.timeout ? { timeoutMs: options.timeout } : {}),
        ...(options.maxMemory ? { maxMemoryMb: options.maxMemory } : {}),
      };
      let failed = false;
      // Once, on stderr (stdout stays one JSON line per file): which program reads the PDFs.
      if (files.some((file) => file.toLowerCase().endsWith('.pdf'))) process.stderr.write(`${await pdfReaderNotice(options.pdfReader)}\n`);
      for (const file of files) {
        const path = maskIdentityNumbersInPath(file);
        try {
          const doc = await readDocument(file, readOptions);
          process.stdout.write(options.json ? `${JSON.stringify(doc)}\n` : formatDocument(path, doc));
        } catch (error) {
          if (!(error instanceof ReadError)) throw error;
          failed = true;
          const { code, message } = error;
          process.stdout.write(options.json ? `${JSON.stringify({ path, error: { code, message } })}\n` : `${path}: FAILED ${code}: ${message}\n\n`);
        }
      }
      if (failed) process.exitCode = EXIT.failed;
    });
}

function formatDocument(path: string, doc: ReadDocument): string {
  const { meta } = doc;
  const about = [meta.format === 'text' ? meta.encoding : null, `${meta.pageCount} page(s)`, meta.reader ? `text layer by ${meta.reader}` : null, meta.ocrPages ? `${meta.ocrPages} by OCR` : null];
  const lines = [`${path}: ${about.filter(Boolean).join(', ')}`, ...meta.warnings.map((warning) => `warning: ${warning}`)];
  for (const page of doc.pages) lines.push(`--- page ${page.number} (${page.source}) ---`, page.text);
  return `${lines.join('\n')}\n\n`;
}

function positiveInteger(value: string): number {
  const number = Number(value);
  if (!Number.isInteger(number) || number <= 0) throw new InvalidArgumentError('expected a positive whole number');
  return number;
}
