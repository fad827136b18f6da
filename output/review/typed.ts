/**
 * Reading a value as a reviewer types it, in Swedish as the page shows it or in the CLI's short forms:
 * an amount "1 800 000 kr/år", "1,8 miljoner totalt", "500 tkr engångs", "1800000/year (Region Gotland)";
 * a period "2025-01-01–2028-12-31", "2025-01-01..tills vidare"; names separated by ";"; or JSON.
 * Every refusal is a sentence for the reviewer (values.ts), never a parser's or zod's message.
 */
import { MULTIPLIERS, alternation } from '../../extractors/amounts/numerals.js';
import type { Amount } from '../../pipeline/contract.js';
import type { RecordFieldName } from '../../pipeline/reconcile/types.js';
import { FIELD_EXAMPLES, checkValue, type Checked } from './values.js';

/** Words after an amount that say how often it is paid. */
const PERIODICITY_WORDS: Record<string, Amount['per']> = {
  'kr/år': 'year', '/år': 'year', 'per år': 'year', 'om året': 'year', 'årligen': 'year', 'i året': 'year', '/year': 'year', year: 'year',
  totalt: 'total', 'kr totalt': 'total', 'för hela perioden': 'total', '/total': 'total', total: 'total',
  engångs: 'once', engångsbelopp: 'once', 'en gång': 'once', 'kr engångs': 'once', '/once': 'once', once: 'once',
  okänt: 'unknown', '/unknown': 'unknown', unknown: 'unknown',
};
const CURRENCY = ['kronor', 'krona', 'kr', 'sek', ':-'];

/** "1 800 000", "1,8", "10.000" (a full stop before three digits groups thousands). */
const NUMBER = String.raw`\d[\d \u00a0\u202f]*(?:\.\d{3})*(?:[,.]\d+)?`;
const AMOUNT = new RegExp(
  String.raw`^(?<number>${NUMBER})\s*(?<multiplier>${alternation(Object.keys(MULTIPLIERS))})?\.?\s*(?:${alternation(CURRENCY)})?\s*(?<per>${alternation(Object.keys(PERIODICITY_WORDS))})?\s*(?:\((?<payer>[^()]+)\))?$`,
  'iu',
);

const DATE = String.raw`\d{4}-\d{2}-\d{2}`;
const OPEN_END = String.raw`tills? ?vidare`;
/** Start and end joined by "..", a dash, "till" or "t.o.m."; either may be left out. */
const PERIOD = new RegExp(String.raw`^(?:fr(?:ån|\.?o\.?m\.?)\s*)?(?<start>${DATE})?\s*(?:\.\.|[–—-]|\btill(?: och med)?\b|\bt\.?o\.?m\.?)\s*(?<end>${DATE}|${OPEN_END})?$`, 'iu');
const START_ONLY = new RegExp(String.raw`^(?:fr(?:ån|\.?o\.?m\.?)\s*)?(?<start>${DATE})\s*(?<end>${OPEN_END})?$`, 'iu');

function readAmount(text: string, current: unknown): unknown {
  const m = AMOUNT.exec(text);
  if (!m?.groups) return undefined;
  const { number, multiplier, per, payer } = m.groups;
  const grouped = number!.replace(/[ \u00a0\u202f]/g, '');
  const plain = /^\d{1,3}(\.\d{3})+(,\d+)?$/.test(grouped) ? grouped.replace(/\./g, '') : grouped;
  const sek = Math.round(Number(plain.replace(',', '.')) * (multiplier ? MULTIPLIERS[multiplier.toLocaleLowerCase('sv')]!.factor : 1));
  if (!Number.isFinite(sek)) return undefined;
  // A reviewer who types only a number means the periodicity and payer the value already has.
  const before = current && typeof current === 'object' ? (current as Partial<Amount>) : {};
  return {
    sek,
    per: per ? PERIODICITY_WORDS[per.toLocaleLowerCase('sv')]! : (before.per ?? 'year'),
    payer: payer?.trim() || (per || payer ? null : (before.payer ?? null)),
  };
}

function readPeriod(text: string): unknown {
  const m = PERIOD.exec(text) ?? START_ONLY.exec(text);
  if (!m?.groups || (!m.groups.start && !m.groups.end)) return undefined;
  const openEnded = m.groups.end !== undefined && !/^\d/.test(m.groups.end);
  return { start: m.groups.start ?? null, end: openEnded ? null : (m.groups.end ?? null), openEnded };
}

/** The value a reviewer typed for a field, checked; `current` is the field's value now (an amount keeps its periodicity). */
export function readTyped(field: RecordFieldName, typed: string, current: unknown = null): Checked {
  const text = typed.trim();
  if (!text) return { ok: false, message: `Skriv ett värde. ${FIELD_EXAMPLES[field]}` };
  // JSON only where it can hold a value of ours; "1800000" and "2025" are readable forms, not JSON numbers.
  if (/^[[{"]/.test(text)) {
    try {
      return checkValue(field, JSON.parse(text));
    } catch {
      // Not JSON after all: the readable form.
    }
  }
  const value =
    field === 'amount' ? readAmount(text, current)
    : field === 'period' ? readPeriod(text)
    : field === 'extension' ? text
    : text.split(';').map((s) => s.trim()).filter(Boolean);
  return value === undefined ? { ok: false, message: FIELD_EXAMPLES[field] } : checkValue(field, value);
}
