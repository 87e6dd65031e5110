import { themaBedrag } from '../domain/budgetkader.js';
import { defineRule, type RawFinding } from './define.js';

type Id = 'themes' | 'perYear' | 'yearOutside' | 'routeCap' | 'earlierRhythm' | 'noAmount' | 'twoAmounts';

export const budgetkaderSom = defineRule({
  id: 'budgetkader-som',
  scope: 'budgetkader',
  severity: 'error',
  title: { nl: 'Budgetkader telt niet op', en: 'Budget frame does not add up' },
  docs: {
    description: {
      nl: 'Elk thema heeft precies één bedrag: een richtbedrag (de Zvw-thema’s, §4.1) of een gereserveerd bedrag (het sociaal domein, §1 en §4.3). De bedragen van de thema’s (de richtbedragen en het gereserveerde bedrag van het sociaal domein) tellen op tot het totaal (€ 275 + 275 + 50 + 200 miljoen = € 800 miljoen); bedragen per jaar tellen op tot het bedrag van hun thema; elk jaar en elk plafondjaar valt binnen de bestedingsjaren; de thema’s op de route van een plafond tellen op tot dat plafond (Zvw: € 275 + 275 + 50 miljoen = € 600 miljoen, §5e); het sociaal domein telt op tot zijn jaren (€ 100 + 100 miljoen, gereserveerd, §1 en §4.3); een vastgelegd eerder kasritme (seed 004: € 400 miljoen per jaar in 2027 en 2028) telt op tot het totaal.',
      en: 'Every theme has exactly one amount: a richtbedrag (a guide amount: the Zvw themes, §4.1) or gereserveerd (a reserved amount: the social domain, §1 and §4.3). The themes’ amounts (the guide amounts and the social domain’s reserved amount) add up to the total (€ 275 + 275 + 50 + 200 million = € 800 million); amounts per year add up to their theme’s amount; every year and every cap year falls inside the spending years; the themes on a cap’s route add up to that cap (Zvw: € 275 + 275 + 50 million = € 600 million, §5e); the social domain adds up to its years (€ 100 + 100 million, reserved, §1 and §4.3); a recorded earlier cash rhythm (seed 004: € 400 million a year in 2027 and 2028) adds up to the total.',
    },
    source: 'Nota VWS 26 maart 2026, §1, §4.1, §4.3 en §5e',
    example: 'totaal: { bedrag: 800000000, bron: … }\nthemas:\n  - { id: ai, naam: AI, financieringsroute: zvw, financieringsroute_bron: …, richtbedrag: { bedrag: 300000000, bron: … } }   # enzovoort: samen geen 800 miljoen',
  },
  messages: {
    themes: { nl: 'de bedragen van de thema\'s tellen op tot € {som:euro}, het totaal is € {totaal:euro}', en: 'the themes\' amounts add up to € {som:euro}, the total is € {totaal:euro}' },
    perYear: { nl: 'thema "{id}": de bedragen per jaar tellen op tot € {som:euro}, het bedrag van het thema is € {bedrag:euro}', en: 'theme "{id}": the amounts per year add up to € {som:euro}, the theme\'s amount is € {bedrag:euro}' },
    routeCap: { nl: 'de thema\'s op de route {route} tellen op tot € {som:euro}, het plafond "{plafond}" is € {bedrag:euro}', en: 'the themes on route {route} add up to € {som:euro}, the cap "{plafond}" is € {bedrag:euro}' },
    earlierRhythm: { nl: 'het eerdere kasritme telt op tot € {som:euro}, het totaal is € {totaal:euro}', en: 'the earlier cash rhythm adds up to € {som:euro}, the total is € {totaal:euro}' },
    noAmount: {
      nl: 'thema "{id}" heeft geen bedrag: geef richtbedrag (een richtbedrag) of gereserveerd (een gereserveerd bedrag)',
      en: 'theme "{id}" has no amount: give richtbedrag (a guide amount) or gereserveerd (a reserved amount)',
    },
    twoAmounts: {
      nl: 'thema "{id}" heeft zowel richtbedrag als gereserveerd: een thema heeft er precies één; laat het andere weg',
      en: 'theme "{id}" has both richtbedrag and gereserveerd: a theme has exactly one; leave out the other',
    },
    yearOutside: { nl: 'jaar {jaar} valt buiten de bestedingsjaren {jaren}', en: 'year {jaar} is outside the spending years {jaren}' },
  },
  check({ budgetkader }) {
    const out: RawFinding<Id>[] = [];
    const jaren = budgetkader.jaren.join(', ');
    const som = budgetkader.themas.reduce((s, t) => s + themaBedrag(t).bedrag, 0);
    if (som !== budgetkader.totaal.bedrag) out.push({ pointer: '/themas', messageId: 'themes', args: { som, totaal: budgetkader.totaal.bedrag } });
    budgetkader.themas.forEach((thema, i) => {
      if ((thema.richtbedrag === undefined) === (thema.gereserveerd === undefined)) {
        out.push({ pointer: `/themas/${i}`, messageId: thema.richtbedrag ? 'twoAmounts' : 'noAmount', args: { id: thema.id } });
      }
      if (!thema.per_jaar) return;
      const perYear = thema.per_jaar.reduce((s, j) => s + j.bedrag, 0);
      const { bedrag } = themaBedrag(thema);
      if (perYear !== bedrag) out.push({ pointer: `/themas/${i}/per_jaar`, messageId: 'perYear', args: { id: thema.id, som: perYear, bedrag } });
      thema.per_jaar.forEach((j, k) => {
        if (!budgetkader.jaren.includes(j.jaar)) out.push({ pointer: `/themas/${i}/per_jaar/${k}/jaar`, messageId: 'yearOutside', args: { jaar: j.jaar, jaren } });
      });
    });
    budgetkader.plafonds.forEach((p, i) => {
      const route = budgetkader.themas.filter((t) => t.financieringsroute === p.financieringsroute).reduce((s, t) => s + themaBedrag(t).bedrag, 0);
      if (route !== p.bedrag) out.push({ pointer: `/plafonds/${i}/bedrag`, messageId: 'routeCap', args: { route: p.financieringsroute, som: route, plafond: p.id, bedrag: p.bedrag } });
      if (!budgetkader.jaren.includes(p.tot_en_met)) out.push({ pointer: `/plafonds/${i}/tot_en_met`, messageId: 'yearOutside', args: { jaar: p.tot_en_met, jaren } });
    });
    const earlier = budgetkader.eerder_kasritme;
    if (earlier) {
      const sum = earlier.per_jaar.reduce((s, j) => s + j.bedrag, 0);
      if (sum !== budgetkader.totaal.bedrag) out.push({ pointer: '/eerder_kasritme/per_jaar', messageId: 'earlierRhythm', args: { som: sum, totaal: budgetkader.totaal.bedrag } });
    }
    return out;
  },
});
