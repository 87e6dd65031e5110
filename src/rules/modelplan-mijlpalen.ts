import { defineRule, type RawFinding } from './define.js';
import { yearOf } from './util.js';

type Id = 'outside' | 'order' | 'duplicateId';

export const modelplanMijlpalen = defineRule({
  id: 'modelplan-mijlpalen',
  scope: 'modelplan',
  severity: 'error',
  title: { nl: 'Mijlpalen of codes van het modelplan kloppen niet', en: 'Modelplan milestones or codes are inconsistent' },
  docs: {
    description: {
      nl: 'De uiterlijke datums van de mijlpalen vallen binnen de looptijd en lopen op; codes (id) van mijlpalen, randvoorwaarden, kostencategorieën en regionale onderdelen zijn uniek binnen hun lijst.',
      en: 'The milestones’ latest dates fall inside the term and ascend; codes (id) of milestones, preconditions, cost categories and regional parts are unique within their list.',
    },
    source: 'Nota VWS 26 maart 2026, §4.2 (concrete mijlpalen in het modelplan)',
    example: 'looptijd: { van: 2027, tot_en_met: 2029, bron: … }\nmijlpalen:\n  - { id: eindevaluatie, titel: …, uiterlijk: "2030-06-30", bron: … }',
  },
  messages: {
    outside: { nl: 'uiterlijke datum {uiterlijk} van mijlpaal "{id}" valt buiten de looptijd ({van}–{tot})', en: 'latest date {uiterlijk} of milestone "{id}" is outside the term ({van}–{tot})' },
    order: { nl: 'mijlpaal "{id}" ({uiterlijk}) valt niet na de vorige ({vorigeUiterlijk})', en: 'milestone "{id}" ({uiterlijk}) does not come after the previous one ({vorigeUiterlijk})' },
    duplicateId: { nl: 'code "{id}" staat twee keer in {lijst}', en: 'code "{id}" appears twice in {lijst}' },
  },
  check({ modelplan }) {
    const out: RawFinding<Id>[] = [];
    const { van, tot_en_met: tot } = modelplan.looptijd;
    modelplan.mijlpalen.forEach((m, i) => {
      const year = yearOf(m.uiterlijk);
      if (year < van || year > tot) out.push({ pointer: `/mijlpalen/${i}/uiterlijk`, messageId: 'outside', args: { id: m.id, uiterlijk: m.uiterlijk, van, tot } });
      const previous = modelplan.mijlpalen[i - 1];
      if (previous && m.uiterlijk <= previous.uiterlijk) {
        out.push({ pointer: `/mijlpalen/${i}/uiterlijk`, messageId: 'order', args: { id: m.id, uiterlijk: m.uiterlijk, vorigeUiterlijk: previous.uiterlijk } });
      }
    });
    const lists = { mijlpalen: modelplan.mijlpalen, randvoorwaarden: modelplan.randvoorwaarden, kostencategorieen: modelplan.kostencategorieen, regionale_invulling: modelplan.regionale_invulling };
    for (const [lijst, items] of Object.entries(lists)) {
      const seen = new Set<string>();
      items.forEach((item, i) => {
        if (seen.has(item.id)) out.push({ pointer: `/${lijst}/${i}/id`, messageId: 'duplicateId', args: { id: item.id, lijst } });
        seen.add(item.id);
      });
    }
    return out;
  },
});
