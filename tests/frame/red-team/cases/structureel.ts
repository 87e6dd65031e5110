import type { Principle } from '../corpus.js';
import { line, one } from '../corpus.js';

// Seed 004: tijdelijke investeringen, structurele financiering geborgd; terugkerende en lopende
// kosten horen er niet in, hoe ze ook heten; "geborgd" is meer dan een aangevinkt vakje.
const SEED = 'seed 004 (structurele financiering geborgd)';
const borg = (text: string) => (a: { borging: { structurele_financiering: string }; randvoorwaarden: { id: string; toelichting?: string }[] }) => {
  a.borging.structurele_financiering = text;
  a.randvoorwaarden[0]!.toelichting = text;
};

export const structureel: Principle = {
  id: 'structureel',
  title: 'tijdelijke investering; terugkerende kosten niet; structurele financiering echt geborgd',
  traps: [
    { name: 'hosting and management of the module', seed: SEED, rule: 'kosten-signaalwoord', decision: 'aanvullende-beoordeling', files: one('ai', (a) => line(a, 2, 'Hosting en beheer van de spraakmodule')) },
    { name: 'English annual SaaS fee', seed: SEED, rule: 'kosten-signaalwoord', decision: 'aanvullende-beoordeling', files: one('ai', (a) => line(a, 3, 'Annual SaaS fee for the speech recognition service')) },
    { name: 'usage fee per employee per month', seed: SEED, rule: 'kosten-signaalwoord', decision: 'aanvullende-beoordeling', files: one('ai', (a) => line(a, 3, 'Gebruiksvergoeding van € 25 per medewerker per maand')) },
    { name: 'ongoing service costs of the vendor', seed: SEED, rule: 'kosten-signaalwoord', decision: 'aanvullende-beoordeling', files: one('ai', (a) => line(a, 2, 'Doorlopende servicekosten van de leverancier')) },
    { name: 'financing only being looked for', seed: SEED, rule: 'borging-geborgd', decision: 'aanvullende-beoordeling', files: one('ai', borg('Na afloop zoeken we een passende financiering; de gesprekken met de verzekeraars lopen nog.')) },
    { name: 'English: funding to be explored', seed: SEED, rule: 'borging-geborgd', decision: 'aanvullende-beoordeling', files: one('ai', borg('Structural funding will be explored with the insurers once the pilot has ended.')) },
    { name: 'a ticked box with an empty word', seed: SEED, rule: 'borging-geborgd', decision: 'aanvullende-beoordeling', files: one('ai', borg('Ja, dat is geregeld.')) },
    { name: 'structural costs paid by a next round of the same money', seed: SEED, rule: 'borging-geborgd', decision: 'aanvullende-beoordeling', files: one('ai', borg('De kosten na 2028 dekken we met een vervolgaanvraag uit de doorbraakmiddelen, vastgelegd in het projectplan.')) },
  ],
  lookAlikes: [
    { name: 'a one-off licence inside the term', files: one('ai', (a) => line(a, 3, 'Eenmalige licentie spraakmodule voor de looptijd van het project')) },
    { name: 'handing over to the line organisation', files: one('ai', (a) => line(a, 8, 'Overdracht van de werkwijze aan de lijnorganisatie')) },
    { name: 'secured financing in other words', files: one('ai', borg('Vanaf 2029 zijn de kosten opgenomen in de meerjarenbegroting van de drie aanbieders; het bestuursbesluit van 12 mei 2026 legt dit vast.')) },
  ],
};
