import type { Principle } from '../corpus.js';
import { line, one } from '../corpus.js';

// Nota §4.1: hulpmiddelenzorg valt buiten de Wmg-regulering; de aanschaf ervan kan niet uit de
// doorbraakmiddelen, kennisnetwerken over het gebruik wel. Medtech base: line 4 is licenties-en-ict, 6 kennisnetwerk.
const SEED = 'nota §4.1';

export const hulpmiddelen: Principle = {
  id: 'hulpmiddelen',
  title: 'geen aanschaf van hulpmiddelen, in welke contractvorm of woorden ook',
  traps: [
    { name: 'lease of incontinence products', seed: SEED, rule: 'kosten-signaalwoord', decision: 'aanvullende-beoordeling', files: one('medtech', (a) => line(a, 0, 'Lease van slimme incontinentieproducten voor 400 cliënten, 24 maanden')) },
    { name: 'rent of stoma sensors (compound)', seed: SEED, rule: 'kosten-signaalwoord', decision: 'aanvullende-beoordeling', files: one('medtech', (a) => line(a, 4, 'Huur van 350 stomasensoren bij de leverancier')) },
    { name: 'English purchase of pads', seed: SEED, rule: 'kosten-signaalwoord', decision: 'aanvullende-beoordeling', files: one('medtech', (a) => line(a, 1, 'Purchase of 1,500 smart incontinence pads for clients at home')) },
    { name: 'delivery bundled in an all-in contract', seed: SEED, rule: 'kosten-signaalwoord', decision: 'aanvullende-beoordeling', files: one('medtech', (a) => line(a, 5, 'All-in contract wondpompen inclusief levering en plaatsing bij cliënten')) },
    { name: 'handing out sensor patches', seed: SEED, rule: 'kosten-signaalwoord', decision: 'aanvullende-beoordeling', files: one('medtech', (a) => line(a, 1, 'Verstrekking van sensorpleisters aan 600 cliënten')) },
    { name: 'buy-out of a leased fleet of meters', seed: SEED, rule: 'kosten-signaalwoord', decision: 'aanvullende-beoordeling', files: one('copd', (a) => line(a, 2, 'Afkoop van de leasevloot bloeddrukmeters voor thuismeting')) },
    { name: 'procurement of home measuring kits', seed: SEED, rule: 'kosten-signaalwoord', decision: 'aanvullende-beoordeling', files: one('copd', (a) => line(a, 0, 'Inkoop thuismeetsets (saturatiemeter en weegschaal) voor 300 patiënten')) },
    { name: 'purchase hidden in a knowledge-network line', seed: SEED, rule: 'kosten-signaalwoord', decision: 'aanvullende-beoordeling', files: one('medtech', (a) => line(a, 6, 'Kennisnetwerk, inclusief het kopen van 200 sensorluiers voor de deelnemers')) },
    { name: 'supplying devices to clients, English', seed: SEED, rule: 'kosten-signaalwoord', decision: 'aanvullende-beoordeling', files: one('copd', (a) => line(a, 1, 'Providing 250 patients with wearable monitoring devices')) },
  ],
  lookAlikes: [
    { name: 'the medtech example (knowledge network about the use of aids)', files: one('medtech', () => undefined) },
    { name: 'knowledge network about stoma sensors', files: one('medtech', (a) => line(a, 7, 'Kennisnetwerk en intervisie over het gebruik van stomasensoren')) },
    { name: 'training nurses to work with sensor diapers', files: one('medtech', (a) => line(a, 2, 'Training van 40 wijkverpleegkundigen in het werken met sensorluiers')) },
    { name: 'linking the wound pump alerts to the ECD', files: one('medtech', (a) => line(a, 4, 'Eenmalige koppeling van de meldingen van de wondpomp aan het ECD')) },
  ],
};
