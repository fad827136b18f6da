/**
 * Builds fixtures/first-runs/: what the extractors did on each blind set BEFORE anyone wrote rules from it — the
 * honest basis for calibration. A confidence is a promise about documents nobody has seen; leaving a development
 * document out of the calibration fit does not leave it out of the rules tuned on it (leave-one-document-out says
 * ≥ 0.9 is right .99 of the time, the sets' first blind runs were right .51–.81), so the fit needs observations
 * made by code that had never seen the documents.
 *
 * For each set of FIRST_RUNS (a blind set that became a development set) and the commit of its first run — the
 * commit that added the set, gold written before any eval run; its code is the code the set was first scored with:
 *   1. extract: `git worktree add --detach /tmp/fr-SET COMMIT`, a symlink to this checkout's node_modules, `npx tsc
 *      -p tsconfig.build.json` there, and every text of today's docs/ extracted by THAT build with raw (uncalibrated)
 *      confidence (pipeline/extract.ts extractUncalibrated, whose signature and the output contract are unchanged
 *      since realset4's commit), written to fixtures/first-runs/raw/SET.json; the temporary worktree is removed.
 *   2. judge: each raw result judged by TODAY's scorer against TODAY's gold and placed by today's calibration
 *      (field, cell, review rules — pipeline/eval/calibration-set.ts firstRunValues), written compactly to
 *      fixtures/first-runs/SET.json: one row per judged value [document, field, cell, raw confidence, right 1/0,
 *      flagged for a reason 1/0, on a guessed kind 1/0] (as calibrateResult would flag it; FirstRunValue).
 * Step 2 alone re-judges the stored raw results when gold or the scorer change (no old build needed).
 *
 * Run (after `npx tsc -p tsconfig.build.json`):
 *   node dist/scripts/first-runs.js                 # extract (if raw/SET.json is missing) and judge every set
 *   node dist/scripts/first-runs.js realset14 …     # only these sets
 *   node dist/scripts/first-runs.js --judge         # only re-judge the stored raw results
 *   node dist/scripts/first-runs.js --extract …     # re-extract even where raw/SET.json exists
 * Deterministic: same commit and docs, same raw file; same raw, gold and scorer, same judged file.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readFile, symlink, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { DocumentResult } from '../pipeline/contract.js';
import { FIRST_RUNS_DIR, judgeFirstRun, type FirstRunFile } from '../pipeline/eval/calibration-set.js';

/**
 * Each blind set that became a development set and the commit its first run was made with (the commit that added
 * its docs and gold, before any eval run: `git log --diff-filter=A -- fixtures/SET/gold`), newest first. A set joins
 * when it is promoted, never while it is score-only: its judged first run is read from its gold and enters the fit.
 */
export const FIRST_RUNS: ReadonlyArray<{ set: string; commit: string }> = [
  { set: 'realset25', commit: 'e01bf38' },
  { set: 'realset24', commit: 'f32ab53' },
  { set: 'realset23', commit: '167436d' },
  { set: 'realset22', commit: 'c7cd4ec' },
  { set: 'realset21', commit: 'f2143ef' },
  { set: 'realset20', commit: 'ac6303e' },
  { set: 'realset19', commit: '8b426ca' },
  { set: 'realset18', commit: '0512fc2' },
  { set: 'realset17', commit: '80218ad' },
  { set: 'realset16', commit: '5050b09' },
  { set: 'realset15', commit: 'b9de3ce' },
  { set: 'realset14', commit: '206a22b' },
  { set: 'realset13', commit: 'fbcb4cd' },
  { set: 'realset12', commit: '0a9bdd0' },
  { set: 'realset11', commit: '829b276' },
  { set: 'realset10', commit: '4110102' },
  { set: 'realset9', commit: '57366bd' },
  { set: 'realset8', commit: 'f8c606a' },
  { set: 'realset7', commit: 'cb9e9fd' },
  { set: 'realset6', commit: '305445f' },
  { set: 'realset5', commit: 'ea7720e' },
  { set: 'realset4', commit: '3c3c16c' },
];

/** Run inside the old build: extracts every file of a docs folder with raw confidence, prints {name: result}. */
const DUMPER = `
import { readdir } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
const [dist, docs] = process.argv.slice(2);
const { processFile } = await import(join(dist, 'pipeline/process.js'));
const { extractUncalibrated } = await import(join(dist, 'pipeline/extract.js'));
const out = {};
for (const file of (await readdir(docs)).sort()) {
  const { pages, meta, result } = await processFile(join(docs, file));
  out[basename(file, extname(file))] = meta ? extractUncalibrated(result.source, pages, meta.paged) : result;
}
process.stdout.write(JSON.stringify(out));
`;

async function extract(set: string, commit: string): Promise<void> {
  const tree = `/tmp/fr-${set}`;
  const git = (...args: string[]) => execFileSync('git', args, { stdio: ['ignore', 'pipe', 'inherit'] }).toString();
  if (existsSync(tree)) git('worktree', 'remove', '--force', tree);
  git('worktree', 'add', '--quiet', '--detach', tree, commit);
  try {
    await symlink(resolve('node_modules'), join(tree, 'node_modules'));
    execFileSync('npx', ['tsc', '-p', 'tsconfig.build.json'], { cwd: tree, stdio: 'inherit' });
    const dumper = join(tree, 'first-run-dump.mjs');
    await writeFile(dumper, DUMPER);
    const json = execFileSync('node', [dumper, join(tree, 'dist'), resolve('fixtures', set, 'docs')], { maxBuffer: 1 << 30, stdio: ['ignore', 'pipe', 'inherit'] }).toString();
    const results = JSON.parse(json) as Record<string, DocumentResult>;
    await mkdir(join(FIRST_RUNS_DIR, 'raw'), { recursive: true });
    await writeFile(join(FIRST_RUNS_DIR, 'raw', `${set}.json`), JSON.stringify({ set, commit, results }) + '\n');
    console.log(`${set}: extracted ${Object.keys(results).length} documents at ${commit}`);
  } finally {
    git('worktree', 'remove', '--force', tree);
  }
}

async function judge(set: string): Promise<void> {
  const { commit, results } = JSON.parse(await readFile(join(FIRST_RUNS_DIR, 'raw', `${set}.json`), 'utf8')) as { commit: string; results: Record<string, DocumentResult> };
  const values = await judgeFirstRun(resolve('fixtures', set), results);
  const file: FirstRunFile = { set, commit, columns: ['document', 'field', 'cell', 'raw', 'right', 'reason', 'guessed'], values };
  // One value per line: compact, and a re-judge reads as a small diff.
  const body = values.map((v) => JSON.stringify(v)).join(',\n    ');
  const head = JSON.stringify({ set, commit, columns: file.columns }).slice(0, -1);
  await writeFile(join(FIRST_RUNS_DIR, `${set}.json`), `${head},\n  "values": [\n    ${body}\n  ]\n}\n`);
  const right = values.filter((v) => v[4] === 1).length;
  console.log(`${set}: ${values.length} values judged, ${right} right (${(right / Math.max(1, values.length)).toFixed(3)})`);
}

async function main(args: string[]): Promise<void> {
  const onlyJudge = args.includes('--judge');
  const force = args.includes('--extract');
  const wanted = args.filter((a) => !a.startsWith('--'));
  for (const { set, commit } of FIRST_RUNS.filter((r) => wanted.length === 0 || wanted.includes(r.set))) {
    if (!onlyJudge && (force || !existsSync(join(FIRST_RUNS_DIR, 'raw', `${set}.json`)))) await extract(set, commit);
    if (existsSync(join(FIRST_RUNS_DIR, 'raw', `${set}.json`))) await judge(set);
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  await main(process.argv.slice(2));
}
