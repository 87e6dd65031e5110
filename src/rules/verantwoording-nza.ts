import { defineRule, type FileRawFinding } from './define.js';

type Id = 'nzaUnreadable' | 'nzaInvalid' | 'nzaFingerprint' | 'aanvraagUnreadable' | 'aanvraagInvalid' | 'aanvraagChanged' | 'modelplanUnknown';

const POINTER: Record<Id, string> = {
  nzaUnreadable: '/nza_aanvraag',
  nzaInvalid: '/nza_aanvraag',
  nzaFingerprint: '/aanvraag/fingerprint',
  aanvraagUnreadable: '/aanvraag/bestand',
  aanvraagInvalid: '/aanvraag/bestand',
  aanvraagChanged: '/aanvraag/bestand',
  modelplanUnknown: '/nza_aanvraag',
};

export const verantwoordingNza = defineRule({
  id: 'verantwoording-nza',
  scope: 'verantwoordingen',
  severity: 'error',
  title: { nl: 'Verantwoording niet te herleiden tot de aanvraag aan de NZa', en: 'Account cannot be traced to the NZa request' },
  docs: {
    description: {
      nl: 'Een verantwoording hoort bij één goedgekeurd project: zij noemt de aanvraag aan de NZa (het bestand dat modelplan export nza schreef) en de aanvraag met haar vingerafdruk, beide relatief aan de verantwoording. Het gereedschap leest beide: de aanvraag aan de NZa moet schemageldig zijn en dezelfde vingerafdruk noemen, en de aanvraag moet nog precies zijn wat werd goedgekeurd. Alleen dan worden de kosten getoetst aan wat is goedgekeurd; anders is dat een fout.',
      en: 'An account belongs to one approved project: it names the NZa request (the file modelplan export nza wrote) and the application with its fingerprint, both relative to the account. The tool reads both: the NZa request must be schema-valid and name the same fingerprint, and the application must still be exactly what was approved. Only then are the costs tested against what was approved; otherwise that is an error.',
    },
    source: 'Nota VWS 26 maart 2026, §4.2 (gezamenlijke aanvraag bij de NZa; verantwoording volgens het verantwoordingskader van de NZa)',
    example: 'nza_aanvraag: ../nza/ander-project.nza.json  # noemt een andere vingerafdruk',
  },
  messages: {
    nzaUnreadable: { nl: 'de aanvraag aan de NZa {bestand} is niet te lezen ({detail})', en: 'the NZa request {bestand} cannot be read ({detail})' },
    nzaInvalid: { nl: 'de aanvraag aan de NZa {bestand} is geen geldige uitvoer van export nza ({detail})', en: 'the NZa request {bestand} is not valid output of export nza ({detail})' },
    nzaFingerprint: { nl: 'de aanvraag aan de NZa {bestand} hoort bij vingerafdruk {verwacht}…, niet bij {gevonden}…', en: 'the NZa request {bestand} belongs to fingerprint {verwacht}…, not to {gevonden}…' },
    aanvraagUnreadable: { nl: 'de aanvraag {bestand} is niet te lezen ({detail})', en: 'the application {bestand} cannot be read ({detail})' },
    aanvraagInvalid: { nl: 'de aanvraag {bestand} is geen schemageldige aanvraag ({detail})', en: 'the application {bestand} is not a schema-valid application ({detail})' },
    aanvraagChanged: { nl: 'de aanvraag {bestand} is gewijzigd sinds de goedkeuring: haar vingerafdruk is niet die van de aanvraag aan de NZa', en: 'the application {bestand} changed since its approval: its fingerprint is not the NZa request’s' },
    modelplanUnknown: { nl: 'het modelplan {modelplan} van de aanvraag aan de NZa is niet in het kader', en: 'the modelplan {modelplan} of the NZa request is not in the frame' },
  },
  check({ accounts }) {
    return accounts.flatMap((a): FileRawFinding<Id>[] => (a.problem ? [{ file: a.file, pointer: POINTER[a.problem.messageId], messageId: a.problem.messageId, args: a.problem.args }] : []));
  },
});
