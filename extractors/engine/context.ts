/** What earlier extractors found, handed to later ones (a payer needs the parties; a decision needs the organ). */
import type { DocType, Field } from '../../pipeline/contract.js';
import type { DocText } from './doc-text.js';

export interface Parties {
  ideburna: Field<string>[];
  offentliga: Field<string>[];
  organ: Field<string>[];
  /** Alias → canonical name, e.g. "RKG" → "Röda Korset Gotland" (from "Röda Korset Gotland (RKG)"). */
  aliases: ReadonlyMap<string, string>;
}

/**
 * The part of the document about the partnership (extractors/items/focus.ts). In a protocol of several §§
 * it is the header (municipality, body, meeting date: everything before the first §) and the item(s) about
 * the partnership; other items' case numbers, organisations and amounts are not this matter's. In any
 * other document it is the whole text.
 */
export interface Focus {
  /** Global [start, end) spans in focus, in reading order: the header first. */
  spans: readonly { start: number; end: number }[];
  /** True when other items were left out. */
  narrowed: boolean;
  /**
   * The document with everything outside the spans blanked (line breaks kept): same offsets, same evidence,
   * so an extractor can read it instead of the whole document. The document itself when not narrowed.
   */
  doc: DocText;
}

export interface ExtractContext {
  docType: Field<DocType>;
  parties: Parties;
  /** Absent where a context is built by hand (tests): the whole document is the focus. */
  focus?: Focus;
}
