/**
 * TypeScript shapes of the three document kinds. They mirror schemas/*.schema.json; data only
 * reaches code typed like this after it passed its schema.
 */
import type { DeviationPart } from '../report/types.js';

export type Sector = 'msz' | 'vvt' | 'ggz' | 'huisartsenzorg' | 'sociaal-domein';
export type Financieringsroute = 'zvw' | 'spuk';
/** Which care a cost serves; only zvw is in scope of the Zvw route (nota §3). */
export type Zorgdomein = 'zvw' | 'wlz' | 'wmo' | 'jeugdwet';

export interface MetBron {
  bron: string;
}

export interface Modelplan {
  soort: 'modelplan';
  id: string;
  versie: string;
  status: 'concept' | 'vastgesteld' | 'ingetrokken';
  titel: string;
  omschrijving?: string;
  toelichting_status?: string;
  thema: string;
  toepassingsgebied: string;
  financieringsroute: Financieringsroute;
  sectoren: Sector[];
  sectoren_bron: string;
  zorgpaden?: { id: string; naam: string }[];
  looptijd: { van: number; tot_en_met: number } & MetBron;
  /** At most this percentage of the total may be spent in 2029. */
  besteding_2029?: { max_aandeel: number } & MetBron;
  bovengrens: { bedrag: number } & MetBron;
  businesscase: {
    minimale_fte_besparing: { waarde: number } & MetBron;
    maximaal_bedrag_per_fte: { bedrag: number } & MetBron;
    /** A saving above this percentage of the staff in scope is implausible. */
    max_aandeel_fte_besparing?: { waarde: number } & MetBron;
    /** The most plausible doelmatigheid in percent of the norm (score scale); more is a deviation and is not scored. */
    max_doelmatigheid?: { waarde: number } & MetBron;
  };
  randvoorwaarden: ({ id: string; titel: string; toelichting_verplicht: boolean; statussen?: RandvoorwaardeStatus[] } & MetBron)[];
  mijlpalen: ({ id: string; titel: string; uiterlijk: string } & MetBron)[];
  geld_aan_mijlpalen: boolean;
  geld_aan_mijlpalen_bron: string;
  /** Norms for the yearly account after approval (soort: verantwoording). */
  verantwoording?: { max_afwijking_categorie: { waarde: number } & MetBron };
  kostencategorieen: ({
    id: string;
    titel: string;
    financierbaar: boolean;
    min_aandeel?: number;
    max_aandeel?: number;
  } & MetBron)[];
  regionale_invulling: { id: string; titel: string; verplicht?: boolean; bron?: string }[];
  inhoud?: {
    doelgroep?: { omschrijving: string } & MetBron;
    minimaal_bereik?: { waarde: number } & MetBron;
    verplichte_onderdelen?: ({ id: string; titel: string } & MetBron)[];
  };
  score: {
    conformiteit_gewicht: number;
    doelmatigheid_gewicht: number;
    elementen: Record<ScoreElementName, number>;
  } & MetBron;
}

export const SCORE_ELEMENTS = ['randvoorwaarden', 'mijlpalen', 'kostenverdeling', 'businesscase', 'looptijd'] as const;
export type ScoreElementName = (typeof SCORE_ELEMENTS)[number];

export type RandvoorwaardeStatus = 'beoogd' | 'gesloten';

export interface Lid {
  naam: string;
  soort: 'zorgaanbieder' | 'gemeente' | 'zorgverzekeraar' | 'overig';
  sector: Sector;
  zorgdomein?: Zorgdomein;
  penvoerder?: boolean;
  agb?: string;
  kvk?: string;
  gemeentecode?: string;
  uzovi?: string;
}

export interface Verzekeraar {
  naam: string;
  uzovi: string;
}

export interface Begrotingsregel {
  categorie: string;
  omschrijving: string;
  /** AGB, KvK or gemeentecode of the member in aanvrager.leden that receives the money. */
  ontvanger: string;
  zorgdomein?: Zorgdomein;
  jaar: number;
  bedrag: number;
  structureel?: boolean;
}

export interface Aanvraag {
  soort: 'aanvraag';
  modelplan: { id: string; versie: string };
  titel: string;
  thema: string;
  financieringsroute: Financieringsroute;
  zorgpad?: string;
  aanvrager: {
    vorm: 'coalitie' | 'regio' | 'gemeente';
    naam: string;
    zorgkantoorregio?: string;
    leden: Lid[];
  };
  contactpersoon: { naam: string; email: string };
  zorgverzekeraars?: { coordinerend: Verzekeraar; tweede: Verzekeraar };
  businesscase: { fte_besparing: number; fte_in_scope: number; peiljaar: number; onderbouwing: string; maatschappelijke_businesscase?: string };
  begroting: Begrotingsregel[];
  andere_financiering?: { soort: 'iza-transformatiemiddelen' | 'spuk' | 'subsidie' | 'anders'; bedrag: number; omschrijving: string }[];
  inhoud?: { doelgroep?: string; bereik?: number; onderdelen?: string[] };
  borging: { omschrijving: string; structurele_financiering: string };
  randvoorwaarden: { id: string; voldaan?: boolean; status?: RandvoorwaardeStatus; toelichting?: string }[];
  mijlpalen: { id: string; datum: string; bedrag?: number; omschrijving?: string }[];
  regionale_invulling?: { id: string; invulling: string }[];
  afwijkingen?: { onderdeel: DeviationPart; motivering: string }[];
}

export interface Budgetkader {
  soort: 'budgetkader';
  id: string;
  versie: string;
  status: 'concept' | 'vastgesteld';
  toelichting?: string;
  /** `per_jaar`: a total per year where the frame names one (seed 004: €400m in 2027 and in 2028). */
  totaal: { bedrag: number } & MetBron;
  jaren: number[];
  /** Required by the schema (every value sourced); no code reads it. */
  jaren_bron?: string;
  eerder_kasritme?: { per_jaar: { jaar: number; bedrag: number }[]; vervangen_door: string } & MetBron;
  themas: {
    id: string;
    naam: string;
    financieringsroute: Financieringsroute;
    /** Required by the schema (every value sourced); no code reads it. */
    financieringsroute_bron?: string;
    /** Exactly one of richtbedrag (a guide amount, the Zvw themes) and gereserveerd (reserved and allocated: the social domain); read both through themaBedrag. */
    richtbedrag?: { bedrag: number } & MetBron;
    gereserveerd?: { bedrag: number } & MetBron;
    per_jaar?: ({ jaar: number; bedrag: number } & MetBron)[];
  }[];
  plafonds: ({
    id: string;
    naam: string;
    financieringsroute: Financieringsroute;
    bedrag: number;
    tot_en_met: number;
  } & MetBron)[];
}

export interface Signaalwoord {
  /** Matched case-insensitively on word boundaries; a trailing `*` also matches a longer word. */
  woord: string;
  bron: string;
}

/** A concept for text signals (src/rules/text-signal.ts): Dutch and English lemmas of one idea. */
export interface Begrip {
  bron: string;
  /** A match right after a negation (geen, niet, zonder, no, not, without) does not count. */
  ontkenning?: boolean;
  nl: string[];
  en: string[];
}

export const BEGRIPPEN = [
  'verwerving',
  'hulpmiddel',
  'gebruik',
  'terugkerend',
  'meerjarig',
  'onzeker',
  'toezegging',
  'andere_financiering',
  'afwijking',
  'tegen_kader',
  'kader',
  'zorg_buiten_zvw',
] as const;
export type BegripId = (typeof BEGRIPPEN)[number];

export interface Referentielijsten {
  soort: 'referentielijsten';
  id: string;
  versie: string;
  toelichting?: string;
  bron: string;
  zorgverzekeraars: { uzovi: string; naam: string; concern: string; bron: string }[];
  zorgkantoorregios: { code: string; naam: string }[];
  signaalwoorden: { financiering_buiten_zvw: Signaalwoord[] };
  begrippen: Record<BegripId, Begrip>;
}

/** The normative frame a run checks against: every modelplan, the budget frame and the reference lists. */
export interface Frame {
  dir: string;
  modelplannen: Modelplan[];
  budgetkader: Budgetkader;
  /** Optional: a frame folder without referentielijsten.yaml skips the checks against the lists. */
  referentielijsten?: Referentielijsten;
}
