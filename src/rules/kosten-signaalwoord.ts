import type { RawFinding } from './define.js';
import { defineRule } from './define.js';
import { findConcept, hasCount, tokenize } from './text-signal.js';

type Id = 'purchase' | 'recurring';

export const kostenSignaalwoord = defineRule({
  id: 'kosten-signaalwoord',
  scope: 'aanvraag',
  severity: 'warning',
  title: { nl: 'Omschrijving wijst op aanschaf of terugkerende kosten', en: 'Description points to a purchase or recurring costs' },
  docs: {
    description: {
      nl: 'Een begrotingsregel wordt niet alleen op zijn kostencategorie beoordeeld maar ook op wat hij beschrijft, met begrippen in plaats van losse woorden (referentielijsten.yaml, begrippen; op stam, in samenstellingen, Nederlands en Engels). Aanschaf van hulpmiddelen (§4.1): de regel noemt een hulpmiddel of apparaat (luier, sensor, pomp, meter, device, …) en een vorm van verwerving (kopen, huren, leasen, verstrekken, afkopen, purchase, rent, supply, …), of een hulpmiddel met een aantal zonder dat het om kennis, training of gebruik gaat. Terugkerende kosten (seed 004): abonnement, hosting, beheer, onderhoud, per maand, annual, subscription, … In welke categorie de regel ook staat: een reden voor aanvullende beoordeling met het gevonden woord. Een kennisnetwerk of training over het gebruik van hulpmiddelen blijft financierbaar. Regels in een niet-financierbare categorie meldt kostencategorie-niet-financierbaar al.',
      en: 'A budget line is judged not only by its cost category but by what it describes, with concepts instead of single words (referentielijsten.yaml, begrippen; by stem, inside compounds, Dutch and English). Buying medical aids (§4.1): the line names an aid or device (diaper, sensor, pump, meter, device, …) and a form of acquisition (buy, rent, lease, supply, buy out, …), or an aid with a count where the line is not about knowledge, training or use. Recurring costs (seed 004): subscription, hosting, management, maintenance, per month, annual, … Whatever category the line is booked under, it is a reason for additional review naming the word found. A knowledge network or training about the use of aids stays fundable. Lines in a non-fundable category are already reported by kostencategorie-niet-financierbaar.',
    },
    source: 'Nota VWS 26 maart 2026, §4.1 (aanschaf hulpmiddelen niet financierbaar, kennisnetwerken wel); Beleidskeuzes doorbraakmiddelen (seed 004): tijdelijke investeringen, structurele financiering geborgd',
    example: 'begroting:\n  - { categorie: implementatie, omschrijving: "Lease van 400 sensorluiers", jaar: 2027, bedrag: 150000 }',
  },
  messages: {
    purchase: {
      nl: 'omschrijving "{omschrijving}" beschrijft de verwerving van een hulpmiddel ("{gevonden}"): aanschaf van hulpmiddelen, ook huur, lease of verstrekking, is niet financierbaar ({bron}); boek alleen implementatie, training of kennisdeling',
      en: 'description "{omschrijving}" describes acquiring a medical aid ("{gevonden}"): buying aids, renting, leasing or supplying them included, cannot be funded ({bron}); book only implementation, training or knowledge sharing',
    },
    recurring: {
      nl: 'omschrijving "{omschrijving}" noemt "{gevonden}": terugkerende kosten horen niet in de eenmalige doorbraakmiddelen ({bron}); vraag alleen eenmalige kosten aan en borg de structurele financiering elders',
      en: 'description "{omschrijving}" says "{gevonden}": recurring costs do not belong in the one-off doorbraakmiddelen ({bron}); request only one-off costs and secure the structural financing elsewhere',
    },
  },
  check({ aanvraag, modelplan, frame }) {
    const begrippen = frame.referentielijsten?.begrippen;
    if (!modelplan || !begrippen) return [];
    const out: RawFinding<Id>[] = [];
    aanvraag.begroting.forEach((regel, i) => {
      const categorie = modelplan.kostencategorieen.find((c) => c.id === regel.categorie);
      const pointer = `/begroting/${i}/omschrijving`;
      const tokens = tokenize(regel.omschrijving);
      if (categorie?.financierbaar !== false) {
        const aid = findConcept(tokens, begrippen.hulpmiddel);
        const acquisition = aid && findConcept(tokens, begrippen.verwerving);
        const supplied = aid && !acquisition && hasCount(tokens) && !findConcept(tokens, begrippen.gebruik);
        if (aid && (acquisition || supplied)) {
          const gevonden = acquisition ? `${acquisition.found} … ${aid.found}` : aid.found;
          out.push({ pointer, messageId: 'purchase', args: { omschrijving: regel.omschrijving, gevonden, bron: begrippen.verwerving.bron }, reviewReason: true });
        }
      }
      // A line already marked structureel: true is reported by eenmalige-investering.
      const recurring = regel.structureel === true ? undefined : findConcept(tokens, begrippen.terugkerend);
      if (recurring) out.push({ pointer, messageId: 'recurring', args: { omschrijving: regel.omschrijving, gevonden: recurring.found, bron: begrippen.terugkerend.bron }, reviewReason: true });
    });
    return out;
  },
});
