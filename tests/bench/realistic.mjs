/**
 * The realistic corpus of issue 28 for the benchmark: N applications made from the bundled valid
 * examples (those `check` passes, four `standaard` and three needing additional review), each with
 * its own title, coalition and member names, AGB and KvK codes, zorgkantoorregio and contact, so no
 * two files are copies and no code is shared: of 200, 4 in 7 are `standaard` (115 of 200 in the
 * issue). Beyond 31 per modelplan, regions repeat, and `project-regio` asks for additional review.
 * Comments, layout and everything else stay as the example has them.
 *
 *   node tests/bench/realistic.mjs --n 5000 --seed 7 --out DIR
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { parseDocument } from 'yaml';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const CLI = join(ROOT, 'dist/cli.js');
const PLACES = ['Zwolle', 'Deventer', 'Apeldoorn', 'Enschede', 'Hengelo', 'Almelo', 'Kampen', 'Zutphen', 'Harderwijk', 'Ede', 'Tiel', 'Oss', 'Venlo', 'Heerlen', 'Sittard', 'Assen', 'Emmen', 'Hoorn', 'Alkmaar', 'Delft'];
const KINDS = ['Zorggroep', 'Thuiszorg', 'Wijkteam', 'Ziekenhuis', 'Zorgcoöperatie', 'Huisartsenkring', 'Stichting Zorg'];
const SURNAMES = ['de Vries', 'Jansen', 'Bakker', 'Visser', 'Smit', 'Meijer', 'de Boer', 'Mulder', 'de Groot', 'Bos'];

/** The bundled examples that `check` passes (exit 0), sorted by name. */
export function validExamples() {
  return readdirSync(join(ROOT, 'examples'))
    .filter((name) => name.endsWith('.yaml'))
    .sort()
    .map((name) => join(ROOT, 'examples', name))
    .filter((file) => spawnSync(process.execPath, [CLI, 'check', file], { cwd: ROOT }).status === 0);
}

/** Application i as text: example i mod k with its own names and codes (unique per i and member). */
export function realistic(exampleText, i, seed) {
  // Codes first, as text: budget lines and milestones name their recipients by AGB or KvK code.
  // The new code keeps the original's first two digits (the AGB's sector prefix) and is unique per (i, member).
  const codes = new Map();
  parseDocument(exampleText).getIn(['aanvrager', 'leden'])?.items?.forEach((lid, j) => {
    for (const key of ['agb', 'kvk']) {
      const code = lid.get(key);
      if (typeof code === 'string' && /^\d{8}$/.test(code)) codes.set(code, `${code.slice(0, 2)}${j}${String(i).padStart(5, '0')}`);
    }
  });
  const text = codes.size === 0 ? exampleText : exampleText.replace(/\b\d{8}\b/g, (code) => codes.get(code) ?? code);
  // Its own zorgkantoorregio too (ZK01-ZK31, in the title where the example names it): one
  // project per region, until there are more than 31 applications per modelplan.
  const region = `ZK${String(((Math.floor(i / 7) + i) % 31) + 1).padStart(2, '0')}`;
  const doc = parseDocument(text.replace(/\bZK\d{2}\b/g, region));
  const place = PLACES[(i + seed) % PLACES.length];
  const serial = String(i).padStart(5, '0');
  doc.setIn(['titel'], `${doc.getIn(['titel'])} — ${place} ${serial}`);
  doc.setIn(['aanvrager', 'naam'], `${doc.getIn(['aanvrager', 'naam'])} ${place} ${serial}`);
  doc.getIn(['aanvrager', 'leden'])?.items?.forEach((lid, j) => lid.set('naam', `${KINDS[(i + j) % KINDS.length]} ${place} ${serial}-${j + 1}`));
  if (doc.hasIn(['contactpersoon', 'naam'])) doc.setIn(['contactpersoon', 'naam'], `${'ABCDEFGHJK'[i % 10]}. ${SURNAMES[(i + seed) % SURNAMES.length]}`);
  return doc.toString({ lineWidth: 0 });
}

export function generateRealistic({ n, seed = 7, out }) {
  const texts = validExamples().map((file) => readFileSync(file, 'utf8'));
  rmSync(out, { recursive: true, force: true });
  for (let i = 0; i < n; i++) {
    const folder = join(out, `regio-${String(Math.floor(i / 100)).padStart(3, '0')}`);
    if (i % 100 === 0) mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, `aanvraag-${String(i).padStart(5, '0')}.yaml`), realistic(texts[i % texts.length], i, seed));
  }
  return { out, examples: texts.length };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({ options: { n: { type: 'string', default: '5000' }, seed: { type: 'string', default: '7' }, out: { type: 'string' } } });
  const n = Number(values.n);
  const out = resolve(values.out ?? join(ROOT, 'tests/bench/out', `corpus-${n}-realistic`));
  const { examples } = generateRealistic({ n, seed: Number(values.seed), out });
  console.log(`${n} applications from ${examples} examples in ${out}`);
}
