/**
 * Seeded generator of N realistic, valid applications for the benchmark, made from the bundled
 * modelplannen: each starts as the skeleton `modelplan init` writes for one of them (its comments
 * with the norms included) and has every placeholder filled within that modelplan's norms:
 * amounts below the bovengrens with every cost share inside its norm, enough fte saved, milestones
 * dated by their deadline and (where the frame ties money to them) adding up to the total. With
 * mix 'review', every third application that can also fills in its regional parts, so it needs
 * additional review (info findings, hence positions), as some real ones will.
 *
 *   node tests/bench/generate.mjs --n 1000 --seed 42 --mix review|standaard --out DIR
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { parseDocument } from 'yaml';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const { loadFrame } = await import(join(ROOT, 'dist/frame/load.js'));
const { buildSkeleton } = await import(join(ROOT, 'dist/init/skeleton.js'));
const { PLACEHOLDER } = await import(join(ROOT, 'dist/validate/placeholders.js'));

const PLACES = ['Zwolle', 'Deventer', 'Apeldoorn', 'Enschede', 'Hengelo', 'Almelo', 'Kampen', 'Zutphen', 'Harderwijk', 'Ede', 'Tiel', 'Oss', 'Venlo', 'Heerlen', 'Sittard', 'Assen', 'Emmen', 'Hoorn', 'Alkmaar', 'Delft'];
const KINDS = ['Zorggroep', 'Thuiszorg', 'Wijkteam', 'Ziekenhuis', 'Zorgcoöperatie', 'Huisartsenkring', 'Stichting Zorg'];
const INSURERS = [['Zorgverzekeraar Noord', '3311'], ['Zorgverzekeraar Midden', '3343'], ['Zorgverzekeraar Zuid', '3358'], ['Zorgverzekeraar West', '3332']];
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
const text = (next, count) => Array.from({ length: count }, () => pick(next, SENTENCES)).join(' ');

/** Whole thousands per category, each share inside [min, max] of the total, adding up exactly. */
function split(total, categories) {
  const amounts = categories.map((c) => Math.ceil(((c.min_aandeel ?? 0) * total) / 100 / 1000) * 1000);
  let left = total - amounts.reduce((a, b) => a + b, 0);
  for (let round = 0; left > 0 && round < 100; round++) {
    for (let i = 0; i < categories.length && left > 0; i++) {
      const room = Math.floor(((categories[i].max_aandeel ?? 100) * total) / 100) - amounts[i];
      const step = Math.min(room, left, Math.max(1000, Math.floor(left / categories.length / 1000) * 1000));
      if (step > 0) {
        amounts[i] += step;
        left -= step;
      }
    }
  }
  if (left !== 0) throw new Error('cost shares do not fit the total');
  return amounts;
}

function fill(modelplan, i, next, withRegion) {
  const sector = pick(next, modelplan.sectoren);
  const zorgpad = modelplan.zorgpaden ? pick(next, modelplan.zorgpaden).id : undefined;
  const doc = parseDocument(buildSkeleton(modelplan, { lang: 'nl', schemaRef: '../../../../schemas/aanvraag.schema.json', sector, ...(zorgpad ? { zorgpad } : {}) }, 'aanvraag.yaml'));
  const place = pick(next, PLACES);
  const categories = modelplan.kostencategorieen.filter((c) => c.financierbaar);
  const total = Math.floor((modelplan.bovengrens.bedrag * (0.5 + next() * 0.45)) / 10000) * 10000;
  const amounts = split(total, categories);
  const { minimale_fte_besparing: minFte, maximaal_bedrag_per_fte: perFte } = modelplan.businesscase;
  const fte = Math.max(minFte.waarde, Math.ceil(total / perFte.bedrag)) + Math.floor(next() * 3);
  const [coordinating, second] = [...INSURERS].sort(() => next() - 0.5);
  // Two spending years: only a limited share may fall in 2029 (besteding_2029).
  const years = Math.min(2, modelplan.looptijd.tot_en_met - modelplan.looptijd.van + 1);
  const milestoneAmount = Math.floor(total / modelplan.mijlpalen.length);

  doc.set('titel', `${modelplan.titel} ${place} ${i}`);
  const aanvrager = doc.get('aanvrager');
  if (PLACEHOLDER.test(String(aanvrager.get('vorm')))) aanvrager.set('vorm', 'coalitie');
  aanvrager.set('naam', `${aanvrager.get('vorm') === 'gemeente' ? 'Gemeente' : 'Coalitie'} ${place} ${i}`);
  if (aanvrager.has('zorgkantoorregio')) aanvrager.set('zorgkantoorregio', `ZK${String(1 + Math.floor(next() * 30)).padStart(2, '0')}`);
  for (const lid of aanvrager.get('leden').items) {
    lid.set('naam', lid.get('soort') === 'gemeente' ? `Gemeente ${place}` : `${pick(next, KINDS)} ${place} ${digits(next, 3)}`);
    for (const [key, value] of [['agb', () => digits(next, 8)], ['kvk', () => digits(next, 8)], ['gemeentecode', () => `GM${digits(next, 4)}`]]) {
      if (lid.has(key)) lid.set(key, value());
    }
  }
  doc.set('contactpersoon', doc.createNode({ naam: `Projectleider ${i}`, email: `projectleider${i}@example.nl` }));
  if (doc.has('zorgverzekeraars')) {
    doc.setIn(['zorgverzekeraars', 'coordinerend'], doc.createNode({ naam: coordinating[0], uzovi: coordinating[1] }));
    doc.setIn(['zorgverzekeraars', 'tweede'], doc.createNode({ naam: second[0], uzovi: second[1] }));
  }
  doc.setIn(['businesscase', 'fte_besparing'], fte);
  doc.setIn(['businesscase', 'fte_in_scope'], fte * 10);
  doc.setIn(['businesscase', 'peiljaar'], 2026);
  doc.setIn(['businesscase', 'onderbouwing'], text(next, 4 + Math.floor(next() * 4)));
  doc.setIn(['businesscase', 'maatschappelijke_businesscase'], text(next, 2));
  const penvoerder = aanvrager.get('leden').items[0];
  const receiver = String(penvoerder.get('agb') ?? penvoerder.get('gemeentecode'));
  doc.get('begroting').items.forEach((line, k) => {
    line.set('omschrijving', `${categories[k].titel} (${place})`);
    line.set('jaar', modelplan.looptijd.van + (k % years));
    line.set('ontvanger', receiver);
    line.set('bedrag', amounts[k]);
  });
  for (const rv of doc.get('randvoorwaarden').items) {
    if (rv.has('status')) rv.set('status', 'beoogd');
    else rv.set('voldaan', true);
    if (rv.has('toelichting')) rv.set('toelichting', text(next, 1));
  }
  doc.get('mijlpalen').items.forEach((mijlpaal, k) => {
    const frame = modelplan.mijlpalen.find((m) => m.id === mijlpaal.get('id'));
    mijlpaal.set('datum', frame.uiterlijk);
    mijlpaal.set('omschrijving', frame.titel);
    if (mijlpaal.has('bedrag')) mijlpaal.set('bedrag', k === modelplan.mijlpalen.length - 1 ? total - milestoneAmount * k : milestoneAmount);
  });
  doc.set('borging', doc.createNode({ omschrijving: text(next, 1), structurele_financiering: 'Uit de reguliere contractering en de besparing op inhuur.' }));
  if (doc.has('inhoud')) {
    const norm = modelplan.inhoud;
    if (norm.doelgroep) doc.setIn(['inhoud', 'doelgroep'], norm.doelgroep.omschrijving);
    if (norm.minimaal_bereik) doc.setIn(['inhoud', 'bereik'], norm.minimaal_bereik.waarde + Math.floor(next() * 1000));
  }
  for (const part of doc.get('regionale_invulling')?.items ?? []) part.set('invulling', `${part.get('id')}: ${text(next, 2)}`);
  if (withRegion && modelplan.regionale_invulling.length > 0) {
    doc.set('regionale_invulling', doc.createNode(modelplan.regionale_invulling.map((part) => ({ id: part.id, invulling: `${part.titel}: ${text(next, 2)}` }))));
  }
  return doc.toString({ lineWidth: 100 });
}

/** mix 'review': every third application that can fills in its regional parts; 'standaard': none do. */
export async function generate({ n, seed = 42, out, mix = 'review' }) {
  const next = random(seed);
  const frame = await loadFrame(join(ROOT, 'modelplannen'), ROOT, 'nl');
  rmSync(out, { recursive: true, force: true });
  for (let i = 0; i < n; i++) {
    const modelplan = frame.modelplannen[i % frame.modelplannen.length];
    const folder = join(out, `regio-${String(Math.floor(i / 100)).padStart(3, '0')}`);
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, `aanvraag-${String(i).padStart(5, '0')}.yaml`), fill(modelplan, i, next, mix === 'review' && i % 3 === 0));
  }
  return out;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({ options: { n: { type: 'string', default: '1000' }, seed: { type: 'string', default: '42' }, out: { type: 'string' }, mix: { type: 'string', default: 'review' } } });
  const n = Number(values.n);
  const out = resolve(values.out ?? join(ROOT, 'tests/bench/out', `corpus-${n}`));
  await generate({ n, seed: Number(values.seed), out, mix: values.mix });
  console.log(`${n} applications in ${out}`);
}
