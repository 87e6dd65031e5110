/** Interface texts of the budget output, in Dutch and English. */
import type { Localized } from '../../report/types.js';

export const budgetText = {
  title: {
    nl: 'Budget per thema: alle aanvragen tegen de richtbedragen van budgetkader {id} {versie} ({status})',
    en: 'Budget per theme: all applications against the guide amounts of budget frame {id} {versie} ({status})',
  },
  allocationNote: {
    nl: 'toewijzing: pro-rata (overtekende thema’s teruggebracht tot hun richtbedrag)',
    en: 'allocation: pro rata (over-subscribed themes brought back to their guide amount)',
  },
  allocationNoteRangorde: {
    nl: 'toewijzing: rangorde (per overtekend thema aanvragen op volgorde van score tot het richtbedrag; de aanvraag die het overschrijdt krijgt de rest)',
    en: 'allocation: rank order (per over-subscribed theme, applications in score order up to the guide amount; the one that crosses it gets the rest)',
  },
  allocationNoteVerschuiven: {
    nl: 'toewijzing: verschuiven (wat ondertekende Zvw-thema’s overlaten gaat pro rata naar de overtekende Zvw-thema’s, binnen het Zvw-plafond)',
    en: 'allocation: shift (what under-subscribed Zvw themes leave goes pro rata to the over-subscribed Zvw themes, within the Zvw cap)',
  },
  excludeNote: {
    nl: 'aanvragen met aanvullende beoordeling zijn niet meegeteld (--zonder-aanvullende-beoordeling)',
    en: 'applications needing additional review are not counted (--zonder-aanvullende-beoordeling)',
  },

  uitkomst: { nl: 'Na beoordeling', en: 'After assessment' },
  approved: { nl: 'Goedgekeurd (€)', en: 'Approved (€)' },

  // Section titles.
  themas: { nl: 'Thema’s', en: 'Themes' },
  plafonds: { nl: 'Plafonds', en: 'Caps' },
  jaarbedragen: { nl: '{naam}: per jaar', en: '{naam}: per year' },
  perJaar: { nl: 'Per jaar', en: 'Per year' },
  perToepassingsgebied: { nl: 'Per toepassingsgebied', en: 'Per application area' },
  perSector: { nl: 'Per sector', en: 'Per sector' },
  perVerzekeraar: { nl: 'Per coördinerende zorgverzekeraar', en: 'Per coordinating insurer' },
  perOntvanger: { nl: 'Per ontvangende partij', en: 'Per receiving party' },
  ontvanger: { nl: 'AGB / KvK / gemeente', en: 'AGB / KvK / municipality' },
  ontvangerNaam: { nl: 'partij', en: 'party' },
  proRata: { nl: 'Pro-rata bij overtekening', en: 'Pro rata on over-subscription' },
  aanvragen: { nl: 'Meegetelde aanvragen', en: 'Counted applications' },
  leftOut: { nl: 'Niet meegeteld', en: 'Not counted' },

  // Column headers.
  thema: { nl: 'Thema', en: 'Theme' },
  route: { nl: 'Route', en: 'Route' },
  richtbedrag: { nl: 'Richtbedrag (€)', en: 'Guide amount (€)' },
  count: { nl: 'Aanvragen', en: 'Applications' },
  additionalReviewShort: { nl: 'Aanv. beoord.', en: 'Add. review' },
  requested: { nl: 'Gevraagd (€)', en: 'Requested (€)' },
  difference: { nl: 'Verschil (€)', en: 'Difference (€)' },
  shareOfRichtbedrag: { nl: 'Van richtbedrag', en: 'Of guide amount' },
  plafond: { nl: 'Plafond', en: 'Cap' },
  plafondBedrag: { nl: 'Plafond (€)', en: 'Cap (€)' },
  totEnMet: { nl: 'T/m jaar', en: 'Up to year' },
  shareOfPlafond: { nl: 'Van plafond', en: 'Of cap' },
  jaar: { nl: 'Jaar', en: 'Year' },
  jaarbedrag: { nl: 'Jaarbedrag (€)', en: 'Amount for the year (€)' },
  eerderKasritme: { nl: 'Eerder kasritme, seed 004 (€)', en: 'Earlier cash rhythm, seed 004 (€)' },
  shareOfEerderKasritme: { nl: 'Van eerder kasritme', en: 'Of the earlier rhythm' },
  notInEarlierRhythm: { nl: 'niet in het eerdere kasritme', en: 'not in the earlier rhythm' },
  earlierRhythmNote: {
    nl: 'Eerder kasritme: het bedrag per jaar dat seed 004 noemt, vervangen door het kasritme waarin de middelen in 2027, 2028 en 2029 worden besteed (nota §5a; een deel mag in 2029, §1). Ter vergelijking: geen plafond en niet het totaal voor het jaar.',
    en: 'Earlier cash rhythm: the amount per year seed 004 names, replaced by the rhythm in which the funds are spent in 2027, 2028 and 2029 (note §5a; part may be spent in 2029, §1). For comparison only: not a cap and not the total for the year.',
  },
  shareOfJaarbedrag: { nl: 'Van jaarbedrag', en: 'Of the year’s amount' },
  toepassingsgebied: { nl: 'Toepassingsgebied (modelplan)', en: 'Application area (modelplan)' },
  sector: { nl: 'Sector', en: 'Sector' },
  uzovi: { nl: 'UZOVI', en: 'UZOVI' },
  verzekeraar: { nl: 'Zorgverzekeraar', en: 'Insurer' },
  factor: { nl: 'Factor (richtbedrag / gevraagd)', en: 'Factor (guide amount / requested)' },
  factorPercentage: { nl: 'Factor', en: 'Factor' },
  file: { nl: 'Bestand', en: 'File' },
  allocated: { nl: 'Na pro-rata (€)', en: 'After pro rata (€)' },
  allocatedRangorde: { nl: 'Na rangorde (€)', en: 'After rank order (€)' },
  allocatedVerschuiven: { nl: 'Na verschuiven (€)', en: 'After shift (€)' },
  reason: { nl: 'Reden', en: 'Reason' },
  detail: { nl: 'Toelichting', en: 'Detail' },

  // Cells.
  total: { nl: 'Totaal', en: 'Total' },
  totalBudget: { nl: 'Totaal (budgetkader)', en: 'Total (budget frame)' },
  overSubscribed: { nl: '▲ overtekend', en: '▲ over-subscribed' },
  notInBudgetkader: { nl: '{naam} (niet in budgetkader)', en: '{naam} (not in budget frame)' },
  reserved: { nl: '{naam} (gereserveerd)', en: '{naam} (reserved)' },
  reservedNote: {
    nl: 'Gereserveerd: {namen} heeft geen richtbedrag maar een gereserveerd en gealloceerd bedrag (nota VWS 26 maart 2026, §1 en §4.3), met eigen afspraken; in de kolom Richtbedrag staat dat bedrag.',
    en: 'Reserved: {namen} has no guide amount but a reserved and allocated amount (VWS note of 26 March 2026, §1 and §4.3), with its own arrangements; the guide amount column shows that amount.',
  },
  outsideYears: { nl: '{jaar} (buiten bestedingsjaren)', en: '{jaar} (outside spending years)' },
  noYearAmount: { nl: 'geen jaarbedrag', en: 'no amount for the year' },
  noInsurer: { nl: 'geen (spuk)', en: 'none (spuk)' },
  noZorgpad: { nl: 'geen zorgpad', en: 'no care pathway' },
  requestedLater: {
    nl: 'Daarnaast gevraagd op route {route} na {jaar}, buiten het plafond {plafond}: € {bedrag}.',
    en: 'Also requested on route {route} after {jaar}, outside the cap {plafond}: € {bedrag}.',
  },
  reviewMarker: { nl: '* aanvullende beoordeling', en: '* additional review' },
  reviewFootnote: {
    nl: '* = aanvraag met aanvullende beoordeling ({count}); meegeteld, maar nog niet definitief.',
    en: '* = application needing additional review ({count}); counted, but not yet final.',
  },
  noneCounted: { nl: 'geen aanvragen meegeteld', en: 'no applications counted' },

  // Reasons for leaving a file out.
  reasonInvalid: { nl: 'ongeldig', en: 'invalid' },
  reasonDuplicate: { nl: 'dubbel', en: 'duplicate' },
  reasonLate: { nl: 'na het indienmoment toegevoegd (niet in het register): telt nergens mee', en: 'added after the submission moment (not in the register): counts for nothing' },
  reasonAdditionalReview: { nl: 'aanvullende beoordeling', en: 'additional review' },
  reasonModelplan: { nl: 'modelplan (kader, geen aanvraag)', en: 'modelplan (frame, not an application)' },
  reasonBudgetkader: { nl: 'budgetkader (kader, geen aanvraag)', en: 'budget frame (frame, not an application)' },
  reasonReferentielijsten: { nl: 'referentielijsten (kader, geen aanvraag)', en: 'reference lists (frame, not an application)' },
  reasonVerantwoording: { nl: 'verantwoording of plausibiliteitstoets na goedkeuring (geen aanvraag)', en: 'an account or plausibility test after approval (not an application)' },
  reasonBeoordeling: { nl: 'beoordeling van een zorgverzekeraar (geen aanvraag)', en: 'an insurer’s assessment (not an application)' },
  duplicateOf: { nl: 'dezelfde aanvraag als {file}', en: 'the same application as {file}' },
  leftOutRequested: { nl: 'gevraagd € {bedrag}, niet meegeteld', en: 'requested € {bedrag}, not counted' },

  summary: {
    nl: 'Totaal gevraagd € {requested} van € {budget} ({percentage}). Meegeteld: {count} (aanvullende beoordeling: {review}). Niet meegeteld: {leftOut}.',
    en: 'Total requested € {requested} of € {budget} ({percentage}). Counted: {count} (additional review: {review}). Not counted: {leftOut}.',
  },
} satisfies Record<string, Localized>;
