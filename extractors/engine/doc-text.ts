/**
 * The text extractors match against: every page's clean text joined into one string, so a rule can
 * match across a page break, with a map back to (page, offset within that page) for evidence.
 */
import type { Evidence } from '../../pipeline/contract.js';
import { sentences, type TextSpan } from './sentences.js';
import { lastAtOrBefore } from './sorted.js';

export interface PageText {
  number: number;
  text: string;
  /**
   * Where this text starts in its page's clean text: 0 for a whole page; more for a part of one (a matter's
   * span, pipeline/matters/view.ts), so evidence still gives offsets into the page.
   */
  offset?: number;
}

/** Joins pages with a blank line and a form feed: a pattern that must not cross pages can exclude \f. */
export const PAGE_SEPARATOR = '\n\f\n';

export class DocText {
  readonly text: string;
  private readonly starts: number[] = [];

  constructor(
    readonly pages: readonly PageText[],
    /** False for plain text: evidence then carries page null. */
    readonly paged: boolean,
  ) {
    let offset = 0;
    const parts: string[] = [];
    for (const page of pages) {
      this.starts.push(offset);
      parts.push(page.text);
      offset += page.text.length + PAGE_SEPARATOR.length;
    }
    this.text = parts.join(PAGE_SEPARATOR);
  }

  /** The text's sentences (engine/sentences.ts), split once and shared by every extractor. */
  get sentences(): readonly TextSpan[] {
    return sentences(this.text);
  }

  static fromString(text: string, paged = false): DocText {
    return new DocText([{ number: 1, text }], paged);
  }

  /** Index of the page that holds a global offset. */
  pageIndexAt(offset: number): number {
    return lastAtOrBefore(this.starts, offset);
  }

  /** Evidence for the global span [start, end): page number and offsets local to that page's text. */
  evidence(start: number, end: number): Evidence {
    const index = this.pageIndexAt(start);
    const pageStart = this.starts[index] ?? 0;
    const page = this.pages[index];
    const pageLength = page?.text.length ?? 0;
    const localStart = start - pageStart;
    // A span that runs over a page break is cut at the end of its first page.
    const localEnd = Math.min(end - pageStart, pageLength);
    const offset = page?.offset ?? 0;
    return {
      page: this.paged ? (page?.number ?? null) : null,
      start: offset + localStart,
      end: offset + localEnd,
      text: (page?.text ?? '').slice(localStart, localEnd),
    };
  }
}
