import type { Field } from '../../pipeline/contract.js';
import type { DocText } from '../engine/doc-text.js';
import { mergeCandidates, type Candidate } from '../engine/candidate.js';
import { sentenceAround } from '../period/index.js';
import { mayContain } from '../engine/folded.js';
import { pastAgreementFactor } from '../period/rules.js';
import { AGREEMENT_WORD, EXTENSION_RULES, NO_AGREEMENT_FACTOR } from './rules.js';
import { eachMatch, matchesNear } from '../engine/sticky.js';
import { NUMBER_WORD_PATTERN, readNumber } from '../amounts/numerals.js';

/**
 * Every match of every extension rule holds one of these words ("förlängning", "förlängas", "förnyas", "option", "möjlighet till
 * ytterligare …", "längst till och med …", or the "i taget", "åt gången", "i sänder" of an agreement that runs on): a text that holds none has no extension (engine/folded.ts).
 */
const EXTENSION_WORDS = ['förläng', 'förny', 'option', 'möjlighet', 'längst', 'taget', 'gången', 'sänder'];

/** The option to extend the partnership, as written ("1 år", "1+1 år", "två år"). */
export function extractExtension(doc: DocText): Field<string> | null {
  // Most texts speak of no extension: the rules' whole-text patterns are tried only where one of their words stands.
  if (!EXTENSION_WORDS.some((word) => mayContain(doc.text, word))) return null;
  const spans = doc.sentences;
  const candidates: Candidate<string>[] = [];
  const taken: { start: number; end: number }[] = [];
  for (const rule of EXTENSION_RULES) {
    for (const m of rule.near ? matchesNear(rule.near, doc.text) : eachMatch(rule.pattern, doc.text)) {
      const start = m.index;
      const end = start + m[0].length;
      if (taken.some((t) => start < t.end && end > t.start)) continue;
      taken.push({ start, end });
      const value = asWritten(m.groups?.length ?? m.groups?.genitive ?? m.groups?.until ?? '');
      const sentence = sentenceAround(doc.text, spans, start, end).text;
      // An earlier agreement's extension option is not this one's (context rules shared with the period).
      const factor = pastAgreementFactor(sentence) * (AGREEMENT_WORD.test(sentence) ? 1 : NO_AGREEMENT_FACTOR);
      candidates.push({
        value,
        key: value.toLocaleLowerCase('sv'),
        rule: rule.name,
        strength: Math.round(rule.strength * factor * 1000) / 1000,
        start,
        end,
      });
    }
  }
  const fields = mergeCandidates(doc, candidates);
  return fields.reduce<Field<string> | null>((best, f) => (!best || f.confidence > best.confidence ? f : best), null);
}

/** "ett plus ett", "2 gånger 12": numbers joined by a sign, read as digits ("1+1", "2x12"). */
const JOINED = new RegExp(String.raw`(${NUMBER_WORD_PATTERN}|\d{1,2})\s*(\+|plus|x|×|gånger)\s*(?=${NUMBER_WORD_PATTERN}|\d)`, 'giu');
const SIGN: Readonly<Record<string, string>> = { '+': '+', plus: '+', x: 'x', '×': 'x', gånger: 'x' };
/** A number word right after a sign: "ett" in "1+ett år". */
const AFTER_SIGN = new RegExp(String.raw`(?<=[+x])(${NUMBER_WORD_PATTERN})(?![\p{L}])`, 'giu');

/**
 * The extension as written, on one line, "1 + 1" as "1+1", "ett plus ett" as "1+1", "2 x 12" as "2x12", a genitive as the plain
 * noun ("två års" → "två år"), "två (2) år" as "två år".
 */
function asWritten(matched: string): string {
  return matched
    .replace(/\s*\(\d{1,2}\)/g, '')
    .replace(/\s+/g, ' ')
    .replace(JOINED, (_, n: string, sign: string) => `${readNumber(n)}${SIGN[sign.toLocaleLowerCase('sv')]}`)
    .replace(AFTER_SIGN, (n: string) => String(readNumber(n)))
    .replace(/års$/u, 'år')
    .replace(/månaders$/u, 'månader');
}
