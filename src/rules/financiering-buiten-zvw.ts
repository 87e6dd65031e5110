import type { RawFinding } from './define.js';
import { defineRule } from './define.js';
import { firstSignal } from './text-signal.js';

export const financieringBuitenZvw = defineRule({
  id: 'financiering-buiten-zvw',
  scope: 'aanvraag',
  severity: 'warning',
  title: { nl: 'Structurele financiering uit Wlz, Wmo of Jeugdwet', en: 'Structural financing from the Wlz, Wmo or Jeugdwet' },
  docs: {
    description: {
      nl: 'Structurele financiering moet geborgd zijn (seed 004). Op de Zvw-route gaat het om zorg als bedoeld in art. 11 lid 1 onder a Zvw (nota §3); leunt de borging op Wlz-, Wmo- of Jeugdwetgeld, dan valt de toepassing na de looptijd buiten het domein waarvoor ze is betaald. Een signaalwoord (wlz, zorgkantoor, wmo, jeugdwet, gemeentelijk budget, … uit referentielijsten.yaml) in borging.structurele_financiering of in de toelichting van de randvoorwaarde structurele-financiering is een reden voor aanvullende beoordeling. Dat Wlz-, Wmo- en Jeugdwetgeld buiten art. 11 lid 1 a Zvw valt, is een afleiding van deze tool, geen tekst van de nota.',
      en: 'Structural financing must be secured (seed 004). On the Zvw route the care is care as meant in art. 11(1)(a) Zvw (note §3); if the financing leans on Wlz, Wmo or Jeugdwet money, the application falls outside the domain it was paid for once the money ends. A signal word (wlz, zorgkantoor, wmo, jeugdwet, gemeentelijk budget, … from referentielijsten.yaml) in borging.structurele_financiering or in the explanation of the precondition structurele-financiering is a reason for additional review. That Wlz, Wmo and Jeugdwet money falls outside art. 11(1)(a) Zvw is this tool’s inference, not text of the note.',
    },
    source: 'Nota VWS 26 maart 2026, §3 (art. 11 lid 1 onder a Zvw); Beleidskeuzes doorbraakmiddelen (seed 004): structurele financiering geborgd; dat Wlz, Wmo en Jeugdwet erbuiten vallen is een afleiding van deze tool',
    example: 'borging:\n  structurele_financiering: "Na 2028 uit het reguliere Wlz-budget"',
  },
  messages: {
    outsideZvw: {
      nl: 'de structurele financiering noemt "{gevonden}": op de Zvw-route hoort de borging bij Zvw-zorg ({bron}); beschrijf hoe de toepassing binnen de Zvw wordt bekostigd',
      en: 'the structural financing says "{gevonden}": on the Zvw route it belongs with Zvw care ({bron}); describe how the application is paid within the Zvw',
    },
  },
  check({ aanvraag, modelplan, frame }) {
    const words = frame.referentielijsten?.signaalwoorden.financiering_buiten_zvw;
    if (!modelplan || modelplan.financieringsroute !== 'zvw' || !words) return [];
    const texts: { pointer: string; text: string }[] = [{ pointer: '/borging/structurele_financiering', text: aanvraag.borging.structurele_financiering }];
    aanvraag.randvoorwaarden.forEach((r, i) => {
      if (r.id === 'structurele-financiering' && r.toelichting !== undefined) texts.push({ pointer: `/randvoorwaarden/${i}/toelichting`, text: r.toelichting });
    });
    const out: RawFinding<'outsideZvw'>[] = [];
    for (const { pointer, text } of texts) {
      const found = firstSignal(text, words);
      if (found) out.push({ pointer, messageId: 'outsideZvw', args: { gevonden: found.gevonden, bron: found.bron }, reviewReason: true });
    }
    return out;
  },
});
