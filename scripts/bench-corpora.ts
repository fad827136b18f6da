/**
 * The text corpora of `npm run bench`, generated once into .bench/ and reused:
 *  - whole protocols like fixtures/devset/docs/p_*.txt: protocol i takes the header of one of the 20
 *    development protocols (its body, layout and table of contents) under a meeting date of its own, and
 *    5–24 § items drawn from all of them, renumbered from the header's first § on — so the matters, their
 *    look-alikes and their kinds are real protocol text in new combinations;
 *  - mixed documents: the whole development set (protocols, tjänsteskrivelser, agreements, reports, web
 *    pages) in turn, each copy closed by a line of its own so that no two files are duplicates.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { protocolItems } from '../pipeline/matters/items.js';
import { PACKAGE_ROOT } from '../output/package-root.js';
import { BENCH, CHARS_PER_PAGE } from './bench-measure.js';

const DEVSET = join(PACKAGE_ROOT, 'fixtures', 'devset', 'docs');
/** § items per generated protocol: 5 + 0..19. */
const MIN_ITEMS = 5;
const MORE_ITEMS = 20;

interface Protocol {
  header: string;
  date: string | null;
  firstNumber: number;
}

const devsetFiles = (prefix: string) =>
  readdirSync(DEVSET)
    .filter((f) => f.startsWith(prefix) && f.endsWith('.txt'))
    .sort()
    .map((f) => readFileSync(join(DEVSET, f), 'utf8'));

/** The development protocols cut into headers and § items (as the matters stage cuts them). */
function protocolParts(): { protocols: Protocol[]; items: string[] } {
  const protocols: Protocol[] = [];
  const items: string[] = [];
  for (const text of devsetFiles('p_')) {
    const found = protocolItems(text);
    if (found.length === 0) continue;
    const header = text.slice(0, found[0]!.start);
    protocols.push({ header, date: /\b(20\d\d-\d\d-\d\d)\b/.exec(header)?.[1] ?? null, firstNumber: Number.parseInt((found[0]!.paragraph ?? '').replace(/^§\s*/, ''), 10) });
    for (const item of found) items.push(text.slice(item.start, item.end).trimEnd());
  }
  return { protocols, items };
}

function writeOnce(dir: string, count: number, name: (i: number) => string, text: (i: number) => string): string {
  const done = join(dir, '.complete');
  if (existsSync(done)) return dir;
  mkdirSync(dir, { recursive: true });
  for (let i = 0; i < count; i++) {
    const file = join(dir, name(i));
    writeFileSync(`${file}.tmp`, text(i));
    renameSync(`${file}.tmp`, file);
  }
  writeFileSync(done, '');
  return dir;
}

/** `count` generated whole protocols in .bench/protocols-COUNT/; returns the folder. */
export function protocolCorpus(count: number): string {
  const { protocols, items } = protocolParts();
  return writeOnce(join(BENCH, `protocols-${count}`), count, (i) => `protokoll-${String(i).padStart(5, '0')}.txt`, (i) => {
    const protocol = protocols[i % protocols.length]!;
    const date = `${2019 + (i % 7)}-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + ((i * 7) % 28)).padStart(2, '0')}`;
    const header = protocol.date ? protocol.header.split(protocol.date).join(date) : protocol.header;
    // Deterministic strides through the pool (primes), so every run builds the same corpus.
    const chosen = Array.from({ length: MIN_ITEMS + ((i * 7919) % MORE_ITEMS) }, (_, n) => items[(i * 997 + n * 7919) % items.length]!);
    const body = chosen.map((item, n) => item.replace(/^§\s*\d+/, `§ ${protocol.firstNumber + n}`));
    return `${header}${body.join('\n\n')}\n`;
  });
}

/** A text corpus's size in pages of CHARS_PER_PAGE characters (a text file is one page to the reader). */
export function pageEquivalents(dir: string): number {
  const files = readdirSync(dir).filter((f) => f.endsWith('.txt'));
  return Math.round(files.reduce((n, f) => n + readFileSync(join(dir, f), 'utf8').length, 0) / CHARS_PER_PAGE);
}

/** `count` documents of the whole development set in turn in .bench/documents-COUNT/; returns the folder. */
export function mixedCorpus(count: number): string {
  const texts = devsetFiles('');
  return writeOnce(join(BENCH, `documents-${count}`), count, (i) => `handling-${String(i).padStart(5, '0')}.txt`, (i) => `${texts[i % texts.length]!}\n\nHandling ${i + 1}\n`);
}
