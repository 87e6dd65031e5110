import type { Aanvraag } from '../../../../src/domain/types.js';
import type { Principle } from '../corpus.js';
import { example } from '../corpus.js';
import { otherCoalition, recode } from '../recode.js';

// Nota §4.2: elk doorbraakproject heeft een bovengrens; een project wordt niet kleiner door het te
// verdelen over aanvragen, leden of codes. Spraakgestuurd rapporteren: bovengrens € 4.000.000, AI example € 2.400.000.
const SEED = 'nota §4.2 (bovengrens per project)';

const pair = (mutateB: (b: Aanvraag) => void) => () => {
  const a = example('ai');
  const b = example('ai');
  mutateB(b);
  return { 'a.yaml': a, 'b.yaml': b };
};

export const bovengrensProject: Principle = {
  id: 'bovengrens-project',
  title: 'de bovengrens geldt per project, niet per bestand',
  traps: [
    {
      name: 'one coalition split over two files under other titles',
      seed: SEED,
      rule: 'agb-dubbel',
      decision: 'aanvullende-beoordeling',
      files: pair((b) => {
        b.titel = 'Spraakgestuurd rapporteren fase 2 (ZK11)';
        b.begroting[0]!.omschrijving = 'Inrichting werkprocessen, tweede tranche';
      }),
    },
    {
      name: 'one project split over members: the third provider applies on its own in the same region',
      seed: SEED,
      rule: 'project-regio',
      decision: 'aanvullende-beoordeling',
      files: pair((b) => otherCoalition(b, '55', 'ZK11')),
    },
    {
      name: 'one organisation under other AGB codes and another region code',
      seed: SEED,
      rule: 'project-regio',
      decision: 'aanvullende-beoordeling',
      files: pair((b) => {
        recode(b, { '73730101': '73738101', '75750202': '75758202', '73730303': '73738303' });
        b.aanvrager.zorgkantoorregio = 'ZK06';
        b.titel = 'Spraakgestuurd rapporteren Midden-IJssel (ZK06)';
      }),
    },
  ],
  lookAlikes: [
    {
      name: 'two coalitions in two regions under the same modelplan',
      files: () => {
        const a = example('ai');
        const b = example('ai');
        otherCoalition(b, '66', 'ZK16');
        return { 'a.yaml': a, 'b.yaml': b };
      },
    },
  ],
};
