/**
 * Canonical organisations from every written party name of the documents: one organisation per
 * entity, with its other written forms as aliases (abbreviations a text defines, genitives, spelling
 * variants); units and local branches point to their parent instead of being merged into it; public
 * parties are matched to the official kommuner and regioner (extractors/parties' lexicon: "Malmö Stad",
 * "Malmö kommun" and "Malmös" are one party); organisationsnummer are attached where a text gives one.
 */
import { findOrgnr } from './orgnr.js';
import { isAbbreviation, isSpellingVariant, isUnitOf, nameKey, TRAILING_ABBREVIATION } from './names.js';
import { lookupPublicParty } from '../../extractors/parties/lexicon.js';
import type { Organisation, OrganisationKind } from './types.js';

export interface NamedParty {
  written: string;
  kind: OrganisationKind;
  /** The document the name was read from: abbreviations are defined per document. */
  documentId: number;
}

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

  /**
   * Registers the names of one document, with the abbreviations its text defines ("Röda Korset
   * Gotland (RKG)") and the organisationsnummer it gives next to a name.
   */
  addDocument(documentId: number, parties: readonly NamedParty[], text: string): void {
    const defined = new Map<string, string>();
    for (const party of parties) {
      if (isAbbreviation(party.written)) continue;
      const key = this.register(party.written, party.kind);
      const inline = TRAILING_ABBREVIATION.exec(party.written)?.[1];
      if (inline) defined.set(inline, key);
      for (const abbreviation of abbreviationsDefinedFor(party.written, text)) defined.set(abbreviation, key);
    }
    this.abbreviations.set(documentId, defined);
    for (const [abbreviation, key] of defined) this.drafts.get(key)?.forms.set(abbreviation, 0);
    this.attachOrgnr(parties, text);
  }

  /** The canonical key of a name as written in a document (after addDocument for that document). */
  resolve(written: string, kind: OrganisationKind, documentId: number): string {
    const abbreviation = written.trim();
    const defined = this.abbreviations.get(documentId)?.get(abbreviation) ?? this.globalAbbreviation(abbreviation);
    const key = defined ?? this.keyOf(written, kind);
    return this.variantOf.get(key) ?? key;
  }

  /** Folds spelling variants and links units to parents; call once after every document is added. */
  finish(): Organisation[] {
    this.foldSpellingVariants();
    const keys = [...this.drafts.keys()];
    return keys.map((key) => {
      const draft = this.drafts.get(key)!;
      const forms = [...draft.forms.entries()];
      const name = fullestForm(forms.filter(([form]) => !isAbbreviation(form)).map(([form]) => form)) ?? key;
      const parent = keys.filter((other) => other !== key && draft.kind === this.drafts.get(other)!.kind && isUnitOf(key, other)).sort((a, b) => b.length - a.length)[0] ?? null;
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

  private globalAbbreviation(abbreviation: string): string | undefined {
    const meanings = new Set<string>();
    for (const defined of this.abbreviations.values()) {
      const key = defined.get(abbreviation);
      if (key) meanings.add(key);
    }
    // An abbreviation used without a definition counts only when every text that defines it agrees.
    return meanings.size === 1 ? [...meanings][0] : undefined;
  }

  private foldSpellingVariants(): void {
    const byWeight = [...this.drafts.entries()].sort(([, a], [, b]) => weight(b) - weight(a));
    for (const [key, draft] of byWeight) {
      if (!this.drafts.has(key)) continue;
      for (const [other, otherDraft] of byWeight) {
        if (other === key || !this.drafts.has(other) || otherDraft.kind !== draft.kind || otherDraft.municipality) continue;
        if (!isSpellingVariant(key, other)) continue;
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
  }

  /** Each organisationsnummer goes to the organisation named closest before it in the text. */
  private attachOrgnr(parties: readonly NamedParty[], text: string): void {
    for (const mention of findOrgnr(text)) {
      let best: { key: string; distance: number } | null = null;
      for (const party of parties) {
        if (isAbbreviation(party.written)) continue;
        for (const match of text.slice(0, mention.offset).matchAll(namePattern(party.written))) {
          const distance = mention.offset - (match.index ?? 0) - match[0].length;
          if (distance <= 200 && (!best || distance < best.distance)) best = { key: this.keyOf(party.written, party.kind), distance };
        }
      }
      const draft = best && this.drafts.get(best.key);
      if (draft && (!draft.orgnr || (!draft.orgnr.valid && mention.valid))) draft.orgnr = { value: mention.value, valid: mention.valid };
    }
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

/** A name as it may be written in running text: any whitespace or line break between words, a genitive s. */
function namePattern(name: string): RegExp {
  const words = name.replace(TRAILING_ABBREVIATION, '').trim().split(/\s+/).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`${words.join('[\\s-]+')}(?::?s)?`, 'giu');
}

/** Abbreviations the text defines for a name: the name followed by "(ABBR)" (the name matched case-insensitively). */
function abbreviationsDefinedFor(name: string, text: string): string[] {
  const pattern = new RegExp(`${namePattern(name).source}\\s*\\(\\s*([\\p{L}0-9]{2,8})\\s*\\)`, 'giu');
  return [...text.matchAll(pattern)].map((m) => m[1]!).filter(isAbbreviation);
}
