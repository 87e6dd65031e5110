import { accountsSoFar, approvedPerMilestone } from '../verantwoording/approved.js';
import { defineRule, type FileRawFinding } from './define.js';

type Id = 'missing' | 'unknown' | 'notReached' | 'aboveMilestone' | 'unknownReached' | 'reachedLater';

export const verantwoordingMijlpaal = defineRule({
  id: 'verantwoording-mijlpaal',
  scope: 'verantwoordingen',
  severity: 'error',
  title: { nl: 'Geld voor een mijlpaal die niet is bereikt', en: 'Money for a milestone not reached' },
  docs: {
    description: {
      nl: 'Waar het modelplan het geld aan mijlpalen bindt (geld_aan_mijlpalen), noemt elke kostenregel de mijlpaal waarvoor hij is, en die mijlpaal is bereikt: in deze verantwoording of een eerdere van hetzelfde project, met datum en bewijs, niet na het einde van het jaar. Opgeteld over de jaren is het geld per mijlpaal niet meer dan goedgekeurd in de aanvraag aan de NZa. Zonder geld aan mijlpalen geldt alleen dat een bereikte mijlpaal bestaat en in het jaar valt.',
      en: 'Where the modelplan ties money to milestones (geld_aan_mijlpalen), every cost line names the milestone it is for, and that milestone was reached: in this account or an earlier one of the same project, with a date and evidence, not after the end of the year. Added up over the years the money per milestone is no more than approved in the NZa request. Without money tied to milestones, only a reached milestone must exist and fall in the year.',
    },
    source: 'Nota VWS 26 maart 2026, §4.2 (concrete mijlpalen in het modelplan); SPUK IZA Bijlage I (geld gekoppeld aan mijlpalen, uitbetaald bij het halen ervan)',
    example: 'kosten:\n  - { …, mijlpaal: opgeschaald }\nmijlpalen: []  # opgeschaald niet bereikt',
  },
  messages: {
    missing: { nl: 'het modelplan bindt het geld aan mijlpalen: noem bij deze kosten de mijlpaal', en: 'the modelplan ties the money to milestones: name the milestone for these costs' },
    unknown: { nl: 'mijlpaal {mijlpaal} heeft geen goedgekeurd bedrag in de aanvraag aan de NZa', en: 'milestone {mijlpaal} has no approved amount in the NZa request' },
    notReached: { nl: 'geld voor mijlpaal {mijlpaal}, die niet is bereikt (niet in deze of een eerdere verantwoording)', en: 'money for milestone {mijlpaal}, which was not reached (not in this or an earlier account)' },
    aboveMilestone: { nl: 'voor mijlpaal {mijlpaal} tot en met {jaar} € {gerealiseerd:euro}, meer dan goedgekeurd (€ {goedgekeurd:euro})', en: 'for milestone {mijlpaal} up to {jaar} € {gerealiseerd:euro}, more than approved (€ {goedgekeurd:euro})' },
    unknownReached: { nl: 'mijlpaal {mijlpaal} is geen mijlpaal van de aanvraag', en: 'milestone {mijlpaal} is not a milestone of the application' },
    reachedLater: { nl: 'mijlpaal {mijlpaal} bereikt op {datum}, na het einde van {jaar}: verantwoord haar in dat jaar', en: 'milestone {mijlpaal} reached on {datum}, after the end of {jaar}: account for it in that year' },
  },
  check({ accounts }) {
    return accounts.flatMap((a): FileRawFinding<Id>[] => {
      if (!a.approval) return [];
      const { request, aanvraag, modelplan } = a.approval;
      const out: FileRawFinding<Id>[] = [];
      const jaar = a.account.jaar;
      const end = `${jaar}-12-31`;
      const known = new Set(aanvraag.mijlpalen.map((m) => m.id));
      a.account.mijlpalen.forEach((m, i) => {
        if (!known.has(m.id)) out.push({ file: a.file, pointer: `/mijlpalen/${i}/id`, messageId: 'unknownReached', args: { mijlpaal: m.id } });
        else if (m.datum > end) out.push({ file: a.file, pointer: `/mijlpalen/${i}/datum`, messageId: 'reachedLater', args: { mijlpaal: m.id, datum: m.datum, jaar } });
      });
      if (!modelplan.geld_aan_mijlpalen) return out;
      const soFar = accountsSoFar(accounts, a);
      const reached = new Set(soFar.flatMap((x) => x.account.mijlpalen.filter((m) => m.datum <= `${x.account.jaar}-12-31`).map((m) => m.id)));
      const approved = approvedPerMilestone(request);
      const claimed = new Map<string, { first: number; bedrag: number }>();
      a.account.kosten.forEach((k, i) => {
        if (k.mijlpaal === undefined) {
          out.push({ file: a.file, pointer: `/kosten/${i}`, messageId: 'missing' });
          return;
        }
        if (!approved.has(k.mijlpaal)) out.push({ file: a.file, pointer: `/kosten/${i}/mijlpaal`, messageId: 'unknown', args: { mijlpaal: k.mijlpaal } });
        else if (!reached.has(k.mijlpaal)) out.push({ file: a.file, pointer: `/kosten/${i}/mijlpaal`, messageId: 'notReached', args: { mijlpaal: k.mijlpaal } });
        const c = claimed.get(k.mijlpaal) ?? { first: i, bedrag: 0 };
        c.bedrag += k.bedrag;
        claimed.set(k.mijlpaal, c);
      });
      const before = soFar.slice(0, -1).flatMap((x) => x.account.kosten);
      for (const [mijlpaal, c] of claimed) {
        const goedgekeurd = approved.get(mijlpaal)?.bedrag;
        if (goedgekeurd === undefined) continue;
        const gerealiseerd = c.bedrag + before.filter((k) => k.mijlpaal === mijlpaal).reduce((s, k) => s + k.bedrag, 0);
        if (gerealiseerd > goedgekeurd) out.push({ file: a.file, pointer: `/kosten/${c.first}/bedrag`, messageId: 'aboveMilestone', args: { mijlpaal, jaar, gerealiseerd, goedgekeurd } });
      }
      return out;
    });
  },
});
