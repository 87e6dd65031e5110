import { matchDecision } from '../round/match.js';
import { defineRule, type FileRawFinding } from './define.js';

export const beoordelingAanvraag = defineRule({
  id: 'beoordeling-aanvraag',
  scope: 'beoordelingen',
  severity: 'error',
  title: { nl: 'Beoordeling hoort bij geen geldige aanvraag', en: 'Decision belongs to no valid application' },
  docs: {
    description: {
      nl: 'Een beoordeling noemt de vingerafdruk van de aanvraag die beoordeeld is. Staat geen aanvraag met die inhoud in de run, dan is dat een fout; staat het genoemde bestand er wel maar met andere inhoud, dan is de aanvraag na de beoordeling gewijzigd (verouderd, een waarschuwing). Een beoordeling van een ongeldige aanvraag is een fout: die kan niet beoordeeld worden zoals hij is. Controleer beoordelingen samen met de aanvragen.',
      en: 'A decision names the fingerprint of the application it assessed. When no application with that content is in the run, that is an error; when the named file is there with other content, the application changed after the decision (stale, a warning). A decision on an invalid application is an error: it cannot be assessed as it is. Check decisions together with the applications.',
    },
    source: 'Nota VWS 26 maart 2026, §4.2 (beoordeling door de coördinerende en een tweede zorgverzekeraar)',
    example: 'aanvraag:\n  bestand: examples/onbekend.yaml\n  fingerprint: 0000000000000000000000000000000000000000000000000000000000000000',
  },
  messages: {
    unknown: { nl: 'geen aanvraag in deze run heeft vingerafdruk {fingerprint} of pad {bestand}; controleer de beoordeling samen met haar aanvraag', en: 'no application in this run has fingerprint {fingerprint} or path {bestand}; check the decision together with its application' },
    stale: { nl: 'de aanvraag {bestand} is gewijzigd na deze beoordeling (vingerafdruk was {was}, is nu {nu}): beoordeel opnieuw', en: 'the application {bestand} changed after this decision (fingerprint was {was}, is now {nu}): assess it again' },
    invalid: { nl: 'de aanvraag {bestand} is ongeldig en kan niet beoordeeld worden zoals hij is', en: 'the application {bestand} is invalid and cannot be assessed as it is' },
  },
  check({ aanvragen, beoordelingen }) {
    return beoordelingen.flatMap((d): FileRawFinding<'unknown' | 'stale' | 'invalid'>[] => {
      const match = matchDecision(d, aanvragen);
      const { bestand, fingerprint } = d.beoordeling.aanvraag;
      if (match.kind === 'onbekend') return [{ file: d.file, pointer: '/aanvraag/fingerprint', messageId: 'unknown' as const, args: { fingerprint: fingerprint.slice(0, 12), bestand } }];
      if (match.kind === 'verouderd') {
        return [{ file: d.file, pointer: '/aanvraag/fingerprint', messageId: 'stale' as const, severity: 'warning' as const, args: { bestand, was: fingerprint.slice(0, 12), nu: match.application.fingerprint.slice(0, 12) } }];
      }
      if (match.application.decision === 'ongeldig') return [{ file: d.file, pointer: '/aanvraag', messageId: 'invalid' as const, args: { bestand: match.application.file } }];
      return [];
    });
  },
});
