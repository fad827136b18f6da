/**
 * Renders a plain text into a PDF that looks like what Swedish municipalities publish: A4, a running
 * header ("Region X   Protokoll   Sida 3 (7)"), a signature-box footer ("Justerandes signatur /
 * Utdragsbestyrkande") and a page number, justified body text hyphenated at line ends, one page set in two
 * columns, and the first list laid out as a ruled table. Used by scripts/make-fixtures.ts for the seed PDFs
 * and by tests and benchmarks that need large corpora:
 *
 *     const pdf: Buffer = await renderMunicipalPdf(text, { organisation: 'Region Gotland', documentType: 'Protokoll' });
 *
 * The text is typeset here, line by line (pdfkit only draws): a hyphen appears only where a line really
 * breaks inside a word, as in a word processor's output. Deterministic: the same text and options give
 * byte-identical PDFs (fixed info dates, no random ids).
 */
import PDFDocument from 'pdfkit';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root: the nearest folder above this module with a package.json (works from src and dist). */
export const REPO_ROOT = findRepoRoot(dirname(fileURLToPath(import.meta.url)));
/** DejaVu Sans (has å/ä/ö/é/§), committed so that a fresh clone can regenerate without fonts-dejavu-core. */
export const DEFAULT_FONT = join(REPO_ROOT, 'fixtures/fonts/DejaVuSans.ttf');

export interface RenderOptions {
  /** Left part of the running header, e.g. the authority ("Region Gotland"). */
  organisation: string;
  /** Middle part of the running header, e.g. "Protokoll", "Tjänsteskrivelse". */
  documentType: string;
  /** A TTF font with Swedish letters; DEFAULT_FONT unless given. */
  fontPath?: string;
  /** Set the paragraphs after the first page break in two columns, for one page. Default true. */
  twoColumnPage?: boolean;
  /** Lay the first list (lines starting "1.", "-", "•") out as a ruled table. Default true. */
  table?: boolean;
}

/** The info dates every rendered PDF carries, so that re-rendering gives identical bytes. */
export const FIXED_DATE = new Date('2024-01-01T00:00:00Z');

const MARGINS = { top: 80, bottom: 80, left: 70, right: 70 };
const BODY_SIZE = 10.5;
const HEADING_SIZE = 12.5;
const MARGIN_SIZE = 8.5;
const STAMP_SIZE = 6;
const LINE_HEIGHT = 1.3;
const PARAGRAPH_GAP = 6;
const COLUMN_GAP = 18;

type Block =
  | { kind: 'paragraph'; text: string }
  | { kind: 'heading'; text: string }
  | { kind: 'lines'; lines: string[] }
  | { kind: 'stamp'; fragments: string[] }
  | { kind: 'list'; items: Array<[marker: string, text: string]> };

export function renderMunicipalPdf(text: string, options: RenderOptions): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    margins: MARGINS,
    bufferPages: true,
    info: { Title: options.documentType, Producer: 'iop fixtures', Creator: 'iop fixtures', CreationDate: FIXED_DATE, ModDate: FIXED_DATE },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  doc.font(options.fontPath ?? DEFAULT_FONT);
  layOut(new Flow(doc), parseBlocks(text), { twoColumnPage: options.twoColumnPage ?? true, table: options.table ?? true });
  drawMargins(doc, options);
  doc.end();
  return done;
}

/** Blank-line separated blocks: headings, justified paragraphs, lists, and runs of short lines kept as is. */
function parseBlocks(text: string): Block[] {
  const blocks: Block[] = [];
  for (const raw of text.split(/\n[ \t]*\n/)) {
    if (isStampFragment(raw) && blocks.at(-1)?.kind === 'stamp') {
      (blocks.at(-1) as { fragments: string[] }).fragments.push(...raw.split('\n').map((line) => line.trim()));
      continue;
    }
    const lines = raw
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean);
    if (lines.length === 0) continue;
    const listItems = lines.map((line) => /^(\d{1,2}\.|[-•–])\s+(.*)$/.exec(line));
    if (isStampFragment(raw)) {
      blocks.push({ kind: 'stamp', fragments: lines });
    } else if (lines.length >= 2 && listItems.every(Boolean)) {
      blocks.push({ kind: 'list', items: listItems.map((match) => [match![1]!, match![2]!]) });
    } else if (lines.length === 1 && lines[0]!.length <= 70 && !/[.,:;]$/.test(lines[0]!)) {
      blocks.push({ kind: 'heading', text: lines[0]! });
    } else if (lines.every((line) => line.length <= 40)) {
      blocks.push({ kind: 'lines', lines });
    } else {
      blocks.push({ kind: 'paragraph', text: lines.join(' ') });
    }
  }
  return blocks;
}

/**
 * One- and two-character lines (an e-signature ID printed down the margin, as extracted from the original
 * document). Blank-line separated pieces of such a column are gathered into one stamp block.
 */
function isStampFragment(raw: string): boolean {
  const lines = raw.split('\n').map((line) => line.trim()).filter(Boolean);
  return lines.length > 0 && lines.length <= 2 && lines.every((line) => /^\S{1,2}$/.test(line));
}

function layOut(flow: Flow, blocks: Block[], switches: { twoColumnPage: boolean; table: boolean }): void {
  let tableDone = !switches.table;
  let columnsDone = !switches.twoColumnPage;
  for (const block of blocks) {
    if (!columnsDone && flow.pageCount >= 2 && block.kind === 'paragraph') {
      flow.startColumns(2);
      columnsDone = true;
    }
    switch (block.kind) {
      case 'heading':
        flow.gap(PARAGRAPH_GAP);
        flow.keepSpace(3 * HEADING_SIZE * LINE_HEIGHT);
        for (const line of breakLines(flow.doc, block.text, flow.width, HEADING_SIZE)) flow.line(line.text, HEADING_SIZE);
        break;
      case 'paragraph':
        for (const line of breakLines(flow.doc, block.text, flow.width, BODY_SIZE)) flow.line(line.text, BODY_SIZE, line.justify);
        break;
      case 'lines':
        for (const line of block.lines) flow.line(line, BODY_SIZE);
        break;
      case 'stamp':
        drawStamp(flow, block.fragments);
        break;
      case 'list':
        if (tableDone) {
          for (const [marker, item] of block.items) {
            for (const line of breakLines(flow.doc, `${marker} ${item}`, flow.width, BODY_SIZE)) flow.line(line.text, BODY_SIZE);
          }
        } else {
          drawTable(flow, block.items);
          tableDone = true;
        }
        break;
    }
    flow.gap(PARAGRAPH_GAP);
    // The two-column part is one page: back to one column once that page is full.
    if (flow.columns > 1 && flow.columnPageDone) flow.endColumns();
  }
}

/**
 * Where the next line goes: the current page, column and y. Lines flow down a column, then to the next
 * column, then to a new page.
 */
class Flow {
  columns = 1;
  column = 0;
  y = MARGINS.top;
  private columnsTop = MARGINS.top;
  private columnsPage = -1;

  constructor(readonly doc: PDFKit.PDFDocument) {}

  get pageCount(): number {
    return this.doc.bufferedPageRange().count;
  }

  get width(): number {
    const full = this.doc.page.width - MARGINS.left - MARGINS.right;
    return this.columns === 1 ? full : (full - COLUMN_GAP * (this.columns - 1)) / this.columns;
  }

  get x(): number {
    return MARGINS.left + this.column * (this.width + COLUMN_GAP);
  }

  get bottom(): number {
    return this.doc.page.height - MARGINS.bottom;
  }

  /** True once the columns have left the page they started on. */
  get columnPageDone(): boolean {
    return this.pageCount - 1 > this.columnsPage;
  }

  startColumns(columns: number): void {
    this.columns = columns;
    this.column = 0;
    this.columnsTop = this.y;
    this.columnsPage = this.pageCount - 1;
  }

  endColumns(): void {
    this.columns = 1;
    this.column = 0;
  }

  line(text: string, size: number, justify = false): void {
    const height = size * LINE_HEIGHT;
    this.keepSpace(height);
    const options: PDFKit.Mixins.TextOptions = { lineBreak: false };
    if (justify) {
      const words = text.split(' ').length;
      const natural = this.doc.fontSize(size).widthOfString(text);
      if (words > 1) options.wordSpacing = Math.max(0, (this.width - natural) / (words - 1));
    }
    this.doc.fontSize(size).text(text, this.x, this.y, options);
    this.y += height;
  }

  gap(height: number): void {
    if (this.y > this.topOfColumn()) this.y += height;
  }

  /** Moves to the next column or page when fewer than `height` points are left in this one. */
  keepSpace(height: number): void {
    if (this.y + height <= this.bottom) return;
    if (this.column + 1 < this.columns) {
      this.column++;
      this.y = this.columnsTop;
      return;
    }
    this.doc.addPage();
    this.column = 0;
    this.columnsTop = MARGINS.top;
    this.y = MARGINS.top;
  }

  private topOfColumn(): number {
    return this.columns > 1 ? this.columnsTop : MARGINS.top;
  }
}

interface TypesetLine {
  text: string;
  /** Stretch to the full width (every line of a paragraph but its last). */
  justify: boolean;
}

/**
 * Greedy line breaking at spaces; a word that does not fit is split at a hyphenation point when its first
 * part fits (a "-" is added, unless the break follows a hyphen the word already has: "IOP-" + "avtal").
 * Widths add up word by word (kerning across a space is ignored), which keeps 2,000-page renders fast.
 */
export function breakLines(doc: PDFKit.PDFDocument, text: string, width: number, size: number): TypesetLine[] {
  const measure = measurer(doc.fontSize(size), size);
  const space = measure(' ');
  const lines: TypesetLine[] = [];
  let current: string[] = [];
  let currentWidth = 0;
  const words = text.split(/\s+/).filter(Boolean);
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    const added = (current.length > 0 ? space : 0) + measure(word);
    if (currentWidth + added <= width) {
      current.push(word);
      currentWidth += added;
      continue;
    }
    const room = width - currentWidth - (current.length > 0 ? space : 0);
    const split = splitToFit(word, room, measure);
    if (split) {
      lines.push({ text: [...current, split.head].join(' '), justify: true });
      words[i--] = split.tail;
    } else if (current.length > 0) {
      lines.push({ text: current.join(' '), justify: true });
      i--;
    } else {
      // A single word wider than the line (a long URL) gets a line of its own.
      lines.push({ text: word, justify: false });
    }
    current = [];
    currentWidth = 0;
  }
  if (current.length > 0) lines.push({ text: current.join(' '), justify: false });
  return lines;
}

/** Word widths at the document's current font size, remembered: a corpus repeats its words endlessly. */
function measurer(doc: PDFKit.PDFDocument, size: number): (word: string) => number {
  let cache = widthCaches.get(doc);
  if (!cache) widthCaches.set(doc, (cache = new Map()));
  const widths = cache;
  return (word) => {
    const key = `${size}\u0000${word}`;
    let width = widths.get(key);
    if (width === undefined) widths.set(key, (width = doc.widthOfString(word)));
    return width;
  };
}

const widthCaches = new WeakMap<PDFKit.PDFDocument, Map<string, number>>();

function splitToFit(word: string, room: number, measure: (text: string) => number): { head: string; tail: string } | null {
  for (const point of hyphenationPoints(word).reverse()) {
    const head = word.slice(0, point) + (word[point - 1] === '-' ? '' : '-');
    if (measure(head) <= room) return { head, tail: word.slice(point) };
  }
  return null;
}

const VOWEL = /[aeiouyåäöéü]/i;
const MIN_PART = 3;

/**
 * Where a word may break: after a hyphen it already has ("ASN-2021-6250", "IOP-avtal"), and in lower-case
 * words before a consonant that starts a syllable (vowel, consonant, vowel), keeping at least three letters
 * on each side. A rough Swedish syllabification, enough to make realistic hyphenated PDFs.
 */
export function hyphenationPoints(word: string): number[] {
  const points: number[] = [];
  for (let i = 1; i < word.length - 1; i++) {
    if (word[i - 1] === '-') points.push(i);
  }
  if (/^\p{Ll}+[.,;:]?$/u.test(word)) {
    for (let i = MIN_PART; i <= word.length - MIN_PART; i++) {
      if (VOWEL.test(word[i - 1]!) && !VOWEL.test(word[i]!) && VOWEL.test(word[i + 1] ?? '')) points.push(i);
      else if (!VOWEL.test(word[i - 1]!) && !VOWEL.test(word[i]!) && VOWEL.test(word[i + 1] ?? '') && VOWEL.test(word[i - 2] ?? '')) points.push(i);
    }
  }
  return [...new Set(points)].sort((a, b) => a - b);
}

/** A two-column ruled table: the list marker in a narrow column, the item's text beside it. */
function drawTable(flow: Flow, items: Array<[string, string]>): void {
  const { doc } = flow;
  const markerWidth = 36;
  const padding = 4;
  const width = flow.width;
  const textWidth = width - markerWidth - 2 * padding;
  const lineHeight = BODY_SIZE * LINE_HEIGHT;
  doc.fontSize(BODY_SIZE);
  for (const [marker, item] of items) {
    const lines = breakLines(doc, item, textWidth, BODY_SIZE);
    const rowHeight = lines.length * lineHeight + 2 * padding;
    flow.keepSpace(rowHeight);
    const left = flow.x;
    const top = flow.y;
    doc.rect(left, top, markerWidth, rowHeight).rect(left + markerWidth, top, width - markerWidth, rowHeight).lineWidth(0.5).stroke();
    doc.text(marker, left + padding, top + padding, { lineBreak: false });
    lines.forEach((line, index) => doc.text(line.text, left + markerWidth + padding, top + padding + index * lineHeight, { lineBreak: false }));
    flow.y = top + rowHeight;
  }
}

/** A signature stamp's ID down the right margin, one small fragment per line, beside the body text. */
function drawStamp(flow: Flow, fragments: readonly string[]): void {
  const { doc } = flow;
  const x = doc.page.width - MARGINS.right + 24;
  const step = STAMP_SIZE * 1.2;
  doc.fontSize(STAMP_SIZE);
  fragments.slice(0, Math.floor((flow.bottom - MARGINS.top) / step)).forEach((fragment, index) => {
    doc.text(fragment, x, MARGINS.top + index * step, { lineBreak: false });
  });
}

/** Header and footer on every page, drawn after the body so that the total page count is known. */
function drawMargins(doc: PDFKit.PDFDocument, options: RenderOptions): void {
  const { start, count } = doc.bufferedPageRange();
  const width = doc.page.width - MARGINS.left - MARGINS.right;
  const third = width / 3;
  for (let i = start; i < start + count; i++) {
    doc.switchToPage(i);
    // Writing inside the bottom margin must not make pdfkit start a new page.
    doc.page.margins = { ...MARGINS, bottom: 0 };
    const headerY = MARGINS.top - 36;
    const footerY = doc.page.height - MARGINS.bottom + 20;
    doc.fontSize(MARGIN_SIZE);
    const at = (text: string, x: number, y: number, boxWidth: number, align: 'left' | 'center' | 'right') =>
      doc.text(text, x, y, { width: boxWidth, align, lineBreak: false, height: MARGIN_SIZE * 2 });
    at(options.organisation, MARGINS.left, headerY, third, 'left');
    at(options.documentType, MARGINS.left + third, headerY, third, 'center');
    at(`Sida ${i + 1} (${count})`, MARGINS.left + 2 * third, headerY, third, 'right');
    doc.moveTo(MARGINS.left, headerY + 12).lineTo(MARGINS.left + width, headerY + 12).lineWidth(0.5).stroke();
    at('Justerandes signatur', MARGINS.left, footerY, width / 2, 'left');
    at('Utdragsbestyrkande', MARGINS.left + width / 2, footerY, width / 2, 'right');
    at(String(i + 1), MARGINS.left, footerY + 16, width, 'center');
    doc.page.margins = MARGINS;
  }
}

function findRepoRoot(dir: string): string {
  if (existsSync(join(dir, 'package.json'))) return dir;
  const parent = dirname(dir);
  if (parent === dir) throw new Error('pdf-render: no package.json above this module');
  return findRepoRoot(parent);
}
