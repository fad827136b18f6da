/**
 * Canonical organisations from every written party name of the documents: one organisation per
 * entity, with its other written forms as aliases (abbreviations a text defines, genitives, spelling
 * variants); units and local branches point to their parent instead of being merged into it; public
 * parties are matched to the official kommuner and regioner (extractors/parties' lexicon: "Malmö Stad",
 * "Malmö kommun" and "Malmös" are one party); organisationsnummer are attached where a text gives one.
 */
import { isAbbreviation, isSpellingVariant, nameKey, TRAILING_ABBREVIATION } from './names.js';
import type { PartyName, TextFacts } from './text-facts.js';
import { lookupPublicParty } from '../../extractors/parties/lexicon.js';
import type { Organisation, OrganisationKind } from './types.js';

interface Draft {
  kind: OrganisationKind;
  /** Written forms with how often each was seen. */
  forms: Map<string, number>;
  orgnr: Organisation['orgnr'];
  municipality: Organisation['municipality'];
}

export class OrganisationRegistry {
  private readonly drafts = new Map<string, Draft>();
  /** Abbreviation → key, per document ("RKG" means Röda Korset Gotland where that text says so). */
  private readonly abbreviations = new Map<number, Map<string, string>>();
  /** Key → the canonical key it was folded into as a spelling variant. */
  private readonly variantOf = new Map<string, string>();
  /** Abbreviation → every key a text defined it as, for names used without a definition in their own text. */
  private readonly abbreviationMeanings = new Map<string, Set<string>>();

  /**
   * Registers the names of one document's partnerships, with the abbreviations its text defines ("Röda
   * Korset Gotland (RKG)") and the organisationsnummer it gives next to a name (text-facts.ts).
   */
  addDocument(documentId: number, parties: readonly PartyName[], facts: TextFacts): void {
    const defined = new Map<string, string>();
    const named = parties.filter((p) => !isAbbreviation(p.written));
    for (const party of named) {
      const key = this.register(party.written, party.kind);
      const inline = TRAILING_ABBREVIATION.exec(party.written)?.[1];
      if (inline) defined.set(inline, key);
    }
    for (const { abbreviation, written, kind } of facts.abbreviations) defined.set(abbreviation, this.keyOf(written, kind));
    this.abbreviations.set(documentId, defined);
    for (const [abbreviation, key] of defined) {
      this.drafts.get(key)?.forms.set(abbreviation, 0);
      this.abbreviationMeanings.set(abbreviation, (this.abbreviationMeanings.get(abbreviation) ?? new Set()).add(key));
    }
    for (const mention of facts.orgnr) {
      const draft = this.drafts.get(this.keyOf(mention.written, mention.kind));
      if (draft && (!draft.orgnr || (!draft.orgnr.valid && mention.valid))) draft.orgnr = { value: mention.value, valid: mention.valid };
    }
  }

  /** The canonical key of a name as written in a document (after addDocument for that document). */
  resolve(written: string, kind: OrganisationKind, documentId: number): string {
    const abbreviation = written.trim();
    const defined = this.abbreviations.get(documentId)?.get(abbreviation) ?? this.globalAbbreviation(abbreviation);
    const key = defined ?? this.keyOf(written, kind);
    // The name may be a spelling variant folded into another organisation.
    return this.variantOf.get(key) ?? key;
  }

  /** Folds spelling variants and links units to parents; call once after every document is added. */
  finish(): Organisation[] {
    this.foldSpellingVariants();
    const keys = [...this.drafts.keys()];
    return keys.map((key) => {
      const draft = this.drafts.get(key)!;
      const forms = [...draft.forms.entries()];
      // A kommun or region goes by what it calls itself ("Göteborgs stad", whether a text wrote "Göteborgs kommun").
      const name = draft.municipality?.name ?? fullestForm(forms.filter(([form]) => !isAbbreviation(form)).map(([form]) => form)) ?? key;
      const parent = this.parentOf(key, draft.kind);
      return {
        key,
        name,
        kind: draft.kind,
        aliases: forms.map(([form]) => form).filter((form) => form !== name).sort(),
        parent,
        orgnr: draft.orgnr,
        municipality: draft.municipality,
      };
    });
  }

  private keyOf(written: string, kind: OrganisationKind): string {
    const body = kind === 'offentlig' ? publicBody(written) : null;
    return body ? body.key : nameKey(written);
  }

  private register(written: string, kind: OrganisationKind): string {
    const key = this.keyOf(written, kind);
    let draft = this.drafts.get(key);
    if (!draft) {
      const body = kind === 'offentlig' ? publicBody(written) : null;
      draft = { kind, forms: new Map(), orgnr: null, municipality: body ? { kind: body.kind, name: body.official } : null };
      this.drafts.set(key, draft);
    }
    const form = written.replace(TRAILING_ABBREVIATION, '').replace(/\s+/g, ' ').trim();
    draft.forms.set(form, (draft.forms.get(form) ?? 0) + 1);
    return key;
  }

  /** An abbreviation used without a definition counts only when every text that defines it agrees. */
  private globalAbbreviation(abbreviation: string): string | undefined {
    const meanings = this.abbreviationMeanings.get(abbreviation);
    return meanings?.size === 1 ? [...meanings][0] : undefined;
  }

  /** The nearest registered organisation whose key is a whole-word prefix of this one's. */
  private parentOf(key: string, kind: OrganisationKind): string | null {
    const words = key.split(' ');
    for (let n = words.length - 1; n > 0; n--) {
      const prefix = words.slice(0, n).join(' ');
      if (this.drafts.get(prefix)?.kind === kind) return prefix;
    }
    return null;
  }

  private foldSpellingVariants(): void {
    const byWeight = [...this.drafts.entries()].filter(([, d]) => !d.municipality).sort(([, a], [, b]) => weight(b) - weight(a));
    // Keys one edit apart share a one-letter deletion (SymSpell's trick), so only those are compared.
    // Each key's deletions made once, and the keys near it visited where they are listed, repeats and all (one
    // folded already is gone from the drafts): a step's registry is rebuilt for every reconcile step.
    const deletionsOf = new Map(byWeight.map(([key]) => [key, deletions(key)]));
    const byDeletion = new Map<string, string[]>();
    for (const [key, keyDeletions] of deletionsOf) {
      for (const d of keyDeletions) {
        const keys = byDeletion.get(d);
        if (keys) keys.push(key);
        else byDeletion.set(d, [key]);
      }
    }
    for (const [key, draft] of byWeight) {
      if (!this.drafts.has(key)) continue;
      for (const other of deletionsOf.get(key)!.flatMap((d) => byDeletion.get(d)!)) {
        const otherDraft = this.drafts.get(other);
        if (other === key || !otherDraft || otherDraft.kind !== draft.kind || !isSpellingVariant(key, other)) continue;
        for (const [form, count] of otherDraft.forms) draft.forms.set(form, (draft.forms.get(form) ?? 0) + count);
        draft.orgnr ??= otherDraft.orgnr;
        this.drafts.delete(other);
        this.variantOf.set(other, key);
      }
    }
    // Abbreviations defined as a variant now mean the canonical organisation.
    for (const defined of this.abbreviations.values()) {
      for (const [abbreviation, key] of defined) defined.set(abbreviation, this.variantOf.get(key) ?? key);
    }
    for (const [abbreviation, keys] of this.abbreviationMeanings) this.abbreviationMeanings.set(abbreviation, new Set([...keys].map((k) => this.variantOf.get(k) ?? k)));
  }
}

/** The kommun or region a public party's name denotes, keyed by what it calls itself. */
function publicBody(written: string): { kind: 'kommun' | 'region'; official: string; key: string } | null {
  const party = lookupPublicParty(written.replace(TRAILING_ABBREVIATION, ''));
  return party ? { kind: party.kind, official: party.official, key: `${party.kind}:${party.official.toLocaleLowerCase('sv')}` } : null;
}

const weight = (draft: Draft) => [...draft.forms.values()].reduce((a, b) => a + b, 0);

/**
 * The name to show: the longest written form, texts shorten names more often than they lengthen them —
 * but not a genitive ("Röda Korsets Gotland") when the plain form was written too.
 */
function fullestForm(forms: string[]): string | undefined {
  const seen = new Set(forms.map((f) => f.toLocaleLowerCase('sv')));
  const isGenitiveOfAnother = (form: string) => {
    const words = form.split(' ');
    return words.some((word, i) => /:?s$/.test(word) && seen.has([...words.slice(0, i), word.replace(/:?s$/, ''), ...words.slice(i + 1)].join(' ').toLocaleLowerCase('sv')));
  };
  const plain = forms.filter((f) => !isGenitiveOfAnother(f));
  return [...(plain.length > 0 ? plain : forms)].sort((a, b) => b.length - a.length || a.localeCompare(b, 'sv'))[0];
}

/** The key and every key one letter shorter. */
function deletions(key: string): string[] {
  return [key, ...[...key].map((_, i) => key.slice(0, i) + key.slice(i + 1))];
}
