/**
 * Finds case-number mentions: after a label ("Dnr", "Ärendenummer:", "Er beteckning") in any known form
 * or, for strong labels, any number-like token; and bare, in a known form, anywhere else.
 */
import type { Candidate } from '../engine/candidate.js';
import {
  boundedForm,
  CASE_NUMBER_FORMS,
  caseNumberKey,
  isExcludedSeries,
  LABELLED_GENERIC,
  LABELLED_GENERIC_STRENGTH,
  LABELLED_STRENGTH,
  LABELS,
  normalise,
} from './patterns.js';
import { eachMatch, matchesNear } from '../engine/sticky.js';

export type LabelKind = keyof typeof LABELS;

export interface Mention extends Candidate<string> {
  /** The kind of label in front of it, or null for a bare mention. */
  label: LabelKind | null;
}

const STICKY_FORMS = CASE_NUMBER_FORMS.map((form) => ({ form, regex: boundedForm(form, 'yu') }));
const STICKY_GENERIC = new RegExp(`(?:${LABELLED_GENERIC})(?![\\p{L}\\d])`, 'yu');
const BARE_FORMS = CASE_NUMBER_FORMS.map((form) => ({ form, regex: boundedForm(form), holds: form.holds ? new RegExp(form.holds, 'u') : null }));

export function findMentions(text: string): Mention[] {
  const labelled = labelledMentions(text);
  const bare = bareMentions(text).filter((b) => !overlapsAny(b, labelled));
  return [...labelled, ...bare].filter((m) => !isExcludedSeries(m.value));
}

/** Reference labels first: "Er beteckning" contains the own label "beteckning". */
const LABEL_PRECEDENCE: readonly LabelKind[] = ['ref', 'own', 'weak'];

/**
 * A weak label ("Ärende 5", "Vår referens Anna Berg") takes only known forms, unless a colon makes it a
 * field label: "Ärende: 2022-00123" gives its value in any house style.
 */
function labelledMentions(text: string): Mention[] {
  const mentions: Mention[] = [];
  for (const kind of LABEL_PRECEDENCE) {
    for (const label of matchesNear(LABELS[kind], text)) {
      const at = label.index + label[0].length;
      const generic = !(kind === 'weak' && !label[0].includes(':'));
      let mention = formAt(text, at, kind) ?? (generic ? genericAt(text, at, kind) : null);
      while (mention && !overlapsAny(mention, mentions)) {
        mentions.push(mention);
        mention = nextInList(text, mention, kind, generic);
      }
    }
  }
  return mentions;
}

/** Between the numbers of a label's list: "Dnr KS 2023/123, KS 2023/124", "Dnr 2019/145 och 2019/146". */
const LIST_SEPARATOR = /[ \t]*(?:,|och|samt|&)[ \t]*/y;
/**
 * A space alone between two numbers of two series, as a matter prepared by two nämnder heads its numbers side by side:
 * "Dnr: KFN 15/27 ALN 2015/0015". Only a known form that opens with its series follows so: not a date, a word or a sum.
 */
const SERIES_SIDE_BY_SIDE = /[ \t]+(?=[A-ZÅÄÖ]{2,6}[ \t/-]?\d)/y;

/**
 * The next number of a list after one label ("Dnr KS 2023/123, 2023/124 och KS 2023/130": a matter that joins several
 * cases), in a known form or, where the label takes any house style, a token of it. Not a date, an amount or a word
 * after the comma ("Dnr KS 2023/123, 2023-05-06", "Dnr KS 2023/123, Socialnämnden"), nor a school year ("…, 2023/24").
 */
function nextInList(text: string, previous: Mention, kind: LabelKind, generic: boolean): Mention | null {
  SERIES_SIDE_BY_SIDE.lastIndex = previous.end;
  if (SERIES_SIDE_BY_SIDE.exec(text)) return formAt(text, SERIES_SIDE_BY_SIDE.lastIndex, kind);
  LIST_SEPARATOR.lastIndex = previous.end;
  if (!LIST_SEPARATOR.exec(text)) return null;
  const at = LIST_SEPARATOR.lastIndex;
  const token = generic && /^\d{1,6}\/\d/u.test(text.slice(at, at + 8)) ? genericAt(text, at, kind) : null;
  return formAt(text, at, kind) ?? (token && !SCHOOL_YEAR.test(token.value) ? token : null);
}

/** "2023/24": a school or financial year, no case number. */
const SCHOOL_YEAR = /^(?:19|20)\d{2}\/\d{2}$/u;

const overlapsAny = (span: { start: number; end: number }, others: readonly Mention[]) =>
  others.some((o) => span.start < o.end && o.start < span.end);

function formAt(text: string, at: number, label: LabelKind): Mention | null {
  for (const { form, regex } of STICKY_FORMS) {
    regex.lastIndex = at;
    const m = regex.exec(text);
    if (m) return mention(m[0], at, `labelled ${form.name}`, LABELLED_STRENGTH, label);
  }
  return null;
}

/** An unknown house style after a strong label: a token with at least three digits that is not a date. */
function genericAt(text: string, at: number, label: LabelKind): Mention | null {
  STICKY_GENERIC.lastIndex = at;
  const m = STICKY_GENERIC.exec(text);
  if (!m) return null;
  const token = m[0].replace(/[.:/-]+$/, '');
  const digits = token.replace(/\D/g, '').length;
  if (digits < 3 || /^\d{4}-\d{2}-\d{2}$/.test(token)) return null;
  return mention(token, at, 'labelled generic', LABELLED_GENERIC_STRENGTH, label);
}

function bareMentions(text: string): Mention[] {
  const mentions: Mention[] = [];
  for (const { form, regex, holds } of BARE_FORMS) {
    if (holds && !holds.test(text)) continue;
    for (const m of eachMatch(regex, text)) {
      const found = mention(m[0], m.index, `bare ${form.name}`, form.bareStrength, null);
      if (!overlapsAny(found, mentions)) mentions.push(found);
    }
  }
  return mentions;
}

function mention(raw: string, start: number, rule: string, strength: number, label: LabelKind | null): Mention {
  const value = normalise(raw);
  return { value, key: caseNumberKey(value), rule, strength, start, end: start + raw.length, label };
}
