import { defineRule, type FileRawFinding } from './define.js';

export const verantwoordingCategorie = defineRule({
  id: 'verantwoording-categorie',
  scope: 'verantwoordingen',
  severity: 'error',
  title: { nl: 'Kosten in een categorie die niet financierbaar is', en: 'Costs in a category that cannot be funded' },
  docs: {
    description: {
      nl: 'Elke gerealiseerde kostenregel valt in een kostencategorie van het modelplan waarop het project is goedgekeurd, en die categorie is financierbaar (de aanschaf van hulpmiddelen bijvoorbeeld niet). Wat in de aanvraag niet mocht, mag in de verantwoording ook niet.',
      en: 'Every realised cost line falls in a cost category of the modelplan the project was approved on, and that category can be funded (the purchase of medical aids, for one, cannot). What the application could not do, the account cannot either.',
    },
    source: 'Nota VWS 26 maart 2026, §4.1 (aanschaf van hulpmiddelen niet uit de doorbraakmiddelen) en §4.2 (financiële kaders van het modelplan)',
    example: 'kosten:\n  - { categorie: aanschaf-hulpmiddelen, … }',
  },
  messages: {
    unknown: { nl: 'kostencategorie {categorie} bestaat niet in modelplan {modelplan}', en: 'cost category {categorie} does not exist in modelplan {modelplan}' },
    notFundable: { nl: 'kostencategorie {categorie} is niet financierbaar in modelplan {modelplan}', en: 'cost category {categorie} cannot be funded in modelplan {modelplan}' },
  },
  check({ accounts }) {
    return accounts.flatMap((a) => {
      if (!a.approval) return [];
      const { modelplan } = a.approval;
      return a.account.kosten.flatMap((k, i): FileRawFinding<'unknown' | 'notFundable'>[] => {
        const c = modelplan.kostencategorieen.find((x) => x.id === k.categorie);
        const args = { categorie: k.categorie, modelplan: modelplan.id };
        if (!c) return [{ file: a.file, pointer: `/kosten/${i}/categorie`, messageId: 'unknown', args }];
        return c.financierbaar ? [] : [{ file: a.file, pointer: `/kosten/${i}/categorie`, messageId: 'notFundable', args }];
      });
    });
  },
});
