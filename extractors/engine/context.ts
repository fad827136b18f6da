/** What earlier extractors found, handed to later ones (a payer needs the parties; a decision needs the organ). */
import type { DocType, Field } from '../../pipeline/contract.js';

export interface Parties {
  ideburna: Field<string>[];
  offentliga: Field<string>[];
  organ: Field<string>[];
  /** Alias → canonical name, e.g. "RKG" → "Röda Korset Gotland" (from "Röda Korset Gotland (RKG)"). */
  aliases: ReadonlyMap<string, string>;
}

export interface ExtractContext {
  docType: Field<DocType>;
  parties: Parties;
}
