/**
 * An application skeleton for one modelplan: every field present, the normative values as comments,
 * placeholders (<VUL IN: …>) wherever the applicant has to decide, so an untouched skeleton never
 * passes `check`. The first line points editors at the application schema.
 */
import { assumedNote, bovengrensNorm, categoryLine, looptijdNorm, milestoneLine, milestoneMoneyNorm, minFteNorm, perFteNorm, preconditionLine, termYears } from '../i18n/norms.js';
import type { TemplateArgs } from '../i18n/template.js';
import { t } from '../i18n/ui.js';
import { Document, type Node as YamlNode, type Pair, type YAMLMap } from 'yaml';
import type { Modelplan } from '../domain/types.js';
import type { Lang, Localized } from '../report/types.js';
import { placeholderText } from '../validate/placeholders.js';

export interface SkeletonOptions {
  lang: Lang;
  /** Where the modeline points: a relative path beside the file, or an absolute one. */
  schemaRef: string;
  sector?: string;
  zorgpad?: string;
}

const T = {
  header: { nl: 'Aanvraag op basis van modelplan {id} {versie} ({titel}).', en: 'Application based on modelplan {id} {versie} ({titel}).' },
  howto: { nl: 'Vul elke <VUL IN: …> in en controleer met: modelplan check {file}', en: 'Fill in every <FILL IN: …> and check with: modelplan check {file}' },
  planStatus: { nl: 'Status van het modelplan: {status}. {bovengrens}. {looptijd}.', en: 'Modelplan status: {status}. {bovengrens}. {looptijd}.' },
  titel: { nl: 'korte naam van het project', en: 'short name of the project' },
  sector: { nl: 'een van {sectoren}', en: 'one of {sectoren}' },
  zorgpad: { nl: 'een van {zorgpaden}', en: 'one of {zorgpaden}' },
  vorm: { nl: 'coalitie of regio', en: 'coalitie or regio' },
  naamCoalitie: { nl: 'naam van de coalitie of regio', en: 'name of the coalition or region' },
  naamGemeente: { nl: 'naam van de gemeente', en: 'name of the municipality' },
  zk: { nl: 'zorgkantoorregio, bijvoorbeeld ZK05', en: 'care office region, e.g. ZK05' },
  lidNaam: { nl: 'naam van de penvoerder', en: 'name of the lead party' },
  agb: { nl: 'AGB-code, 8 cijfers', en: 'AGB code, 8 digits' },
  kvk: { nl: 'KvK-nummer, 8 cijfers', en: 'KvK number, 8 digits' },
  gemeentecode: { nl: 'CBS-gemeentecode, bijvoorbeeld GM0363', en: 'CBS municipality code, e.g. GM0363' },
  ledenComment: {
    nl: 'Voeg elk lid toe met zijn sector; precies één is penvoerder (op de Zvw-route een zorgaanbieder). Zorgaanbieders met agb, gemeenten met gemeentecode. zorgdomein: zvw, wlz, wmo of jeugdwet; de Zvw-route dekt alleen zvw.',
    en: 'Add every member with its sector; exactly one is the lead (on the Zvw route a care provider). Care providers with agb, municipalities with gemeentecode. zorgdomein: zvw, wlz, wmo or jeugdwet; the Zvw route covers zvw only.',
  },
  ontvanger: { nl: 'AGB, KvK of gemeentecode van het lid dat dit ontvangt', en: 'AGB, KvK or gemeentecode of the member receiving this' },
  fteScope: { nl: 'fte personeel in scope', en: 'FTE of staff in scope' },
  peiljaar: { nl: 'jaar van de nulmeting', en: 'year of the baseline' },
  doelgroep: { nl: 'de doelgroep: {doelgroep}', en: 'the target group: {doelgroep}' },
  bereik: { nl: 'aantal mensen bereikt, minstens {min}', en: 'number of people reached, at least {min}' },
  borgingOmschrijving: { nl: 'hoe de werkwijze na de looptijd blijft', en: 'how the way of working stays after the term' },
  borgingFinanciering: { nl: 'waaruit de structurele kosten worden betaald', en: 'what pays the structural costs' },
  status: { nl: 'een van {statussen}', en: 'one of {statussen}' },
  invulling: { nl: 'regionale invulling van: {titel}', en: 'regional elaboration of: {titel}' },
  contactNaam: { nl: 'naam van de contactpersoon', en: 'name of the contact person' },
  email: { nl: 'e-mailadres', en: 'e-mail address' },
  verzekeraarNaam: { nl: 'naam van de zorgverzekeraar', en: 'name of the insurer' },
  uzovi: { nl: 'UZOVI-code, 4 cijfers', en: 'UZOVI code, 4 digits' },
  verzekeraarsComment: { nl: 'De coördinerende en een andere, tweede zorgverzekeraar (nota §4.2).', en: 'The coordinating insurer and a different second one (note §4.2).' },
  fte: { nl: 'bespaarde fte, {norm}', en: 'FTE saved, {norm}' },
  fteComment: { nl: 'Arbeidsbesparing is leidend: {min}; norm {perFte}.', en: 'Labour saving leads: {min}; norm {perFte}.' },
  onderbouwing: { nl: 'hoe de fte-besparing is berekend', en: 'how the FTE saving was calculated' },
  maatschappelijk: { nl: 'baten en lasten voor de samenleving', en: 'benefits and costs for society' },
  begrotingComment: { nl: 'Een regel per kostenpost per jaar, bedragen in hele euro’s, alleen eenmalige kosten. Categorieën en normaandelen:', en: 'One line per cost item per year, amounts in whole euros, one-off costs only. Categories and norm shares:' },
  omschrijving: { nl: 'waarvoor het geld is', en: 'what the money is for' },
  jaar: { nl: 'jaar {jaren}', en: 'year {jaren}' },
  bedrag: { nl: "bedrag in hele euro's", en: 'amount in whole euros' },
  voldaan: { nl: 'true als voldaan', en: 'true when met' },
  toelichting: { nl: 'hoe aan "{titel}" is voldaan', en: 'how "{titel}" is met' },
  rvComment: { nl: 'Verplichte randvoorwaarden; allemaal voldaan.', en: 'Required preconditions; all must be met.' },
  mpComment: { nl: 'Verplichte mijlpalen, in deze volgorde, uiterlijk op de genoemde datum.', en: 'Required milestones, in this order, by the date given.' },
  datum: { nl: 'datum JJJJ-MM-DD, uiterlijk {uiterlijk}', en: 'date YYYY-MM-DD, by {uiterlijk}' },
  mpOmschrijving: { nl: 'wat er dan bereikt is', en: 'what is achieved by then' },
  regionaal: { nl: 'Regionaal in te vullen (leidt tot aanvullende beoordeling):', en: 'May be filled in regionally (leads to additional review):' },
  afwijkingen: {
    nl: 'Afwijken van het kader? Meld het met motivering (onderdeel: kostenverdeling, doelmatigheid, mijlpaalplanning, fte-besparing, inhoud of aandeel-2029):',
    en: 'Deviating from the frame? Declare it with a motivation (onderdeel: kostenverdeling, doelmatigheid, mijlpaalplanning, fte-besparing, inhoud or aandeel-2029):',
  },
} satisfies Record<string, Localized>;

type TextKey = keyof typeof T;

function say(key: TextKey, lang: Lang, args: TemplateArgs = {}): string {
  return t(T[key], lang, args);
}

export function buildSkeleton(modelplan: Modelplan, options: SkeletonOptions, fileForHelp: string): string {
  const { lang } = options;
  const fill = (key: TextKey, args: Record<string, string | number> = {}) => placeholderText(say(key, lang, args), lang);
  const zvw = modelplan.financieringsroute === 'zvw';
  const sector = options.sector ?? (modelplan.sectoren.length === 1 ? modelplan.sectoren[0] : fill('sector', { sectoren: modelplan.sectoren.join(', ') }));

  const data: Record<string, unknown> = {
    soort: 'aanvraag',
    modelplan: { id: modelplan.id, versie: modelplan.versie },
    titel: fill('titel'),
    thema: modelplan.thema,
    financieringsroute: modelplan.financieringsroute,
  };
  if (modelplan.zorgpaden) data.zorgpad = options.zorgpad ?? fill('zorgpad', { zorgpaden: modelplan.zorgpaden.map((z) => z.id).join(', ') });
  data.aanvrager = zvw
    ? {
        vorm: fill('vorm'),
        naam: fill('naamCoalitie'),
        zorgkantoorregio: fill('zk'),
        leden: [{ naam: fill('lidNaam'), soort: 'zorgaanbieder', sector, zorgdomein: 'zvw', penvoerder: true, agb: fill('agb'), kvk: fill('kvk') }],
      }
    : { vorm: 'gemeente', naam: fill('naamGemeente'), leden: [{ naam: fill('naamGemeente'), soort: 'gemeente', sector, penvoerder: true, gemeentecode: fill('gemeentecode') }] };
  data.contactpersoon = { naam: fill('contactNaam'), email: fill('email') };
  if (zvw) {
    const verzekeraar = () => ({ naam: fill('verzekeraarNaam'), uzovi: fill('uzovi') });
    data.zorgverzekeraars = { coordinerend: verzekeraar(), tweede: verzekeraar() };
  }
  data.businesscase = {
    fte_besparing: fill('fte', { norm: minFteNorm(modelplan, lang) }),
    fte_in_scope: fill('fteScope'),
    peiljaar: fill('peiljaar'),
    onderbouwing: fill('onderbouwing'),
    maatschappelijke_businesscase: fill('maatschappelijk'),
  };
  data.begroting = modelplan.kostencategorieen
    .filter((c) => c.financierbaar)
    .map((c) => ({ categorie: c.id, omschrijving: fill('omschrijving'), ontvanger: fill('ontvanger'), jaar: fill('jaar', { jaren: termYears(modelplan) }), bedrag: fill('bedrag') }));
  const norm = modelplan.inhoud;
  if (norm) {
    data.inhoud = {
      ...(norm.doelgroep ? { doelgroep: fill('doelgroep', { doelgroep: norm.doelgroep.omschrijving }) } : {}),
      ...(norm.minimaal_bereik ? { bereik: fill('bereik', { min: norm.minimaal_bereik.waarde }) } : {}),
      ...(norm.verplichte_onderdelen ? { onderdelen: norm.verplichte_onderdelen.map((o) => o.id) } : {}),
    };
  }
  data.borging = { omschrijving: fill('borgingOmschrijving'), structurele_financiering: fill('borgingFinanciering') };
  data.randvoorwaarden = modelplan.randvoorwaarden.map((rv) => ({
    id: rv.id,
    ...(rv.statussen ? { status: fill('status', { statussen: rv.statussen.join(', ') }) } : { voldaan: fill('voldaan') }),
    ...(rv.toelichting_verplicht ? { toelichting: fill('toelichting', { titel: rv.titel }) } : {}),
  }));
  data.mijlpalen = modelplan.mijlpalen.map((mp) => ({
    id: mp.id,
    datum: fill('datum', { uiterlijk: mp.uiterlijk }),
    ...(modelplan.geld_aan_mijlpalen ? { bedrag: fill('bedrag') } : {}),
    omschrijving: fill('mpOmschrijving'),
  }));
  const required = modelplan.regionale_invulling.filter((r) => r.verplicht === true);
  if (required.length > 0) data.regionale_invulling = required.map((r) => ({ id: r.id, invulling: fill('invulling', { titel: r.titel }) }));

  const doc = new Document(data);
  const root = doc.contents as YAMLMap;
  const comment = (key: string, lines: string[]) => {
    const pair = root.items.find((p) => (p.key as { value?: unknown }).value === key) as Pair<YamlNode, YamlNode> | undefined;
    if (pair) pair.key.commentBefore = lines.map((l) => ` ${l}`).join('\n');
  };
  // The norms in the words of the form and the hover (src/i18n/norms.ts); an assumed norm is marked as one.
  doc.commentBefore = [
    ` yaml-language-server: $schema=${options.schemaRef}`,
    ` ${say('header', lang, { id: modelplan.id, versie: modelplan.versie, titel: modelplan.titel })}`,
    ` ${say('howto', lang, { file: fileForHelp })}`,
    ` ${say('planStatus', lang, { status: modelplan.status, bovengrens: bovengrensNorm(modelplan, lang), looptijd: looptijdNorm(modelplan, lang) })}`,
    ` ${assumedNote(lang)}`,
  ].join('\n');
  comment('aanvrager', [say('ledenComment', lang)]);
  if (zvw) comment('zorgverzekeraars', [say('verzekeraarsComment', lang)]);
  comment('businesscase', [say('fteComment', lang, { min: minFteNorm(modelplan, lang), perFte: perFteNorm(modelplan, lang) })]);
  comment('begroting', [say('begrotingComment', lang), ...modelplan.kostencategorieen.map((c) => `  ${categoryLine(c, lang)}`)]);
  comment('randvoorwaarden', [say('rvComment', lang), ...modelplan.randvoorwaarden.map((rv) => `  ${rv.id}: ${preconditionLine(rv, lang)}`)]);
  const money = milestoneMoneyNorm(modelplan, lang);
  comment('mijlpalen', [say('mpComment', lang), ...(money ? [money] : []), ...modelplan.mijlpalen.map((mp) => `  ${mp.id}: ${milestoneLine(mp, lang)}`)]);
  const tail: string[] = [];
  const optional = modelplan.regionale_invulling.filter((r) => r.verplicht !== true);
  if (optional.length > 0) {
    const header = required.length > 0 ? [] : ['regionale_invulling:'];
    tail.push(say('regionaal', lang), ...header, ...optional.flatMap((r) => [`  - id: ${r.id}   # ${r.titel}`, '    invulling: "..."']));
  }
  tail.push(say('afwijkingen', lang), 'afwijkingen:', '  - onderdeel: kostenverdeling', '    motivering: "..."');
  doc.comment = tail.map((l) => ` ${l}`).join('\n');
  return doc.toString({ lineWidth: 0 });
}
