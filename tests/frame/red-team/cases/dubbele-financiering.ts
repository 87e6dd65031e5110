import type { Principle } from '../corpus.js';
import { line, one } from '../corpus.js';

// Geen dubbele financiering (SPUK IZA Bijlage I, voortgezet in het kader): niet over aanvragen,
// toepassingsgebieden of andere regelingen, gemeld of alleen beschreven.
const SEED = 'SPUK IZA Bijlage I (geen dubbele financiering)';

export const dubbeleFinanciering: Principle = {
  id: 'dubbele-financiering',
  title: 'geen dubbele financiering, ook niet als die alleen beschreven is',
  traps: [
    {
      name: 'earlier funding admitted only in the business case',
      seed: SEED,
      rule: 'financiering-elders',
      decision: 'aanvullende-beoordeling',
      files: one('ai', (a) => (a.businesscase.onderbouwing += ' De pilot werd eerder bekostigd uit de IZA-transformatiemiddelen; de uitrol loopt deels via een ZonMw-subsidie.')),
    },
    {
      name: 'English: phase 1 funded by a grant',
      seed: SEED,
      rule: 'financiering-elders',
      decision: 'aanvullende-beoordeling',
      files: one('ai', (a) => (a.businesscase.maatschappelijke_businesscase = 'Phase 1 was co-funded by a regional innovation grant; this application scales it up.')),
    },
    { name: 'a budget line that co-finances another scheme', seed: SEED, rule: 'financiering-elders', decision: 'aanvullende-beoordeling', files: one('ai', (a) => line(a, 0, 'Cofinanciering van het SET-project digitale zorg thuis')) },
    {
      name: 'a milestone that refers to money already received',
      seed: SEED,
      rule: 'financiering-elders',
      decision: 'aanvullende-beoordeling',
      files: one('ai', (a) => (a.mijlpalen[0]!.omschrijving = 'Projectplan, aansluitend op de reeds gesubsidieerde proeftuin')),
    },
    {
      name: 'declared other funding',
      seed: SEED,
      rule: 'andere-financiering',
      decision: 'aanvullende-beoordeling',
      files: one('ai', (a) => (a.andere_financiering = [{ soort: 'subsidie', bedrag: 200000, omschrijving: 'Provinciale innovatiesubsidie voor dezelfde uitrol' }])),
    },
  ],
  lookAlikes: [
    { name: 'the regional plan of the IZA named as context', files: one('ai', (a) => (a.businesscase.maatschappelijke_businesscase = 'Past in het regioplan IZA van de Vechtstreek; de vrijgekomen tijd gaat naar directe cliëntenzorg.')) },
    { name: 'stating that there is no other funding', files: one('ai', (a) => (a.businesscase.onderbouwing += ' Er is geen subsidie of andere financiering voor deze activiteiten.')) },
  ],
};
