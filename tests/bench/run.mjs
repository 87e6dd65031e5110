/**
 * Benchmark (`npm run bench`): times, on the same generated applications, the bare parse floor
 * (yaml, js-yaml), `modelplan check` (automatic threads and one thread), `modelplan budget` and
 * ajv-cli with our application schema; then 5,000 realistic applications (tests/bench/realistic.mjs)
 * against ajv-cli, with a second `--cache` run; then copies of the valid examples in two styles (their
 * own and indentless sequences), each against ajv-cli; then a cold single-file check against `node -e 0`. Prints
 * medians of wall time, files per second, peak memory (RSS, via /usr/bin/time) and ratios, and
 * writes tests/bench/out/results.json.
 *
 *   npm run bench                         # N = 1000 and 10000 (a third need review), then 5000 without findings; 3 runs each
 *   npm run bench -- --n 5000 --runs 5
 *   npm run bench -- --n 2000 --examples-n 2000 --runs 3   # also sizes the two corpora of copied examples
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { parseDocument } from 'yaml';
import { generate } from './generate.mjs';
import { generateRealistic, validExamples as listValidExamples } from './realistic.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const OUT = join(ROOT, 'tests/bench/out');
const CLI = join(ROOT, 'dist/cli.js');
const AJV = join(ROOT, 'node_modules/ajv-cli/dist/index.js');
const TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;

const { values } = parseArgs({
  options: { n: { type: 'string', default: '1000,10000' }, 'examples-n': { type: 'string', default: '5000' }, seed: { type: 'string', default: '42' }, runs: { type: 'string', default: '3' } },
});
if (!existsSync(CLI)) {
  console.error('dist/cli.js is missing: run `npm run build` first (npm run bench does).');
  process.exit(2);
}
const sizes = values.n.split(',').map(Number);
const runs = Math.max(1, Number(values.runs));
const examplesN = Number(values['examples-n']);

/** One run of a command: wall and CPU seconds (user + system), peak RSS in MiB (CPU and RSS when /usr/bin/time is there), exit code. */
function once(args) {
  const argv = TIME ? [TIME, '-f', '%M %U %S', process.execPath, ...args] : [process.execPath, ...args];
  const start = performance.now();
  const result = spawnSync(argv[0], argv.slice(1), { cwd: ROOT, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, timeout: 600_000 });
  const wall = (performance.now() - start) / 1000;
  const [rssKb, user, sys] = TIME ? result.stderr.trim().split('\n').at(-1).split(' ').map(Number) : [NaN, NaN, NaN];
  return { wall, cpu: user + sys, rss: rssKb / 1024, code: result.status, stderr: result.stderr };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];

function measure(label, args, okCodes, times = runs) {
  const samples = Array.from({ length: times }, () => once(args));
  const bad = samples.find((s) => !okCodes.includes(s.code));
  if (bad) throw new Error(`${label}: exit ${bad.code}\n${bad.stderr.slice(0, 2000)}`);
  return { label, wall: median(samples.map((s) => s.wall)), cpu: median(samples.map((s) => s.cpu)), rss: Math.max(...samples.map((s) => s.rss)), code: samples[0].code };
}

const results = { machine: { node: process.version, cpus: availableParallelism(), model: cpus()[0]?.model ?? 'unknown' }, runs, sizes: [] };
mkdirSync(OUT, { recursive: true });

for (const n of sizes) {
  const corpus = join(OUT, `corpus-${n}`);
  await generate({ n, seed: Number(values.seed), out: corpus });
  const report = join(OUT, `report-${n}.json`);
  const rows = [
    measure('parse floor: yaml', ['tests/bench/parse-floor.mjs', 'yaml', corpus], [0]),
    measure('parse floor: js-yaml', ['tests/bench/parse-floor.mjs', 'js-yaml', corpus], [0]),
    measure('ajv-cli (schema only, no positions, no rules)', [AJV, 'validate', '--spec=draft2020', '-s', 'schemas/aanvraag.schema.json', '-r', 'schemas/defs.schema.json', '-c', 'ajv-formats', '--strict=false', '-d', `${corpus}/**/*.yaml`], [0]),
    measure('modelplan check -f json (automatic threads)', [CLI, 'check', '-f', 'json', '-o', report, corpus], [0, 1]),
    measure('modelplan check -f json --jobs 1', [CLI, 'check', '-f', 'json', '--jobs', '1', '-o', report, corpus], [0, 1]),
    measure('modelplan budget -f json', [CLI, 'budget', '-f', 'json', '-o', join(OUT, `budget-${n}.json`), corpus], [0]),
  ];
  const ajv = rows[2].wall;
  results.sizes.push({ n, rows: rows.map((r) => ({ ...r, filesPerSecond: n / r.wall, ratioToAjvCli: r.wall / ajv })) });
  console.log(`\n### N = ${n.toLocaleString('en')} applications (median of ${runs})\n`);
  console.log('| command | wall (s) | files/s | peak RSS (MiB) | × ajv-cli |');
  console.log('|---|---:|---:|---:|---:|');
  for (const r of rows) {
    console.log(`| ${r.label} | ${r.wall.toFixed(2)} | ${Math.round(n / r.wall).toLocaleString('en')} | ${Number.isNaN(r.rss) ? 'n/a' : r.rss.toFixed(0)} | ${(r.wall / ajv).toFixed(2)} |`);
  }
}

// The target of issue 7 word for word: 5,000 valid applications, none of them with a finding.
const plain = join(OUT, 'corpus-5000-standaard');
await generate({ n: 5000, seed: Number(values.seed), out: plain, mix: "standaard" });
const plainRows = [
  measure('ajv-cli (schema only, no positions, no rules)', [AJV, 'validate', '--spec=draft2020', '-s', 'schemas/aanvraag.schema.json', '-r', 'schemas/defs.schema.json', '-c', 'ajv-formats', '--strict=false', '-d', `${plain}/**/*.yaml`], [0]),
  measure('modelplan check -f json (automatic threads)', [CLI, 'check', '-f', 'json', '-o', join(OUT, 'report-5000-standaard.json'), plain], [0]),
  measure('modelplan check -f json --jobs 1', [CLI, 'check', '-f', 'json', '--jobs', '1', '-o', join(OUT, 'report-5000-standaard.json'), plain], [0]),
];
results.target = plainRows.map((r) => ({ ...r, ratioToAjvCli: r.wall / plainRows[0].wall }));
console.log(`\n### 5,000 valid applications without findings (median of ${runs})\n`);
console.log('| command | wall (s) | files/s | peak RSS (MiB) | × ajv-cli |');
console.log('|---|---:|---:|---:|---:|');
for (const r of plainRows) console.log(`| ${r.label} | ${r.wall.toFixed(2)} | ${Math.round(5000 / r.wall).toLocaleString('en')} | ${Number.isNaN(r.rss) ? 'n/a' : r.rss.toFixed(0)} | ${(r.wall / plainRows[0].wall).toFixed(2)} |`);

// Issue 28: 5,000 realistic applications (tests/bench/realistic.mjs: the valid examples, each with
// its own title, names, codes and region), check against ajv-cli, and a second run with --cache
// over the unchanged files (the first run fills the cache and is not counted).
const realistic = join(OUT, 'corpus-5000-realistic');
generateRealistic({ n: 5000, out: realistic });
const cacheFile = join(OUT, 'realistic.modelplancache');
rmSync(cacheFile, { force: true });
once([CLI, 'check', '-f', 'json', '--cache', '--cache-location', cacheFile, '-o', join(OUT, 'report-5000-realistic.json'), realistic]);
const realisticRows = [
  measure('ajv-cli (schema only, no positions, no rules)', [AJV, 'validate', '--spec=draft2020', '-s', 'schemas/aanvraag.schema.json', '-r', 'schemas/defs.schema.json', '-c', 'ajv-formats', '--strict=false', '-d', `${realistic}/**/*.yaml`], [0]),
  measure('modelplan check -f json (automatic threads)', [CLI, 'check', '-f', 'json', '-o', join(OUT, 'report-5000-realistic.json'), realistic], [0]),
  measure('modelplan check -f json --jobs 1', [CLI, 'check', '-f', 'json', '--jobs', '1', '-o', join(OUT, 'report-5000-realistic.json'), realistic], [0]),
  measure('modelplan check -f json --cache, second run, nothing changed', [CLI, 'check', '-f', 'json', '--cache', '--cache-location', cacheFile, '-o', join(OUT, 'report-5000-realistic.json'), realistic], [0]),
];
results.realistic = realisticRows.map((r) => ({ ...r, ratioToAjvCli: r.wall / realisticRows[0].wall, cpuRatioToAjvCli: r.cpu / realisticRows[0].cpu }));
console.log(`\n### 5,000 realistic applications (issue 28, median of ${runs})\n`);
console.log('| command | wall (s) | CPU (s) | peak RSS (MiB) | × ajv-cli (wall) | × ajv-cli (CPU) |');
console.log('|---|---:|---:|---:|---:|---:|');
for (const r of results.realistic) console.log(`| ${r.label} | ${r.wall.toFixed(2)} | ${Number.isNaN(r.cpu) ? 'n/a' : r.cpu.toFixed(2)} | ${Number.isNaN(r.rss) ? 'n/a' : r.rss.toFixed(0)} | ${r.ratioToAjvCli.toFixed(2)} | ${Number.isNaN(r.cpuRatioToAjvCli) ? 'n/a' : r.cpuRatioToAjvCli.toFixed(2)} |`);

// Issue 19: the valid examples as they are (three of seven need additional review, so they have
// findings and positions), and the same applications with indentless sequences (`key:\n- item`),
// as PyYAML, Go and kubectl write YAML. Each against ajv-cli in the same run.
const validExamples = listValidExamples();
results.corpora = [];
for (const style of ['examples', 'indentless']) {
  const n = examplesN;
  const dir = join(OUT, `corpus-${n}-${style}`);
  rmSync(dir, { recursive: true, force: true });
  const texts = validExamples.map((file) => {
    const text = readFileSync(file, 'utf8');
    return style === 'indentless' ? parseDocument(text).toString({ indentSeq: false, lineWidth: 0 }) : text;
  });
  for (let i = 0; i < n; i++) {
    const folder = join(dir, `regio-${String(Math.floor(i / 100)).padStart(3, '0')}`);
    if (i % 100 === 0) mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, `aanvraag-${String(i).padStart(5, '0')}.yaml`), texts[i % texts.length]);
  }
  const rows = [
    measure('ajv-cli (schema only, no positions, no rules)', [AJV, 'validate', '--spec=draft2020', '-s', 'schemas/aanvraag.schema.json', '-r', 'schemas/defs.schema.json', '-c', 'ajv-formats', '--strict=false', '-d', `${dir}/**/*.yaml`], [0]),
    measure('modelplan check -f json (automatic threads)', [CLI, 'check', '-f', 'json', '-o', join(OUT, `report-${n}-${style}.json`), dir], [0]),
    measure('modelplan check -f json --jobs 1', [CLI, 'check', '-f', 'json', '--jobs', '1', '-o', join(OUT, `report-${n}-${style}.json`), dir], [0]),
  ];
  results.corpora.push({ style, n, examples: validExamples.length, rows: rows.map((r) => ({ ...r, ratioToAjvCli: r.wall / rows[0].wall })) });
  const title = style === 'indentless' ? 'the same, indentless sequences' : 'copies of the valid examples, with their findings';
  console.log(`\n### ${n.toLocaleString('en')} ${title} (${validExamples.length} examples, median of ${runs})\n`);
  console.log('| command | wall (s) | files/s | peak RSS (MiB) | × ajv-cli |');
  console.log('|---|---:|---:|---:|---:|');
  for (const r of rows) console.log(`| ${r.label} | ${r.wall.toFixed(2)} | ${Math.round(n / r.wall).toLocaleString('en')} | ${Number.isNaN(r.rss) ? 'n/a' : r.rss.toFixed(0)} | ${(r.wall / rows[0].wall).toFixed(2)} |`);
}

const single = join(ROOT, 'examples/ai-spraakgestuurd-rapporteren-vvt.yaml');
const bare = measure('node -e 0', ['-e', '0'], [0], 11);
const cold = measure('modelplan check (one file)', [CLI, 'check', single], [0], 11);
results.coldStart = { node: bare.wall, check: cold.wall, ratio: cold.wall / bare.wall, rss: cold.rss };
console.log(`\n### Cold start (median of 11)\n`);
console.log('| command | wall (s) | peak RSS (MiB) | × node -e 0 |');
console.log('|---|---:|---:|---:|');
for (const r of [bare, cold]) console.log(`| ${r.label} | ${r.wall.toFixed(3)} | ${Number.isNaN(r.rss) ? 'n/a' : r.rss.toFixed(0)} | ${(r.wall / bare.wall).toFixed(2)} |`);

const checkRow = results.target[1];
const rssValues = results.sizes.map((s) => s.rows[3].rss);
console.log('\n### Targets (issue 7)\n');
console.log(`- check of 5,000 valid applications ≤ ajv-cli wall time: ${checkRow.ratioToAjvCli <= 1 ? 'met' : 'not met'} (${checkRow.ratioToAjvCli.toFixed(2)} ×)`);
console.log(`- peak memory ≤ 300 MiB: ${Math.max(...rssValues) <= 300 ? 'met' : 'not met'} (${rssValues.map((r) => r.toFixed(0)).join(' → ')} MiB for N = ${sizes.join(' → ')})`);
for (const c of results.corpora) console.log(`- check of ${c.n.toLocaleString('en')} ${c.style === 'indentless' ? 'indentless copies' : 'copies'} of the valid examples ≤ ajv-cli (issue 19): ${c.rows[1].ratioToAjvCli <= 1 ? 'met' : 'not met'} (${c.rows[1].ratioToAjvCli.toFixed(2)} ×)`);
console.log(`- cold single-file check ≤ 2 × node -e 0: ${results.coldStart.ratio <= 2 ? 'met' : 'not met'} (${results.coldStart.ratio.toFixed(2)} ×)`);
const at = (n, row) => results.sizes.find((size) => size.n === n)?.rows[row];
console.log('\n### Targets (issue 28)\n');
for (const [row, label] of [[1, 'automatic threads'], [2, '--jobs 1']]) console.log(`- check -f json (${label}) on 5,000 realistic applications ≤ 1.0 × ajv-cli: ${results.realistic[row].ratioToAjvCli <= 1 ? 'met' : 'not met'} (${results.realistic[row].ratioToAjvCli.toFixed(2)} × wall)`);
for (const [row, label] of [[3, 'automatic threads'], [4, '--jobs 1']]) {
  const big = at(10000, row);
  if (big) console.log(`- check -f json (${label}) on 10,000 generated applications ≤ 1.0 × ajv-cli: ${big.ratioToAjvCli <= 1 ? 'met' : 'not met'} (${big.ratioToAjvCli.toFixed(2)} × wall)`);
  const small = at(1000, row);
  if (small && big) console.log(`- peak memory (${label}) from 1,000 to 10,000 files ≤ 1.3 ×: ${big.rss / small.rss <= 1.3 ? 'met' : 'not met'} (${small.rss.toFixed(0)} → ${big.rss.toFixed(0)} MiB, ${(big.rss / small.rss).toFixed(2)} ×)`);
}
console.log(`- second run with --cache over 5,000 unchanged files ≤ 0.3 × ajv-cli: ${results.realistic[3].ratioToAjvCli <= 0.3 ? 'met' : 'not met'} (${results.realistic[3].ratioToAjvCli.toFixed(2)} × wall)`);
console.log(`- cold single-file check ≤ 2.0 × node -e 0: ${results.coldStart.ratio <= 2 ? 'met' : 'not met'} (${results.coldStart.ratio.toFixed(2)} ×)`);
console.log(`\nmachine: ${results.machine.cpus} cores (${results.machine.model}), Node ${results.machine.node}`);
writeFileSync(join(OUT, 'results.json'), JSON.stringify(results, null, 2) + '\n');
