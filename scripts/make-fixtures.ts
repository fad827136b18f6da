/**
 * Regenerates fixtures/pdf/seed_00N.pdf from fixtures/seeds/seed_00N.txt (`npm run fixtures`): each seed is
 * rendered as a municipal-looking PDF (scripts/pdf-render.ts). Deterministic: running it again reproduces
 * byte-identical PDFs, so the committed PDFs only change when the seeds or the renderer change.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { REPO_ROOT, renderMunicipalPdf, type RenderOptions } from './pdf-render.js';

export const SEEDS_DIR = join(REPO_ROOT, 'fixtures/seeds');
export const SEED_PDF_DIR = join(REPO_ROOT, 'fixtures/pdf');

/** The running header each seed PDF carries: who publishes it and what kind of document it is. */
export const SEED_HEADERS: Readonly<Record<string, Pick<RenderOptions, 'organisation' | 'documentType'>>> = {
  seed_000: { organisation: 'Region Gotland', documentType: 'Protokoll' },
  seed_001: { organisation: 'Region Gotland', documentType: 'Överenskommelse' },
  seed_002: { organisation: 'Malmö stad', documentType: 'Tjänsteskrivelse' },
  seed_003: { organisation: 'Region Skåne', documentType: 'Beslutsförslag' },
  seed_004: { organisation: 'Famna och Fremia', documentType: 'Rapport' },
};

/** A seed's document text: the file without its "# source: …" provenance line. */
export function seedBody(seedText: string): string {
  return seedText.replace(/^# source:.*\n/, '');
}

export async function makeSeedPdfs(): Promise<string[]> {
  const written: string[] = [];
  for (const [seed, header] of Object.entries(SEED_HEADERS)) {
    const text = seedBody(await readFile(join(SEEDS_DIR, `${seed}.txt`), 'utf8'));
    const target = join(SEED_PDF_DIR, `${seed}.pdf`);
    await writeFile(target, await renderMunicipalPdf(text, header));
    written.push(target);
  }
  return written;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  for (const file of await makeSeedPdfs()) console.log(`wrote ${file}`);
}
