/**
 * Whether a word ends in any of many suffixes (a lexicon's organisation markers: "förening", "klubb", "jour" …), read
 * back from the word's end through a trie of the reversed suffixes: a few steps for a word, where testing each suffix
 * with endsWith took one call per suffix (a hundred) for every word asked about.
 */
interface Node {
  next: Map<number, Node>;
  /** A suffix ends here (read backwards: begins here). */
  end: boolean;
}

export class SuffixSet {
  private readonly root: Node = { next: new Map(), end: false };

  constructor(suffixes: readonly string[]) {
    for (const suffix of suffixes) {
      let node = this.root;
      for (let i = suffix.length - 1; i >= 0; i--) {
        const code = suffix.charCodeAt(i);
        let child = node.next.get(code);
        if (!child) node.next.set(code, (child = { next: new Map(), end: false }));
        node = child;
      }
      node.end = true;
    }
  }

  /** Whether `word` ends with one of the suffixes (exactly as written: compare lower case with lower case). */
  endsAny(word: string): boolean {
    let node: Node | undefined = this.root;
    if (node.end) return true; // the empty suffix
    for (let i = word.length - 1; i >= 0; i--) {
      node = node.next.get(word.charCodeAt(i));
      if (!node) return false;
      if (node.end) return true;
    }
    return false;
  }
}
