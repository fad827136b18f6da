/**
 * What a pattern does first, read from its source: the static guard (pattern-shape.test.ts) fails on a rule whose alternative
 * opens with a costly step, which a whole-text search runs at EVERY offset of every text before it can fail:
 *   - a look-behind that reaches far back ("(?<=(?:IOP|avtal)[^.;!?]{0,80})": up to 80 characters read back per offset; a
 *     helper's such rule once made extraction 3.4 times slower, and none of the output tests could notice);
 *   - a lazy gap of many characters ("[^.;]{0,200}?", "[\s\S]*?") before anything the engine can look for.
 * A short look-behind ("(?<![\p{L}])", one character) or one over white space ("(?<=\n[ \t]*)") is cheap and allowed. A
 * pattern anchored first ("^" opens the alternative) or sticky (/y: tried only where its caller says) is not run at every
 * offset, and its steps are not checked.
 *
 * A small reader of JavaScript's pattern syntax, enough for the width of each step: classes, groups, look-arounds,
 * quantifiers and escapes. It never runs a pattern.
 */

/** Characters a look-behind may read back, and a leading lazy gap may span, before it counts as costly. */
export const REACH_LIMIT = 12;

export interface Offence {
  kind: 'look-behind' | 'lazy-gap';
  /** The offending step's source. */
  step: string;
  /** How far it reaches (code units, Infinity when unbounded). */
  reach: number;
}

interface Term {
  kind: 'atom' | 'group' | 'lookahead' | 'lookbehind' | 'start' | 'assertion';
  src: string;
  /** Width of one repetition of the atom or group: fewest and most code units. */
  min: number;
  max: number;
  /** Width of one repetition not counting white-space-only atoms' repetitions (their fewest only). */
  reach: number;
  quantMin: number;
  quantMax: number;
  lazy: boolean;
  alternatives: Term[][];
  /** An atom that matches only white space ("\s", "[ \t]", " "). */
  space: boolean;
}

const SPACE_ATOM = /^(?:\\s|\\n|\\t| |\[(?:\\s|\\t|\\n|\\r|\\f|\\u00a0| )+\])$/;

class Reader {
  at = 0;
  constructor(readonly src: string) {}

  alternation(): Term[][] {
    const alternatives: Term[][] = [[]];
    while (this.at < this.src.length) {
      const c = this.src[this.at]!;
      if (c === ')') break;
      if (c === '|') {
        this.at++;
        alternatives.push([]);
        continue;
      }
      alternatives[alternatives.length - 1]!.push(this.term());
    }
    return alternatives;
  }

  term(): Term {
    const start = this.at;
    const term = this.atom();
    this.quantifier(term);
    term.src = this.src.slice(start, this.at);
    return term;
  }

  atom(): Term {
    const { src } = this;
    const c = src[this.at]!;
    const plain = (min: number, max: number): Term => ({ kind: 'atom', src: '', min, max, reach: max, quantMin: 1, quantMax: 1, lazy: false, alternatives: [], space: false });
    if (c === '^') {
      this.at++;
      return { ...plain(0, 0), kind: 'start' };
    }
    if (c === '$') {
      this.at++;
      return { ...plain(0, 0), kind: 'assertion' };
    }
    if (c === '(') return this.group();
    if (c === '[') {
      const from = this.at;
      this.skipClass();
      const term = plain(1, 2);
      term.reach = 1;
      term.space = SPACE_ATOM.test(src.slice(from, this.at));
      return term;
    }
    if (c === '\\') {
      const from = this.at;
      const next = src[this.at + 1] ?? '';
      this.at += 2;
      if (next === 'b' || next === 'B') return { ...plain(0, 0), kind: 'assertion' };
      if (next === 'p' || next === 'P' || (next === 'u' && src[this.at] === '{')) {
        this.at = src.indexOf('}', this.at) + 1;
        const term = plain(1, 2);
        term.reach = 1;
        return term;
      }
      if (next === 'k') {
        this.at = src.indexOf('>', this.at) + 1;
        return plain(0, Infinity);
      }
      if (next === 'u') this.at += 4;
      else if (next === 'x') this.at += 2;
      else if (next === 'c') this.at += 1;
      else if (/[1-9]/.test(next)) {
        while (/\d/.test(src[this.at] ?? '')) this.at++;
        return plain(0, Infinity);
      }
      const term = plain(1, 1);
      term.space = SPACE_ATOM.test(src.slice(from, this.at));
      return term;
    }
    this.at++;
    const term = plain(1, c === '.' ? 2 : 1);
    term.reach = 1;
    term.space = c === ' ';
    return term;
  }

  group(): Term {
    const { src } = this;
    this.at++;
    let kind: Term['kind'] = 'group';
    if (src.startsWith('?:', this.at)) this.at += 2;
    else if (src.startsWith('?=', this.at) || src.startsWith('?!', this.at)) {
      kind = 'lookahead';
      this.at += 2;
    } else if (src.startsWith('?<=', this.at) || src.startsWith('?<!', this.at)) {
      kind = 'lookbehind';
      this.at += 3;
    } else if (src.startsWith('?<', this.at)) this.at = src.indexOf('>', this.at) + 1;
    else if (src[this.at] === '?') {
      // A modifier group "(?i:…)": its flags, then the colon.
      this.at = src.indexOf(':', this.at) + 1;
    }
    const alternatives = this.alternation();
    this.at++; // ')'
    const width = alternativesWidth(alternatives);
    const zero = kind === 'lookahead' || kind === 'lookbehind';
    return {
      kind,
      src: '',
      min: zero ? 0 : width.min,
      max: zero ? 0 : width.max,
      reach: zero ? 0 : width.reach,
      quantMin: 1,
      quantMax: 1,
      lazy: false,
      alternatives,
      space: false,
    };
  }

  skipClass(): void {
    const { src } = this;
    let depth = 0;
    for (; this.at < src.length; this.at++) {
      const c = src[this.at];
      if (c === '\\') this.at++;
      else if (c === '[') depth++;
      else if (c === ']' && --depth === 0) {
        this.at++;
        return;
      }
    }
  }

  quantifier(term: Term): void {
    const { src } = this;
    const c = src[this.at];
    let range: [number, number] | null = null;
    if (c === '*') range = [0, Infinity];
    else if (c === '+') range = [1, Infinity];
    else if (c === '?') range = [0, 1];
    if (range) this.at++;
    else if (c === '{') {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(src.slice(this.at));
      if (!m) return;
      this.at += m[0].length;
      range = [Number(m[1]), m[2] === undefined ? Number(m[1]) : m[3] === '' ? Infinity : Number(m[3])];
    }
    if (!range) return;
    [term.quantMin, term.quantMax] = range;
    if (src[this.at] === '?') {
      term.lazy = true;
      this.at++;
    }
  }
}

interface Width {
  min: number;
  max: number;
  reach: number;
}

function termWidth(term: Term): Width {
  const reachEach = term.space ? 0 : term.reach;
  const reachTimes = term.space ? term.quantMin : term.quantMax;
  return {
    min: term.min * term.quantMin,
    max: term.max === 0 ? 0 : term.max * term.quantMax,
    reach: term.space ? term.quantMin : reachEach === 0 ? 0 : reachEach * reachTimes,
  };
}

function alternativesWidth(alternatives: readonly Term[][]): Width {
  const widths = alternatives.map((terms) =>
    terms.map(termWidth).reduce((a, b) => ({ min: a.min + b.min, max: a.max + b.max, reach: a.reach + b.reach }), { min: 0, max: 0, reach: 0 }),
  );
  return {
    min: Math.min(...widths.map((w) => w.min)),
    max: Math.max(...widths.map((w) => w.max)),
    reach: Math.max(...widths.map((w) => w.reach)),
  };
}

/** The costly steps that open some alternative of the pattern (see the module's comment); none for an anchored or sticky pattern. */
export function leadingOffences(pattern: RegExp): Offence[] {
  if (pattern.sticky) return [];
  const reader = new Reader(pattern.source);
  const alternatives = reader.alternation();
  const found: Offence[] = [];
  leading(alternatives, found);
  return found;
}

/** Offences among what each alternative does first; whether every alternative is anchored or consumes something first. */
function leading(alternatives: readonly Term[][], found: Offence[]): boolean {
  let settled = true;
  for (const terms of alternatives) settled = leadingOf(terms, found) && settled;
  return settled;
}

/**
 * Offences among the first steps of one alternative, up to the first that anchors ("^") or must consume a character (the
 * engine's scan for a match then stops there at most offsets); whether it reached such a step.
 */
function leadingOf(terms: readonly Term[], found: Offence[]): boolean {
  for (const term of terms) {
    if (term.kind === 'start') return true;
    if (term.kind === 'assertion') continue;
    if (term.kind === 'lookbehind') {
      const reach = alternativesWidth(term.alternatives).reach;
      if (reach > REACH_LIMIT) found.push({ kind: 'look-behind', step: term.src, reach });
      continue;
    }
    if (term.kind === 'lookahead') {
      leading(term.alternatives, found);
      continue;
    }
    if (term.lazy && !term.space) {
      const reach = termWidth(term).reach;
      if (reach > REACH_LIMIT) {
        found.push({ kind: 'lazy-gap', step: term.src, reach });
        return true;
      }
    }
    // A group whose every alternative anchors or consumes first settles the start, unless it may be skipped.
    if (term.kind === 'group' && leading(term.alternatives, found) && term.quantMin > 0) return true;
    // A step that may match nothing leaves the next one first too.
    if (termWidth(term).min > 0) return true;
  }
  return false;
}
