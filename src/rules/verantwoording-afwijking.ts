import { approvedPerCategory } from '../verantwoording/approved.js';
import { compareText } from '../domain/compare.js';
import { defineRule, type FileRawFinding } from './define.js';

export const verantwoordingAfwijking = defineRule({
  id: 'verantwoording-afwijking',
  scope: 'verantwoordingen',
  severity: 'error',
  title: { nl: 'Afwijking per kostencategorie zonder toelichting', en: 'Deviation per cost category without explanation' },
  docs: {
    description: {
      nl: 'Per kostencategorie worden de gerealiseerde kosten van het jaar vergeleken met de goedgekeurde: het goedgekeurde bedrag van het jaar, verdeeld over de categorieën zoals de begroting van de aanvraag dat jaar ze verdeelde. Wijkt een categorie meer af dan de drempel die het modelplan noemt (verantwoording.max_afwijking_categorie, een aanname), naar boven of naar beneden, dan staat in afwijkingen een toelichting voor die categorie. Een modelplan zonder drempel toetst dit niet.',
      en: 'Per cost category the year’s realised costs are compared with the approved ones: the year’s approved amount, split over the categories as the application’s begroting of that year split them. When a category deviates more than the threshold the modelplan names (verantwoording.max_afwijking_categorie, an assumption), up or down, afwijkingen holds an explanation for that category. A modelplan without a threshold does not test this.',
    },
    source: 'Nota VWS 26 maart 2026, §4.2 (financiële kaders van het modelplan; verantwoordingskader van de NZa); de drempel is een aanname van het modelplan',
    example: 'kosten:\n  - { categorie: implementatie, bedrag: 400000, … }  # goedgekeurd 250.000, geen afwijkingen',
  },
  messages: {
    unexplained: {
      nl: 'kostencategorie {categorie}: gerealiseerd € {gerealiseerd:euro} tegen goedgekeurd € {goedgekeurd:euro} in {jaar}, meer dan {drempel}% afwijking: geef een toelichting in afwijkingen',
      en: 'cost category {categorie}: realised € {gerealiseerd:euro} against approved € {goedgekeurd:euro} in {jaar}, more than {drempel}% deviation: give an explanation in afwijkingen',
    },
  },
  check({ accounts }) {
    return accounts.flatMap((a): FileRawFinding<'unexplained'>[] => {
      const threshold = a.approval?.modelplan.verantwoording?.max_afwijking_categorie.waarde;
      if (!a.approval || threshold === undefined) return [];
      const jaar = a.account.jaar;
      const approved = approvedPerCategory(a.approval.request, a.approval.aanvraag, jaar);
      const actual = new Map<string, { first: number; bedrag: number }>();
      a.account.kosten.forEach((k, i) => {
        if (k.jaar !== jaar) return;
        const c = actual.get(k.categorie) ?? { first: i, bedrag: 0 };
        c.bedrag += k.bedrag;
        actual.set(k.categorie, c);
      });
      const explained = new Set((a.account.afwijkingen ?? []).map((x) => x.categorie));
      const categories = [...new Set([...approved.keys(), ...actual.keys()])].sort(compareText);
      return categories.flatMap((categorie) => {
        const goedgekeurd = approved.get(categorie) ?? 0;
        const gerealiseerd = actual.get(categorie)?.bedrag ?? 0;
        // Exact in integers: |realised − approved| / approved > threshold / 100.
        const deviates = Math.abs(gerealiseerd - goedgekeurd) * 100 > threshold * goedgekeurd;
        if (!deviates || explained.has(categorie)) return [];
        const first = actual.get(categorie)?.first;
        return [{ file: a.file, pointer: first === undefined ? '/kosten' : `/kosten/${first}/categorie`, messageId: 'unexplained', args: { categorie, jaar, gerealiseerd, goedgekeurd, drempel: threshold } }];
      });
    });
  },
});
