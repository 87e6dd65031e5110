/**
 * Seeded generator of N realistic, valid applications for the benchmark, derived from the bundled
 * conforming examples: other titles, names and identifiers, amounts scaled by a tenth-step factor
 * (so totals, shares and milestone sums stay exact), and a longer motivation (≈ 4–5 KB a file).
 *
 *   node tests/bench/generate.mjs --n 1000 --seed 42 --mix review|standaard --out tests/bench/out/corpus-1000
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { parseDocument } from 'yaml';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
/** Valid examples without any finding. */
const STANDAARD = ['ai-spraakgestuurd-rapporteren-vvt.yaml', 'digitaal-zorgpad-copd-msz.yaml', 'medtech-slim-incontinentiemateriaal-vvt.yaml', 'sociaal-domein-valpreventie.yaml'];
/** Valid too, but with info findings: they need additional review, as some real ones will. */
const REVIEW = ['regionale-invulling-digitale-triage.yaml', 'afwijking-gemotiveerd-capaciteitsplanning-msz.yaml'];
const PLACES = ['Zwolle', 'Deventer', 'Apeldoorn', 'Enschede', 'Hengelo', 'Almelo', 'Kampen', 'Zutphen', 'Harderwijk', 'Ede', 'Tiel', 'Oss', 'Venlo', 'Heerlen', 'Sittard', 'Assen', 'Emmen', 'Hoorn', 'Alkmaar', 'Delft'];
const KINDS = ['Zorggroep', 'Thuiszorg', 'Wijkteam', 'Ziekenhuis', 'Zorgcoöperatie', 'Huisartsenkring', 'Stichting Zorg'];
const SENTENCES = [
  'De tijdwinst is gemeten in een pilot van zes maanden op drie locaties, met een nulmeting vooraf.',
  'Medewerkers besteden de vrijgekomen tijd aan directe zorg; dat is vastgelegd in de teamafspraken.',
  'De coalitie deelt de resultaten met andere regio’s via het landelijke kennisnetwerk.',
  'Na afloop van de looptijd wordt de aanpak structureel gefinancierd uit de reguliere contractering.',
  'Privacy en informatiebeveiliging zijn getoetst door de functionaris gegevensbescherming.',
  'Cliënten en mantelzorgers zijn betrokken bij het ontwerp en de evaluatie van de werkwijze.',
];

/** mulberry32: small, fast and good enough to make the corpus the same on every machine. */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const digits = (next, n) => Array.from({ length: n }, () => Math.floor(next() * 10)).join('');
const pick = (next, list) => list[Math.floor(next() * list.length)];

/** mix 'review': a third need additional review (findings, so positions); 'standaard': none do. */
export function generate({ n, seed = 42, out, mix = 'review' }) {
  const next = random(seed);
  const templates = (mix === 'standaard' ? STANDAARD : [...STANDAARD, ...REVIEW]).map((name) => readFileSync(join(ROOT, 'examples', name), 'utf8'));
  rmSync(out, { recursive: true, force: true });
  for (let i = 0; i < n; i++) {
    const doc = parseDocument(templates[i % templates.length]);
    const place = pick(next, PLACES);
    doc.set('titel', `${doc.get('titel')} ${place} ${i}`);
    const aanvrager = doc.get('aanvrager');
    aanvrager.set('naam', `Coalitie ${place} ${i}`);
    for (const lid of aanvrager.get('leden').items) {
      if (lid.has('agb')) {
        lid.set('naam', `${pick(next, KINDS)} ${place} ${digits(next, 3)}`);
        lid.set('agb', digits(next, 8));
      }
      if (lid.has('kvk')) lid.set('kvk', digits(next, 8));
    }
    // Whole tenths keep every amount a whole number of euros and every sum exact.
    const tenths = 6 + Math.floor(next() * 5);
    for (const line of doc.get('begroting').items) line.set('bedrag', (line.get('bedrag') * tenths) / 10);
    for (const mijlpaal of doc.get('mijlpalen').items) if (mijlpaal.has('bedrag')) mijlpaal.set('bedrag', (mijlpaal.get('bedrag') * tenths) / 10);
    const businesscase = doc.get('businesscase');
    const extra = Array.from({ length: 5 + Math.floor(next() * 4) }, () => pick(next, SENTENCES)).join(' ');
    businesscase.set('onderbouwing', `${businesscase.get('onderbouwing')} ${extra}`);
    const folder = join(out, `regio-${String(Math.floor(i / 100)).padStart(3, '0')}`);
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, `aanvraag-${String(i).padStart(5, '0')}.yaml`), doc.toString({ lineWidth: 100 }));
  }
  return out;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({ options: { n: { type: 'string', default: '1000' }, seed: { type: 'string', default: '42' }, out: { type: 'string' }, mix: { type: 'string', default: 'review' } } });
  const n = Number(values.n);
  const out = resolve(values.out ?? join(ROOT, 'tests/bench/out', `corpus-${n}`));
  generate({ n, seed: Number(values.seed), out, mix: values.mix });
  console.log(`${n} applications in ${out}`);
}
