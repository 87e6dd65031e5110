/** Interface texts of the HTML report, in Dutch and English. */
import type { Localized } from '../../report/types.js';

export const rapportText = {
  title: { nl: 'AZWA-doorbraakmiddelen: overzicht van alle aanvragen', en: 'AZWA doorbraakmiddelen: overview of all applications' },
  subtitle: {
    nl: 'Voor het BO IZA/AZWA: het totaal van de aanvragen, zodat bij over- of onderschrijding kan worden bijgestuurd vóór de definitieve beschikking (nota §4.2).',
    en: 'For the BO IZA/AZWA: the total of all applications, so over- or under-subscription can be corrected before the final decision (nota §4.2).',
  },
  contents: { nl: 'Inhoud', en: 'Contents' },

  // Stamp.
  stamp: { nl: 'Stempel', en: 'Stamp' },
  peildatum: { nl: 'Peildatum', en: 'Reference date' },
  tool: { nl: 'Gemaakt met', en: 'Made with' },
  budgetkader: { nl: 'Budgetkader', en: 'Budget frame' },
  modelplannen: { nl: 'Modelplannen', en: 'Modelplannen' },
  register: { nl: 'Register', en: 'Register' },
  files: { nl: 'Bestanden', en: 'Files' },
  noRegister: { nl: 'geen (zie modelplan register en --register)', en: 'none (see modelplan register and --register)' },
  filesLate: { nl: '; {late} na het indienmoment toegevoegd (niet in het register), die nergens meetellen', en: '; {late} added after the submission moment (not in the register), which count for nothing' },
  filesLine: {
    nl: '{total} bestanden: {counted} aanvragen meegeteld (waarvan {needReview} met aanvullende beoordeling); niet meegeteld: {invalid} ongeldig (waarvan {unreadable} onleesbaar), {duplicates} dubbel, {review} weggelaten omdat ze aanvullende beoordeling vragen (alleen met --zonder-aanvullende-beoordeling), {frame} andere bestanden (kader, beoordelingen)',
    en: '{total} files: {counted} applications counted (of which {needReview} needing additional review); not counted: {invalid} invalid (of which {unreadable} unreadable), {duplicates} duplicate, {review} left out because they need additional review (only with --zonder-aanvullende-beoordeling), {frame} other files (frame, assessments)',
  },
  excludeNote: {
    nl: 'Aanvragen met aanvullende beoordeling zijn niet meegeteld (--zonder-aanvullende-beoordeling).',
    en: 'Applications needing additional review are not counted (--zonder-aanvullende-beoordeling).',
  },

  // Summary.
  summary: { nl: 'Samenvatting: op één blik', en: 'Summary at a glance' },
  glanceThemes: { nl: 'Gevraagd per thema tegen het richtbedrag', en: 'Requested per theme against the guide amount' },
  glanceReview: {
    nl: '{count} van de {total} aanvragen vragen aanvullende beoordeling.',
    en: '{count} of the {total} applications need additional review.',
  },
  glanceReviewNone: { nl: 'Geen enkele aanvraag vraagt aanvullende beoordeling.', en: 'No application needs additional review.' },
  glanceReasons: { nl: 'Meest genoemde redenen', en: 'Most frequent reasons' },
  glanceReason: { nl: '{title}: {count} aanvragen', en: '{title}: {count} applications' },
  glanceCuts: { nl: 'Wie krijgt minder, per scenario', en: 'Who gets less, per scenario' },
  glanceCutsCount: { nl: '{count} krijgen minder', en: '{count} get less' },
  glanceCutsNone: { nl: 'In geen enkel scenario krijgt een aanvraag minder dan gevraagd.', en: 'In no scenario does an application get less than requested.' },
  glanceCutsMore: {
    nl: 'De {shown} aanvragen met de grootste korting; de overige {more} staan in de tabel Alle aanvragen.',
    en: 'The {shown} applications with the largest cut; the other {more} are in the table All applications.',
  },
  glanceApplication: { nl: 'Aanvraag', en: 'Application' },
  glanceCutCell: { nl: '{allocated} (−{cut})', en: '{allocated} (−{cut})' },
  scrollHint: { nl: 'De tabel is breder dan het scherm: schuif hem opzij (of gebruik de pijltjestoetsen) voor de overige kolommen →', en: 'The table is wider than the screen: scroll it sideways (or use the arrow keys) for the other columns →' },
  summaryTotal: {
    nl: '{count} aanvragen vragen samen € {requested} van € {budget} ({percentage}).',
    en: '{count} applications together ask € {requested} of € {budget} ({percentage}).',
  },
  summaryZvw: { nl: 'Zvw: € {requested} tegen het harde plafond van € {bedrag} ({percentage}).', en: 'Zvw: € {requested} against the hard cap of € {bedrag} ({percentage}).' },
  summaryOver: { nl: 'Overtekend: {themes}.', en: 'Over-subscribed: {themes}.' },
  summaryNoneOver: { nl: 'Geen thema is overtekend.', en: 'No theme is over-subscribed.' },
  summaryInvalid: {
    nl: 'Daarnaast {count} ongeldige aanvragen, niet meegeteld: samen € {requested} gevraagd (van {withAmount}); van {withoutAmount} is het bedrag onbekend.',
    en: 'Also {count} invalid applications, not counted: together € {requested} requested (of {withAmount}); the amount of {withoutAmount} is unknown.',
  },

  // Sections.
  themas: { nl: 'Per thema: gevraagd tegen het richtbedrag', en: 'Per theme: requested against the guide amount' },
  themasNote: {
    nl: 'Richtbedragen zijn richtbedragen, geen plafonds (AZWA financiële bijlage §8b); alleen het Zvw-plafond is hard (nota §5e).',
    en: 'Guide amounts are guide amounts, not caps (AZWA financial annex §8b); only the Zvw cap is hard (nota §5e).',
  },
  plafonds: { nl: 'Zvw-totaal tegen het plafond', en: 'Zvw total against the cap' },
  jaarbedragen: { nl: '{naam}: per jaar tegen het jaarbedrag', en: '{naam}: per year against the amount for the year' },
  perJaar: { nl: 'Totalen per jaar', en: 'Totals per year' },
  decisions: { nl: 'Beoordelingen', en: 'Decisions' },
  round: { nl: 'De beoordelingsronde van de zorgverzekeraars', en: 'The insurers’ assessment round' },
  roundStatus: { nl: 'Status', en: 'Status' },
  roundTotal: { nl: 'In de ronde', en: 'In the round' },
  roundApproved: { nl: 'Toegekend door beide verzekeraars', en: 'Approved by both insurers' },
  roundOutside: { nl: 'Buiten de ronde (SPUK-route)', en: 'Outside the round (SPUK route)' },
  roundLate: { nl: 'Na het indienmoment toegevoegd, telt nergens mee', en: 'Added after the submission moment, counts for nothing' },
  roundNote: {
    nl: 'Per aanvraag op de Zvw-route de stand van de beoordelingen van de coördinerende en de tweede zorgverzekeraar (besluitbestanden, soort beoordeling); zie modelplan status voor de lijst.',
    en: 'For each application on the Zvw route, where the decisions of the coordinating and the second insurer stand (decision files, soort beoordeling); see modelplan status for the list.',
  },
  registerValue: { nl: '{bestand}, peildatum {peildatum}, hash {hash}', en: '{bestand}, reference date {peildatum}, hash {hash}' },
  decisionsNote: {
    nl: 'Over alle aanvraagbestanden, ook de ongeldige. Rondestatussen volgen zodra er besluitbestanden zijn.',
    en: 'Over all application files, invalid ones included. Round statuses follow once there are decision files.',
  },
  invalid: { nl: 'Ongeldige aanvragen (apart, niet meegeteld)', en: 'Invalid applications (apart, not counted)' },
  invalidNone: { nl: 'Geen ongeldige aanvragen.', en: 'No invalid applications.' },
  regions: { nl: 'Per zorgkantoorregio', en: 'Per zorgkantoorregio' },
  regionsWithout: { nl: 'Regio’s zonder aanvraag ({count}): {list}.', en: 'Regions without an application ({count}): {list}.' },
  regionsAllCovered: { nl: 'Elke zorgkantoorregio heeft ten minste één aanvraag.', en: 'Every zorgkantoorregio has at least one application.' },
  regionsUnknownList: {
    nl: 'De lijst van zorgkantoorregio’s ontbreekt in het kader: alleen de regio’s met een aanvraag staan hier; regio’s zonder aanvraag zijn niet vast te stellen.',
    en: 'The frame lacks the list of zorgkantoorregio’s: only the regions with an application are shown; regions without one cannot be determined.',
  },
  noRegion: { nl: 'geen regio opgegeven', en: 'no region given' },
  scenarios: { nl: 'Toewijzingsscenario’s naast elkaar', en: 'Allocation scenarios side by side' },
  scenariosNote: {
    nl: 'Hele euro’s, exact: per thema telt elk scenario op tot het beschikbare bedrag en geeft geen aanvraag meer dan gevraagd.',
    en: 'Whole euros, exact: per theme each scenario adds up to the money available and gives no application more than it asked.',
  },
  applications: { nl: 'Alle aanvragen', en: 'All applications' },
  applicationsNote: {
    nl: 'Klik op een kolomkop om te sorteren; filter op tekst of beoordeling. Zonder script staat de tabel op bestandsnaam.',
    en: 'Click a column header to sort; filter by text or decision. Without script the table is in file order.',
  },
  filter: { nl: 'Filter', en: 'Filter' },
  filterDecision: { nl: 'Beoordeling', en: 'Decision' },
  all: { nl: 'alle', en: 'all' },
  shown: { nl: '{shown} van {total} getoond', en: '{shown} of {total} shown' },

  // Columns.
  thema: { nl: 'Thema', en: 'Theme' },
  richtbedrag: { nl: 'Richtbedrag (€)', en: 'Guide amount (€)' },
  count: { nl: 'Aanvragen', en: 'Applications' },
  requested: { nl: 'Gevraagd (€)', en: 'Requested (€)' },
  difference: { nl: 'Verschil (€)', en: 'Difference (€)' },
  share: { nl: 'Aandeel', en: 'Share' },
  plafond: { nl: 'Plafond', en: 'Cap' },
  plafondBedrag: { nl: 'Plafond (€)', en: 'Cap (€)' },
  requestedLater: { nl: 'Gevraagd na {jaar} (€)', en: 'Requested after {jaar} (€)' },
  jaar: { nl: 'Jaar', en: 'Year' },
  jaarbedrag: { nl: 'Jaarbedrag (€)', en: 'Amount for the year (€)' },
  eerderKasritme: { nl: 'Eerder kasritme, seed 004 (€)', en: 'Earlier cash rhythm, seed 004 (€)' },
  notInEarlierRhythm: { nl: 'niet in het eerdere kasritme', en: 'not in the earlier rhythm' },
  earlierRhythmNote: {
    nl: 'Eerder kasritme: het bedrag per jaar dat seed 004 noemt, vervangen door het kasritme waarin de middelen in 2027, 2028 en 2029 worden besteed (nota §5a; een deel mag in 2029, §1). Ter vergelijking: geen plafond en niet het totaal voor het jaar.',
    en: 'Earlier cash rhythm: the amount per year seed 004 names, replaced by the rhythm in which the funds are spent in 2027, 2028 and 2029 (note §5a; part may be spent in 2029, §1). For comparison only: not a cap and not the total for the year.',
  },
  decision: { nl: 'Beoordeling', en: 'Decision' },
  number: { nl: 'Aantal', en: 'Number' },
  code: { nl: 'Code', en: 'Code' },
  regio: { nl: 'Regio', en: 'Region' },
  file: { nl: 'Bestand', en: 'File' },
  titel: { nl: 'Titel', en: 'Title' },
  aanvrager: { nl: 'Aanvrager', en: 'Applicant' },
  modelplan: { nl: 'Modelplan', en: 'Modelplan' },
  fte: { nl: 'Fte bespaard', en: 'Fte saved' },
  euroPerFte: { nl: '€ per fte', en: '€ per fte' },
  reasons: { nl: 'Redenen', en: 'Reasons' },
  score: { nl: 'Score', en: 'Score' },
  status: { nl: 'Meegeteld', en: 'Counted' },
  available: { nl: 'beschikbaar (€)', en: 'available (€)' },
  total: { nl: 'Totaal', en: 'Total' },
  zvwRoute: { nl: 'Zvw-route (plafond € {bedrag})', en: 'Zvw route (cap € {bedrag})' },
  rule: { nl: 'Eerste fout', en: 'First error' },

  // Cells.
  over: { nl: 'overtekend', en: 'over-subscribed' },
  under: { nl: 'ruimte', en: 'room' },
  exact: { nl: 'precies', en: 'exact' },
  unknown: { nl: 'onbekend', en: 'unknown' },
  noYearAmount: { nl: 'geen jaarbedrag', en: 'no amount for the year' },
  outsideYears: { nl: '{jaar} (buiten bestedingsjaren)', en: '{jaar} (outside spending years)' },
  statusCounted: { nl: 'ja', en: 'yes' },
  statusInvalid: { nl: 'nee: ongeldig', en: 'no: invalid' },
  statusDuplicate: { nl: 'nee: dubbel', en: 'no: duplicate' },
  statusReviewLeftOut: { nl: 'nee: aanvullende beoordeling', en: 'no: additional review' },
  unreadable: { nl: 'onleesbaar', en: 'unreadable' },

  // Charts.
  chartThemas: { nl: 'Staafdiagram: gevraagd per thema tegen het richtbedrag', en: 'Bar chart: requested per theme against the guide amount' },
  chartPlafond: { nl: 'Staafdiagram: Zvw-totaal tegen het plafond', en: 'Bar chart: Zvw total against the cap' },
  chartPerJaar: { nl: 'Staafdiagram: gevraagd per jaar tegen het eerdere kasritme van seed 004 (ter vergelijking, geen plafond)', en: 'Bar chart: requested per year against the earlier cash rhythm of seed 004 (for comparison, not a cap)' },
  chartJaar: { nl: 'Staafdiagram: {naam} per jaar tegen het jaarbedrag', en: 'Bar chart: {naam} per year against the amount for the year' },
  chartBar: { nl: '{label}: gevraagd € {requested} van € {reference} ({percentage})', en: '{label}: requested € {requested} of € {reference} ({percentage})' },
  chartBarNoReference: { nl: '{label}: gevraagd € {requested}, geen norm', en: '{label}: requested € {requested}, no reference' },
  legendRequested: { nl: 'gevraagd', en: 'requested' },
  legendReference: { nl: 'norm (richtbedrag, plafond, jaarbedrag of eerder kasritme)', en: 'reference (guide amount, cap, amount for the year or earlier cash rhythm)' },
  // After assessment (decision files among the inputs): the first page and the section of the BO's totals.
  assessed: { nl: 'Na beoordeling: de totalen van de beoordelingen', en: 'After assessment: the totals of the assessments' },
  assessedNote: {
    nl: 'Zoals `modelplan budget` en `modelplan status` ze tonen: per thema en jaar wat beide verzekeraars goedkeurden (tegen het toegekende bedrag), wat is aangehouden, afgewezen, strijdig of verouderd en nog niet beoordeeld (tegen het gevraagde bedrag).',
    en: 'As `modelplan budget` and `modelplan status` show them: per theme and year what both insurers approved (at the approved amount), what is on hold, rejected, conflicting or stale and not yet assessed (at the amount requested).',
  },
  glanceAssessed: { nl: 'Per thema na beoordeling tegen het richtbedrag', en: 'Per theme after assessment against the guide amount' },
  approved: { nl: 'Goedgekeurd', en: 'Approved' },
  open: { nl: 'Nog niet beslist', en: 'Not yet decided' },
  openShare: { nl: 'Met niet beslist', en: 'With undecided' },
  rejected: { nl: 'Afgewezen', en: 'Rejected' },
  adviceTitle: { nl: 'Wat elk scenario doet, per thema (na beoordeling)', en: 'What each scenario does, per theme (after assessment)' },
  adviceOver: {
    nl: '{naam}: € {approved} goedgekeurd tegen een richtbedrag van € {richtbedrag} ({percentage}): overtekend met € {over}.',
    en: '{naam}: € {approved} approved against a guide amount of € {richtbedrag} ({percentage}): over-subscribed by € {over}.',
  },
  adviceUnder: {
    nl: '{naam}: € {approved} goedgekeurd tegen een richtbedrag van € {richtbedrag} ({percentage}): € {room} ruimte.',
    en: '{naam}: € {approved} approved against a guide amount of € {richtbedrag} ({percentage}): € {room} room.',
  },
  adviceNoReference: { nl: '{naam}: € {approved} goedgekeurd (geen richtbedrag).', en: '{naam}: € {approved} approved (no guide amount).' },
  adviceOpen: {
    nl: 'Nog niet beslist: € {open} gevraagd; als dat allemaal zo wordt goedgekeurd: {percentage} van het richtbedrag.',
    en: 'Not yet decided: € {open} requested; if all of it were approved as asked: {percentage} of the guide amount.',
  },
  adviceOutside: {
    nl: 'Buiten de ronde van de verzekeraars (SPUK-route, niet door verzekeraars beoordeeld): € {outside} gevraagd.',
    en: 'Outside the insurers’ round (SPUK route, not assessed by insurers): € {outside} requested.',
  },
  adviceNoCuts: {
    nl: 'Geen enkel scenario geeft een goedgekeurde aanvraag minder: na beoordeling is geen thema overtekend.',
    en: 'No scenario gives an approved application less: after assessment no theme is over-subscribed.',
  },
  adviceFull: { nl: 'In de andere thema’s geeft elk scenario elke goedgekeurde aanvraag haar goedgekeurde bedrag.', en: 'In the other themes every scenario gives every approved application its approved amount.' },
  adviceScenarioFull: { nl: '{scenario}: iedereen het goedgekeurde bedrag (€ {allocated}).', en: '{scenario}: everyone their approved amount (€ {allocated}).' },
  adviceScenarioCut: {
    nl: '{scenario}: € {allocated} voor het thema; {less} aanvraag/aanvragen krijgen samen € {cut} minder dan goedgekeurd ({nothing} niets); het meest: {largest}.',
    en: '{scenario}: € {allocated} for the theme; {less} application(s) get € {cut} less than approved in all ({nothing} nothing); most: {largest}.',
  },
  adviceLargest: { nl: '{name} € {allocated} i.p.v. € {approved}', en: '{name} € {allocated} instead of € {approved}' },
  summaryZvwApproved: {
    nl: 'Zvw na beoordeling: € {approved} goedgekeurd tegen het harde plafond van € {bedrag} ({percentage}).',
    en: 'Zvw after assessment: € {approved} approved against the hard cap of € {bedrag} ({percentage}).',
  },
} satisfies Record<string, Localized>;

export const decisionText = {
  standaard: { nl: 'standaard', en: 'standard' },
  'aanvullende-beoordeling': { nl: 'aanvullende beoordeling', en: 'additional review' },
  ongeldig: { nl: 'ongeldig', en: 'invalid' },
} satisfies Record<string, Localized>;

export const scenarioText = {
  'pro-rata': { nl: 'Pro rata', en: 'Pro rata' },
  rangorde: { nl: 'Rangorde (score)', en: 'Rank order (score)' },
  verschuiven: { nl: 'Verschuiven (binnen Zvw-plafond)', en: 'Shift (within Zvw cap)' },
} satisfies Record<string, Localized>;
