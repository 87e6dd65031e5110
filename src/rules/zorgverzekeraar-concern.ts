import type { RawFinding } from './define.js';
import { defineRule } from './define.js';

type Id = 'sameConcern' | 'unknown';

export const zorgverzekeraarConcern = defineRule({
  id: 'zorgverzekeraar-concern',
  scope: 'aanvraag',
  severity: 'error',
  title: { nl: 'Zorgverzekeraars uit verschillende concerns', en: 'Insurers from different groups' },
  docs: {
    description: {
      nl: 'De coördinerende en de tweede zorgverzekeraar beoordelen de aanvraag elk apart; twee labels van één concern zijn geen tweede oordeel. Beide UZOVI-codes worden opgezocht in de referentielijsten van het kader (referentielijsten.yaml): twee verzekeraars van hetzelfde concern zijn een fout; een UZOVI-code die niet in de lijst staat is een waarschuwing (de lijst is illustratief, controleer de code).',
      en: 'The coordinating and the second insurer each assess the application; two labels of one group are not a second opinion. Both UZOVI codes are looked up in the frame’s reference lists (referentielijsten.yaml): two insurers of the same group are an error; a UZOVI code not in the list is a warning (the list is illustrative, check the code).',
    },
    source: 'Nota VWS 26 maart 2026, §4.2 (de coördinerende en een tweede zorgverzekeraar beoordelen); concerns: referentielijsten.yaml',
    example: 'zorgverzekeraars:\n  coordinerend: { naam: Noord, uzovi: "3311" }\n  tweede: { naam: Noord Plus, uzovi: "3312" }   # zelfde concern',
  },
  messages: {
    sameConcern: {
      nl: 'de coördinerende ({coordinerend}) en de tweede zorgverzekeraar ({tweede}) horen bij hetzelfde concern "{concern}"; kies een tweede verzekeraar uit een ander concern',
      en: 'the coordinating ({coordinerend}) and the second insurer ({tweede}) belong to the same group "{concern}"; choose a second insurer from another group',
    },
    unknown: {
      nl: 'UZOVI-code {uzovi} staat niet in de referentielijst van zorgverzekeraars; controleer de code',
      en: 'UZOVI code {uzovi} is not in the reference list of insurers; check the code',
    },
  },
  check({ aanvraag, modelplan, frame }) {
    const lijst = frame.referentielijsten?.zorgverzekeraars;
    const zv = aanvraag.zorgverzekeraars;
    if (!modelplan || modelplan.financieringsroute !== 'zvw' || !zv || !lijst) return [];
    const out: RawFinding<Id>[] = [];
    const found = (['coordinerend', 'tweede'] as const).map((rol) => {
      const entry = lijst.find((z) => z.uzovi === zv[rol].uzovi);
      if (!entry) out.push({ pointer: `/zorgverzekeraars/${rol}/uzovi`, messageId: 'unknown', severity: 'warning', args: { uzovi: zv[rol].uzovi } });
      return entry;
    });
    const [a, b] = found;
    if (a && b && a.uzovi !== b.uzovi && a.concern === b.concern) {
      out.push({ pointer: '/zorgverzekeraars/tweede/uzovi', messageId: 'sameConcern', args: { coordinerend: a.naam, tweede: b.naam, concern: a.concern } });
    }
    return out;
  },
});
