import type { Principle } from '../corpus.js';
import { addMember, line, one } from '../corpus.js';

// Nota §3: de aanwijzing geldt voor zorg als bedoeld in art. 11 lid 1 onderdeel a Zvw; zorg van
// een andere wet (Wlz, Wmo, Jeugdwet) telt niet, welk label er ook bij staat (afleiding van deze tool).
const SEED = 'nota §3 (art. 11 lid 1 a Zvw)';

export const zvwZorg: Principle = {
  id: 'zvw-zorg',
  title: 'Zvw-zorg naar wat de zorg is, niet naar het label',
  traps: [
    {
      name: 'a residential care home labelled zvw receives money',
      seed: SEED,
      rule: 'zorgdomein-signaal',
      decision: 'aanvullende-beoordeling',
      files: one('ai', (a) => {
        addMember(a, { naam: 'Woonzorgcentrum De Hoven', soort: 'zorgaanbieder', sector: 'vvt', zorgdomein: 'zvw', agb: '73734444' });
        line(a, 11, 'Kennisdeling met andere vvt-regio\'s', { ontvanger: '73734444' });
      }),
    },
    { name: 'rollout on nursing-home wards', seed: SEED, rule: 'zorgdomein-signaal', decision: 'aanvullende-beoordeling', files: one('ai', (a) => line(a, 1, 'Uitrol naar de verpleeghuisafdelingen (intramurale zorg)')) },
    { name: 'English: long-term residential care units', seed: SEED, rule: 'zorgdomein-signaal', decision: 'aanvullende-beoordeling', files: one('ai', (a) => line(a, 1, 'Rollout to our long-term care residential units')) },
    { name: 'domestic help and day care (Wmo)', seed: SEED, rule: 'zorgdomein-signaal', decision: 'aanvullende-beoordeling', files: one('ai', (a) => line(a, 5, 'Training van de huishoudelijke hulpen en de medewerkers dagbesteding')) },
    { name: 'youth care teams (Jeugdwet)', seed: SEED, rule: 'zorgdomein-signaal', decision: 'aanvullende-beoordeling', files: one('ai', (a) => line(a, 4, 'Training jeugdhulpteams in spraakgestuurd rapporteren')) },
  ],
  lookAlikes: [
    { name: 'district nursing at home', files: one('ai', (a) => line(a, 1, 'Uitrol wijkverpleging thuis, zodat cliënten langer thuis kunnen wonen')) },
    { name: 'nurses in the neighbourhood', files: one('ai', (a) => line(a, 4, 'Training verpleegkundigen en verzorgenden in de wijk')) },
    { name: 'discharge from hospital with the GP', files: one('ai', (a) => line(a, 0, 'Afstemming met de huisarts bij ontslag uit het ziekenhuis')) },
  ],
};
