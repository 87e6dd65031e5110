import type { Principle } from '../corpus.js';
import { addMember, line, one } from '../corpus.js';

// Nota §4.3: het geld voor het sociaal domein is voor de basisfunctionaliteiten, via de SPUK aan
// gemeenten, met impact op arbeid in de zorg; op de Zvw-route is het niet betaalbaar.
const SEED = 'nota §4.3 (SPUK aan gemeenten)';

export const sociaalDomein: Principle = {
  id: 'sociaal-domein',
  title: 'sociaal domein via de SPUK aan gemeenten, niet via de Zvw',
  traps: [
    { name: 'SPUK money to the welfare foundation', seed: SEED, rule: 'spuk-ontvanger', decision: 'ongeldig', files: one('spuk', (a) => line(a, 0, 'Opsporing en begeleiding van ouderen met valrisico', { ontvanger: '55667788' })) },
    {
      name: 'SPUK money to a hospital',
      seed: SEED,
      rule: 'spuk-ontvanger',
      decision: 'ongeldig',
      files: one('spuk', (a) => {
        addMember(a, { naam: 'Ziekenhuis Voorbeeld', soort: 'zorgaanbieder', sector: 'sociaal-domein', agb: '06019999' });
        line(a, 7, 'Evaluatie valincidenten en zorggebruik', { ontvanger: '06019999' });
      }),
    },
    { name: 'social prescribing paid on the Zvw route', seed: SEED, rule: 'zorgdomein-signaal', decision: 'aanvullende-beoordeling', files: one('ai', (a) => line(a, 0, 'Inzet buurtcoaches voor welzijn op recept')) },
    { name: 'English: link workers of the municipality on the Zvw route', seed: SEED, rule: 'zorgdomein-signaal', decision: 'aanvullende-beoordeling', files: one('ai', (a) => line(a, 1, 'Social prescribing link workers for lonely elderly people')) },
    { name: 'a social-domain modelplan on the Zvw route', seed: SEED, rule: 'thema-route', decision: 'ongeldig', files: one('spuk', (a) => (a.financieringsroute = 'zvw')) },
  ],
  lookAlikes: [
    { name: 'the valpreventie example', files: one('spuk', () => undefined) },
    { name: 'a Zvw line coordinating with the social district team', files: one('ai', (a) => line(a, 0, 'Afstemming met het sociaal wijkteam bij complexe zorgvragen')) },
  ],
};
