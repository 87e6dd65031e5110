/** Names of the statuses and the column labels of the status outputs, in both languages. */
import type { Localized } from '../../report/types.js';
import type { Status } from '../../round/types.js';

export const statusName = {
  'wacht-op-coordinerend': { nl: 'wacht op coördinerende verzekeraar', en: 'waiting for the coordinating insurer' },
  'wacht-op-tweede': { nl: 'wacht op tweede verzekeraar', en: 'waiting for the second insurer' },
  akkoord: { nl: 'akkoord (beide verzekeraars; wacht op het BO-besluit)', en: 'approved (both insurers; waiting for the BO decision)' },
  'wacht-op-bevestiging': { nl: 'wacht op bevestiging (na het BO-besluit)', en: 'waiting for confirmation (after the BO decision)' },
  definitief: { nl: 'definitief (bevestigd tegen het bedrag van het BO)', en: 'final (confirmed at the BO’s amount)' },
  'bo-afgewezen': { nl: 'niets na het BO-besluit', en: 'nothing after the BO decision' },
  aangehouden: { nl: 'aangehouden', en: 'held' },
  afgewezen: { nl: 'afgewezen', en: 'rejected' },
  strijdig: { nl: 'strijdig (de verzekeraars zijn het oneens)', en: 'conflicting (the insurers disagree)' },
  verouderd: { nl: 'verouderd (aanvraag gewijzigd na een beoordeling)', en: 'stale (application changed after a decision)' },
  dubbel: { nl: 'dubbel (meer dan één beoordeling voor één rol)', en: 'double (more than one decision for one role)' },
  gewijzigd: { nl: 'gewijzigd (bestand gewijzigd sinds het register)', en: 'changed (file changed since the register)' },
} satisfies Record<Status, Localized>;

export const label = {
  heading: { nl: 'Stand van de beoordelingsronde', en: 'State of the assessment round' },
  register: { nl: 'Register: {bestand} (peildatum {peildatum})', en: 'Register: {bestand} (peildatum {peildatum})' },
  noRegister: { nl: 'Zonder register', en: 'Without a register' },
  file: { nl: 'Aanvraag', en: 'Application' },
  theme: { nl: 'Thema', en: 'Theme' },
  coordinating: { nl: 'Coördinerend', en: 'Coordinating' },
  second: { nl: 'Tweede', en: 'Second' },
  requested: { nl: 'Gevraagd', en: 'Requested' },
  approved: { nl: 'Toegekend', en: 'Approved' },
  afterBo: { nl: 'Na BO', en: 'After BO' },
  bo: { nl: 'BO-besluit: {bestand} ({datum}); definitief: € {bedrag}', en: 'BO decision: {bestand} ({datum}); final: € {bedrag}' },
  noBo: { nl: 'Nog geen BO-besluit dat telt: wat beide verzekeraars goedkeurden wacht op het BO (modelplan init-bo-besluit).', en: 'No BO decision that counts yet: what both insurers approved waits for the BO (modelplan init-bo-besluit).' },
  status: { nl: 'Status', en: 'Status' },
  count: { nl: 'Aantal', en: 'Count' },
  perStatus: { nl: 'Per status', en: 'Per status' },
  perTheme: { nl: 'Per thema', en: 'Per theme' },
  perInsurer: { nl: 'Per coördinerende verzekeraar', en: 'Per coordinating insurer' },
  total: { nl: 'Totaal: {aantal} aanvragen; toegekend door beide verzekeraars: € {bedrag}', en: 'Total: {aantal} applications; approved by both insurers: € {bedrag}' },
  outside: { nl: 'Niet in de ronde van de verzekeraars (geen zorgverzekeraars, SPUK-route): {files}', en: 'Not in the insurers’ round (no insurers, SPUK route): {files}' },
  late: { nl: 'Na het indienmoment toegevoegd, niet in het register (telt nergens mee): {files}', en: 'Added after the submission moment, not in the register (counts for nothing): {files}' },
  errors: { nl: 'Let op: {aantal} fout(en) in deze run (beoordelingen of register); zie modelplan check.', en: 'Note: {aantal} error(s) in this run (decisions or register); see modelplan check.' },
  none: { nl: 'Geen aanvragen in deze selectie.', en: 'No applications in this selection.' },
  accounts: { nl: 'Na goedkeuring: verantwoording per project en jaar', en: 'After approval: account per project and year' },
  year: { nl: 'Jaar', en: 'Year' },
  realised: { nl: 'Gerealiseerd', en: 'Realised' },
  account: { nl: 'Verantwoording', en: 'Account' },
  judgement: { nl: 'Plausibiliteitstoets', en: 'Plausibility test' },
} satisfies Record<string, Localized>;
