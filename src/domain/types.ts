/**
 * TypeScript shapes of the three document kinds. They mirror schemas/*.schema.json; data only
 * reaches code typed like this after it passed its schema.
 */
import type { DeviationPart } from '../report/types.js';

export type Sector = 'msz' | 'vvt' | 'ggz' | 'huisartsenzorg' | 'sociaal-domein';
export type Financieringsroute = 'zvw' | 'spuk';

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
  zorgpaden?: { id: string; naam: string }[];
  looptijd: { van: number; tot_en_met: number } & MetBron;
  bovengrens: { bedrag: number } & MetBron;
  businesscase: {
    minimale_fte_besparing: { waarde: number } & MetBron;
    maximaal_bedrag_per_fte: { bedrag: number } & MetBron;
  };
  randvoorwaarden: ({ id: string; titel: string; toelichting_verplicht: boolean } & MetBron)[];
  mijlpalen: ({ id: string; titel: string; uiterlijk: string } & MetBron)[];
  geld_aan_mijlpalen: boolean;
  kostencategorieen: ({
    id: string;
    titel: string;
    financierbaar: boolean;
    min_aandeel?: number;
    max_aandeel?: number;
  } & MetBron)[];
  regionale_invulling: { id: string; titel: string }[];
  score: {
    conformiteit_gewicht: number;
    doelmatigheid_gewicht: number;
    elementen: Record<ScoreElementName, number>;
  } & MetBron;
}

export const SCORE_ELEMENTS = ['randvoorwaarden', 'mijlpalen', 'kostenverdeling', 'businesscase', 'looptijd'] as const;
export type ScoreElementName = (typeof SCORE_ELEMENTS)[number];

export interface Lid {
  naam: string;
  soort: 'zorgaanbieder' | 'gemeente' | 'zorgverzekeraar' | 'overig';
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
  sector: Sector;
  zorgpad?: string;
  aanvrager: {
    vorm: 'coalitie' | 'regio' | 'gemeente';
    naam: string;
    zorgkantoorregio?: string;
    leden: Lid[];
  };
  contactpersoon: { naam: string; email: string };
  zorgverzekeraars?: { coordinerend: Verzekeraar; tweede: Verzekeraar };
  businesscase: { fte_besparing: number; onderbouwing: string; maatschappelijke_businesscase?: string };
  begroting: Begrotingsregel[];
  randvoorwaarden: { id: string; voldaan: boolean; toelichting?: string }[];
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
  totaal: { bedrag: number; per_jaar?: ({ jaar: number; bedrag: number } & MetBron)[] } & MetBron;
  jaren: number[];
  themas: {
    id: string;
    naam: string;
    financieringsroute: Financieringsroute;
    richtbedrag: { bedrag: number } & MetBron;
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

/** The normative frame a run checks against: every modelplan and the budget frame. */
export interface Frame {
  dir: string;
  modelplannen: Modelplan[];
  budgetkader: Budgetkader;
  /** Reference lists (modelplannen/referentielijsten.yaml, issue 13); absent when the frame has none. */
  referentielijsten?: Referentielijsten;
}

export interface Referentielijsten {
  /** The 31 zorgkantoorregio's. */
  zorgkantoorregios: { code: string; naam: string }[];
}
