/**
 * Every real-world PDF in fixtures/real-pdf (provenance in its SOURCES.md) ends the way it should: it reads
 * with plausible text, or fails with its expected code. Scanned pages are read through OCR when tesseract is
 * installed (CI installs it); their no-OCR outcome is asserted too. OCR is switched off for the two
 * many-page files whose OCR pages are decoration or a garbled signature, to keep the suite quick — their
 * warnings show which pages OCR would take.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDocument } from '../pipeline/read/index.js';
import { ocrAvailable } from '../pipeline/read/ocr.js';
import { ReadError, type ReadDocument, type ReadOptions } from '../pipeline/read/types.js';
import { PDF_READERS } from './pdf-readers.js';

const REAL = join(import.meta.dirname, '../fixtures/real-pdf');
const hasOcr = await ocrAvailable();

interface Reads {
  file: string;
  pages: number;
  /** Phrases the clean text must contain. */
  contains: string[];
  /** Pages expected to come from OCR (when OCR is on and installed). */
  ocrPages?: number[];
  options?: ReadOptions;
  /** Extra checks on the result. */
  check?: (doc: ReadDocument) => void;
}

const allText = (doc: ReadDocument) => doc.pages.map((page) => page.text).join('\n');
/** pdftotext puts each word of a rotated table cell on its own line: a phrase is its words, however spaced. */
const foldSpaces = (text: string) => text.replace(/\s+/g, ' ');

const READS: Reads[] = [
  { file: 'sv/arn-beslut-2013-07406.pdf', pages: 2, contains: ['Allmänna reklamationsnämnden', '21 138 kr', '2013-07406'] },
  { file: 'sv/dir-2014-158-tillaggsdirektiv-fondregelverket.pdf', pages: 4, contains: ['Fi 2014:15', 'Kommittédirektiv'] },
  {
    file: 'sv/haparanda-klimatstrategi-2020-2050-ks-2013-375.pdf',
    pages: 28,
    contains: ['Haparanda', 'Gunnel Simu'],
    options: { ocr: false },
    check: (doc) => expect(doc.meta.warnings.length).toBeGreaterThan(0),
  },
  {
    file: 'sv/hogsby-kommunstyrelsen-protokoll-2007-01-08.pdf',
    pages: 14,
    contains: ['DNR:KU/2007.9', 'KS § 3 b', 'Kommunstyrelsens beslut'],
    check: (doc) => {
      // The signature box is gone from every page; the running header from every page but the first,
      // where it is the letterhead.
      for (const page of doc.pages) expect(page.text).not.toMatch(/Utdragsbestyrkande/i);
      expect(doc.pages[0]!.text).toMatch(/^HÖGSBY KOMMUN Protokoll\nKommunstyrelsen\nSammanträdesdatum 2007-01-08/);
      for (const page of doc.pages.slice(1)) expect(page.text).not.toMatch(/HÖGSBY KOMMUN PROTOKOLL/i);
    },
  },
  { file: 'sv/kammarkollegiet-remissvar-dnr-3.1-4788-2026.pdf', pages: 1, contains: ['Dnr 3.1-4788-2026', 'KN2026/00741'] },
  { file: 'sv/klimatkollen-utslappsforandring-kommunerna-2021-2022.pdf', pages: 11, contains: ['Nationella emissionsdatabasen', '-25,6'] },
  { file: 'sv/olofstrom-handlingsplan-klimat-energi-2023.pdf', pages: 13, contains: ['Koncernchefsgruppen', '31 december 2026'] },
  {
    file: 'sv/prop-1999-2000-17-avtal-sverige-danmark-custom-encoding.pdf',
    pages: 11,
    contains: ['Avtal mellan Sverige och Danmark'],
    options: { ocr: false },
    // Pages whose font has no usable Unicode map are flagged for OCR instead of passing garbage on silently.
    check: (doc) => expect(doc.meta.warnings.some((warning) => warning.startsWith('page 7:'))).toBe(true),
  },
  { file: 'sv/prop-1991-92-43-scanned.pdf', pages: 2, contains: ['1991/92:43', 'skattetillägg'], ocrPages: [1, 2] },
  { file: 'sv/prop-2008-09-5-bilaga1-scanned-two-column.pdf', pages: 1, contains: ['92/57/EEG', 'Rådets direktiv'], ocrPages: [1] },
  { file: 'sv/prop-2012-13-144-sjofartsstodets-inriktning.pdf', pages: 10, contains: ['N2013/969/RS', '80 miljoner kronor'] },
  { file: 'sv/prop-2013-14-104-owner-encrypted.pdf', pages: 81, contains: ['Arbetsmarknadsdepartementet', 'Stockholm den 6 mars 2014'] },
  { file: 'sv/soderkoping-mal-strategier-miljo-klimat-2022.pdf', pages: 24, contains: ['2022-04-21', 'förvaltningsöverskridande arbetsgrupp'] },
  { file: 'sv/vansbro-handlingsplan-energi-klimat-ks110-2013.pdf', pages: 17, contains: ['KS § 110/2013', '224,59'] },
  { file: 'stress/broken-startxref-8-pages.pdf', pages: 8, contains: ['Omni Consumer Products'] },
  { file: 'stress/chinese-cjk-table-identity-h.pdf', pages: 1, contains: ['安徽省建设用地使用标准'] },
  // Its ToUnicode map is not Unicode: the text layer is garbage, OCR reads the words.
  { file: 'stress/czech-non-unicode-cmap.pdf', pages: 1, contains: ['prost'], ocrPages: [1] },
  { file: 'stress/federal-register-three-column.pdf', pages: 15, contains: ['FEDERAL REGISTER', 'Boeing'] },
  { file: 'stress/french-municipal-proces-verbal-2023-06-20.pdf', pages: 2, contains: ['PROCÈS-VERBAL', 'COMITÉ DE DÉMOLITION'] },
  { file: 'stress/jbig2-image-only-rotated-270.pdf', pages: 1, contains: ['It'], ocrPages: [1] },
  { file: 'stress/malformed-nonembedded-simsun.pdf', pages: 1, contains: ['2021'], ocrPages: [1] },
  { file: 'stress/nics-table-rotated-90.pdf', pages: 1, contains: ['Handgun', 'Long Gun'] },
  { file: 'stress/polish-invoice-identity-cmap-owner-encrypted.pdf', pages: 2, contains: ['Sprzedawca', 'Łódź'] },
  { file: 'stress/senate-expenditures-table-rotated.pdf', pages: 1, contains: ['PAYEE NAME', '37,499.96'] },
  { file: 'stress/zlib-corrupted-stream.pdf', pages: 1, contains: ['Beautiful is better than ugly.'] },
];

const FAILS: Array<{ file: string; code: ReadError['code'] }> = [
  { file: 'stress/empty-zero-bytes.pdf', code: 'EMPTY' },
  { file: 'stress/user-password-encrypted-password-test.pdf', code: 'ENCRYPTED' },
];

describe.each(PDF_READERS)('real PDFs that read, with %s', (pdfReader) => {
  for (const expected of READS) {
    const needsOcr = (expected.ocrPages?.length ?? 0) > 0;
    it.runIf(hasOcr || !needsOcr)(`${expected.file} reads ${expected.pages} pages with plausible text`, async () => {
      const doc = await readDocument(join(REAL, expected.file), { ...expected.options, pdfReader });
      expect(doc.meta.pageCount).toBe(expected.pages);
      expect(doc.meta.reader).toBe(pdfReader);
      expect(doc.pages.map((page) => page.number)).toEqual(Array.from({ length: expected.pages }, (_, i) => i + 1));
      for (const phrase of expected.contains) expect(foldSpaces(allText(doc))).toContain(phrase);
      const ocr = doc.pages.filter((page) => page.source === 'ocr').map((page) => page.number);
      expect(ocr).toEqual(expected.options?.ocr === false ? [] : (expected.ocrPages ?? []));
      expect(doc.meta.ocrPages).toBe(ocr.length);
      expected.check?.(doc);
    });
  }
});

describe.each(PDF_READERS)('real PDFs that fail with their code, with %s', (pdfReader) => {
  for (const { file, code } of FAILS) {
    it(`${file} fails with ${code}`, async () => {
      const error = await readDocument(join(REAL, file), { pdfReader }).catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(ReadError);
      expect((error as ReadError).code).toBe(code);
      expect((error as ReadError).message).not.toContain('\n');
    });
  }
});

describe('scanned PDFs without OCR', () => {
  it.each(['sv/prop-1991-92-43-scanned.pdf', 'stress/jbig2-image-only-rotated-270.pdf'])('%s fails with NO_TEXT and its identity', async (file) => {
    const error = (await readDocument(join(REAL, file), { ocr: false }).catch((caught: unknown) => caught)) as ReadError;
    expect(error).toBeInstanceOf(ReadError);
    expect(error.code).toBe('NO_TEXT');
    expect(error.meta.sha256).toMatch(/^[0-9a-f]{64}$/);
  });
});
