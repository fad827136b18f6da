/** What earlier extractors found, handed to later ones (a payer needs the parties; a decision needs the organ). */
import type { DocType, Field } from '../../pipeline/contract.js';

export interface Parties {
  ideburna: Field<string>[];
  offentliga: Field<string>[];
  /**
   * True when no public party stands in a party's role ("IOP med Lunds kommun", the letterhead): offentliga
   * then holds the kommun the document merely names, the party of its one matter but not of each listed row.
   */
  offentligaOnlyNamed?: boolean;
  organ: Field<string>[];
  /**
   * Where no idéburen organisation is kept as a party: the one the text names, by a marker in its name ("Ekby Motorklubb har
   * arrenderat …") or in a context too weak alone ("samarbetet med Ekbyfabriken"), the party of a page its kind reads as a
   * partnership's (pipeline/extract.ts).
   */
  ideburenOnlyNamed?: Field<string> | null;
  /** Alias → canonical name, e.g. "RKG" → "Röda Korset Gotland" (from "Röda Korset Gotland (RKG)"). */
  aliases: ReadonlyMap<string, string>;
}

export interface ExtractContext {
  docType: Field<DocType>;
  parties: Parties;
}
