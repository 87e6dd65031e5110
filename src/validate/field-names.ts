/**
 * Field names as people also write them: English, or a common Dutch near-miss → our field name.
 * One table, used for `bedoelde u …?` and by `check --fix` (a rename from this table is
 * unambiguous when the intended field is allowed at that place and not already there). A name
 * maps to a field only where that field exists in the schema at that place, so `name` becomes
 * `naam` in a member and `titel`… nowhere else.
 */
export const FIELD_NAMES: Readonly<Record<string, readonly string[]>> = {
  // English
  kind: ['soort'],
  type: ['soort'],
  title: ['titel'],
  name: ['naam'],
  description: ['omschrijving'],
  explanation: ['toelichting'],
  budget: ['begroting'],
  amount: ['bedrag'],
  year: ['jaar'],
  years: ['jaren'],
  date: ['datum'],
  deadline: ['uiterlijk'],
  milestones: ['mijlpalen'],
  milestone: ['mijlpalen'],
  applicant: ['aanvrager'],
  members: ['leden'],
  lead: ['penvoerder'],
  contact: ['contactpersoon'],
  insurers: ['zorgverzekeraars'],
  coordinating: ['coordinerend'],
  second: ['tweede'],
  theme: ['thema'],
  themes: ['themas'],
  route: ['financieringsroute'],
  funding_route: ['financieringsroute'],
  region: ['zorgkantoorregio'],
  municipality_code: ['gemeentecode'],
  care_pathway: ['zorgpad'],
  category: ['categorie'],
  fte_saving: ['fte_besparing'],
  fte_savings: ['fte_besparing'],
  preconditions: ['randvoorwaarden'],
  met: ['voldaan'],
  deviations: ['afwijkingen'],
  motivation: ['motivering'],
  part: ['onderdeel'],
  period: ['looptijd'],
  duration: ['looptijd'],
  from: ['van'],
  until: ['tot_en_met'],
  to: ['tot_en_met'],
  version: ['versie'],
  source: ['bron'],
  total: ['totaal'],
  per_year: ['per_jaar'],
  // Dutch near-misses
  budgetten: ['begroting'],
  begrotingen: ['begroting'],
  kosten: ['begroting'],
  bedragen: ['bedrag'],
  jaartal: ['jaar'],
  mijlpaal: ['mijlpalen'],
  sectoren: ['sector'],
  sector: ['sectoren'],
  lid: ['leden'],
  deelnemers: ['leden'],
  verzekeraars: ['zorgverzekeraars'],
  zorgverzekeraar: ['zorgverzekeraars'],
  coordinerende: ['coordinerend'],
  coördinerend: ['coordinerend'],
  coördinerende: ['coordinerend'],
  randvoorwaarde: ['randvoorwaarden'],
  afwijking: ['afwijkingen'],
  fte: ['fte_besparing'],
  fte_besparingen: ['fte_besparing'],
  besparing: ['fte_besparing'],
  beschrijving: ['omschrijving'],
  naam_project: ['titel'],
  projectnaam: ['titel'],
  kvk_nummer: ['kvk'],
  agb_code: ['agb'],
  uzovi_code: ['uzovi'],
  cbs_code: ['gemeentecode'],
  regio: ['zorgkantoorregio'],
};

const table = new Map(Object.entries(FIELD_NAMES));

/** The field a name is meant to be, among the names allowed at that place. */
export function intendedField(found: string, allowed: readonly string[]): string | undefined {
  const own = table.get(found) ?? table.get(found.toLowerCase());
  return own?.find((name) => allowed.includes(name));
}
