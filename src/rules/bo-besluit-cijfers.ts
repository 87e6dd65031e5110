import { defineRule } from './define.js';

export const boBesluitCijfers = defineRule({
  id: 'bo-besluit-cijfers',
  scope: 'bo-besluit',
  severity: 'error',
  title: { nl: 'De cijfers zijn veranderd sinds het BO besloot', en: 'The figures changed since the BO decided' },
  docs: {
    description: {
      nl: 'Het BO besluit over de cijfers die het zag: per thema de aanvragen die beide verzekeraars goedkeurden, met hun vingerafdruk en het toegekende bedrag. Het besluit noemt de SHA-256 daarover (cijfers, zoals init-bo-besluit hem schrijft). Is er sindsdien een beoordeling bijgekomen, gewijzigd of vervallen, of een aanvraag veranderd, dan past de hash niet meer en telt het besluit niet: het BO moet opnieuw besluiten over de huidige cijfers.',
      en: 'The BO decides on the figures it saw: per theme the applications both insurers approved, with their fingerprint and approved amount. The decision names the SHA-256 over them (cijfers, as init-bo-besluit writes it). When a decision was added, changed or dropped since, or an application changed, the hash no longer fits and the decision does not count: the BO must decide again on the current figures.',
    },
    source: 'Nota VWS 26 maart 2026, §4.2 (“wat het totaal aan aanvragen is, zodat bij over- of onderschrijding kan worden bijgestuurd”)',
    example: 'cijfers: 1111…  # de cijfers van een eerdere stand van de ronde',
  },
  messages: {
    changed: { nl: 'de cijfers zijn veranderd sinds het BO besloot (besluit: {genoemd}, nu: {huidig}): het BO besluit opnieuw over de huidige cijfers (modelplan init-bo-besluit)', en: 'the figures changed since the BO decided (decision: {genoemd}, now: {huidig}): the BO decides again on the current figures (modelplan init-bo-besluit)' },
  },
  check({ decisions, figures }) {
    return decisions.flatMap((d) =>
      d.besluit.cijfers === figures.hash ? [] : [{ file: d.file, pointer: '/cijfers', messageId: 'changed' as const, args: { genoemd: d.besluit.cijfers.slice(0, 12), huidig: figures.hash.slice(0, 12) } }],
    );
  },
});
