/**
 * The kind of one matter — iop, overenskommelse, bidrag, or none — by the first rule of rules.ts that
 * fires, and whether it has a party to be a partnership with: a kind needs an idéburen organisation named in
 * the matter (extractors/parties, run on the matter's own span by the caller).
 */
import type { MatterKind } from '../../pipeline/contract.js';
import { decisionSections } from '../decision/sections.js';
import { KIND_RULES, NO_CUE, NO_PARTY, type RulePlace } from './rules.js';

export interface MatterText {
  /** The matter's title (a § item's heading lines); null for a document's one matter, read as a whole. */
  title: string | null;
  /** The matter's whole text. */
  text: string;
  /** Idéburen organisations named as parties in the matter. */
  ideburna: number;
}

export interface KindVerdict {
  kind: MatterKind | null;
  /** Raw confidence that the verdict (a kind, or none) is right. */
  confidence: number;
  rule: string;
}

/** The text of the matter's decision and proposal sections: where it says what is decided. */
function decisionText(text: string): string {
  return decisionSections(text)
    .filter((s) => s.kind !== 'procedure')
    .flatMap((s) => s.sentences.map((x) => x.text))
    .join('\n');
}

export function classifyMatter(matter: MatterText): KindVerdict {
  const places: Record<RulePlace, () => string> = {
    title: () => matter.title ?? '',
    decision: () => decisionText(matter.text),
    text: () => matter.text,
  };
  const read = new Map<RulePlace, string>();
  const placeText = (place: RulePlace) => read.get(place) ?? read.set(place, places[place]()).get(place)!;
  // A protocol's item says what it decides in its title and its decision: a kind only its other text names
  // (an IOP mentioned in the background) is not what the item is about. A look-alike may show anywhere.
  const applies = (r: (typeof KIND_RULES)[number]) => matter.title === null || r.place !== 'text' || r.kind === null;
  const rule = KIND_RULES.find((r) => applies(r) && r.pattern.test(placeText(r.place)));
  if (!rule) return { kind: null, confidence: NO_CUE.strength, rule: NO_CUE.name };
  if (rule.kind && matter.ideburna === 0) return { kind: null, confidence: NO_PARTY.strength, rule: NO_PARTY.name };
  return { kind: rule.kind, confidence: rule.strength, rule: rule.name };
}
