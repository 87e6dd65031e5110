import { suggest } from '../validate/suggest.js';
import { defineRule, type RawFinding } from './define.js';

type Id = 'unknown' | 'unknownSuggestion';

export const kostencategorie = defineRule({
  id: 'kostencategorie',
  scope: 'aanvraag',
  severity: 'error',
  title: { nl: 'Onbekende kostencategorie', en: 'Unknown cost category' },
  docs: {
    description: {
      nl: 'Elke begrotingsregel valt in een kostencategorie van het modelplan; alleen dan kan de kostenverdeling worden getoetst en is de aanvraag uniform te beoordelen.',
      en: 'Every budget line falls in a cost category of the modelplan; only then can the cost split be checked and the application be assessed uniformly.',
    },
    source: 'Nota VWS 26 maart 2026, §4.2 (financiële kaders in het modelplan)',
    example: 'begroting:\n  - { categorie: licenties, omschrijving: EPD-koppeling, jaar: 2027, bedrag: 100000 }   # bedoeld: licenties-en-ict',
  },
  messages: {
    unknown: { nl: 'kostencategorie "{categorie}" bestaat niet in dit modelplan; kies uit: {categorieen}', en: 'cost category "{categorie}" does not exist in this modelplan; choose from: {categorieen}' },
    unknownSuggestion: { nl: 'kostencategorie "{categorie}" bestaat niet in dit modelplan; bedoelde u "{suggestion}"?', en: 'cost category "{categorie}" does not exist in this modelplan; did you mean "{suggestion}"?' },
  },
  check({ aanvraag, modelplan }) {
    if (!modelplan) return [];
    const ids = modelplan.kostencategorieen.map((c) => c.id);
    const out: RawFinding<Id>[] = [];
    aanvraag.begroting.forEach((regel, i) => {
      if (ids.includes(regel.categorie)) return;
      const suggestion = suggest(regel.categorie, ids);
      const pointer = `/begroting/${i}/categorie`;
      out.push(
        suggestion
          ? { pointer, messageId: 'unknownSuggestion', args: { categorie: regel.categorie, suggestion } }
          : { pointer, messageId: 'unknown', args: { categorie: regel.categorie, categorieen: ids.join(', ') } },
      );
    });
    return out;
  },
});
