import { defineRule } from './define.js';

export const boBesluitBedrag = defineRule({
  id: 'bo-besluit-bedrag',
  scope: 'bo-besluit',
  severity: 'error',
  title: { nl: 'Het BO-besluit past niet op de goedgekeurde aanvragen', en: 'The BO decision does not fit the approved applications' },
  docs: {
    description: {
      nl: "Het BO-besluit noemt elk thema met goedgekeurde aanvragen één keer, en alleen die. Bij per-aanvraag staat elke goedgekeurde aanvraag van het thema erin (op vingerafdruk), met een bedrag niet boven wat beide verzekeraars toekenden en een reden; het totaal van het thema blijft binnen wat het besluit beschikbaar stelt. Een scenario (pro-rata, rangorde, verschuiven) rekent het gereedschap zelf, exact in hele euro's, op de goedgekeurde bedragen.",
      en: 'The BO decision names every theme with approved applications once, and only those. With per-aanvraag it lists every approved application of the theme (by fingerprint), with an amount no higher than both insurers approved and a reason; the theme’s total stays within what the decision makes available. A scenario (pro-rata, rangorde, verschuiven) the tool computes itself, exactly in whole euros, on the approved amounts.',
    },
    source: 'Nota VWS 26 maart 2026, §4.2 (bijsturen bij over- of onderschrijding; daarna formele goedkeuring)',
    example: "themas:\n  - thema: ai\n    besluit: per-aanvraag\n    motivering: …\n    aanvragen:\n      - fingerprint: …\n        bedrag: 2500000  # toegekend 2.400.000\n        reden: …",
  },
  messages: {
    unknownTheme: { nl: 'thema {thema} heeft geen aanvragen die beide verzekeraars goedkeurden', en: 'theme {thema} has no applications both insurers approved' },
    themeMissing: { nl: 'thema {thema} ontbreekt: {aantal} goedgekeurde aanvraag/aanvragen, toegekend € {toegekend:euro}; neem het thema op met een besluit', en: 'theme {thema} is missing: {aantal} approved application(s), approved € {toegekend:euro}; add the theme with a decision' },
    twice: { nl: '{thema} staat meer dan eens in het besluit', en: '{thema} is in the decision more than once' },
    unknownApplication: { nl: 'geen goedgekeurde aanvraag van thema {thema} heeft vingerafdruk {fingerprint}', en: 'no approved application of theme {thema} has fingerprint {fingerprint}' },
    missingApplication: { nl: 'per-aanvraag noemt {bestand} niet: geef een bedrag en een reden voor elke goedgekeurde aanvraag van thema {thema}', en: 'per-aanvraag does not name {bestand}: give an amount and a reason for every approved application of theme {thema}' },
    aboveApproved: { nl: '€ {bedrag:euro} voor {bestand} is meer dan beide verzekeraars toekenden (€ {toegekend:euro})', en: '€ {bedrag:euro} for {bestand} is more than both insurers approved (€ {toegekend:euro})' },
    themeAbove: { nl: 'thema {thema} krijgt € {bedrag:euro}, meer dan het besluit beschikbaar stelt (€ {toegestaan:euro})', en: 'theme {thema} gets € {bedrag:euro}, more than the decision makes available (€ {toegestaan:euro})' },
    notPerAanvraag: { nl: 'aanvragen hoort alleen bij besluit per-aanvraag, niet bij {besluit} (thema {thema})', en: 'aanvragen belongs only with besluit per-aanvraag, not with {besluit} (theme {thema})' },
  },
  check({ outcome }) {
    if (!outcome) return [];
    return outcome.problems.map((p) => ({ file: outcome.file, pointer: p.pointer, messageId: p.messageId, args: p.args }));
  },
});
