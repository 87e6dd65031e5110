import { accountsSoFar, approvedFor, approvedInYear, realised } from '../verantwoording/approved.js';
import { defineRule, type FileRawFinding } from './define.js';

type Id = 'provider' | 'year' | 'total' | 'bovengrens';

export const verantwoordingBedrag = defineRule({
  id: 'verantwoording-bedrag',
  scope: 'verantwoordingen',
  severity: 'error',
  title: { nl: 'Meer gerealiseerd dan goedgekeurd', en: 'More realised than approved' },
  docs: {
    description: {
      nl: 'De gerealiseerde kosten zijn niet meer dan goedgekeurd: per zorgaanbieder per jaar en per jaar (ook waar kosten van een jaar in een latere verantwoording staan), en opgeteld over de verantwoordingen tot en met dit jaar niet meer dan het toegekende bedrag en de bovengrens van het project ("er kan niet meer dan dit bedrag worden uitgegeven aan het project"). Goedgekeurd is wat in de aanvraag aan de NZa staat. Hele euro\'s, exact.',
      en: 'The realised costs are no more than approved: per care provider per year and per year (also where costs of a year stand in a later account), and added up over the accounts up to this year no more than the approved amount and the project’s upper limit ("no more than this amount can be spent on the project"). Approved is what the NZa request says. Whole euros, exact.',
    },
    source: 'Nota VWS 26 maart 2026, §4.2 (bovengrens voor elk doorbraakproject; verantwoording van de kosten)',
    example: 'kosten:\n  - { categorie: implementatie, ontvanger: "06010101", jaar: 2027, bedrag: 900000, omschrijving: … }  # goedgekeurd 681.482',
  },
  messages: {
    provider: { nl: '{ontvanger} realiseerde € {gerealiseerd:euro} in {jaar}, meer dan goedgekeurd (€ {goedgekeurd:euro})', en: '{ontvanger} realised € {gerealiseerd:euro} in {jaar}, more than approved (€ {goedgekeurd:euro})' },
    year: { nl: 'gerealiseerd in {jaar}: € {gerealiseerd:euro}, meer dan goedgekeurd voor dat jaar (€ {goedgekeurd:euro})', en: 'realised in {jaar}: € {gerealiseerd:euro}, more than approved for that year (€ {goedgekeurd:euro})' },
    total: { nl: 'tot en met {jaar} gerealiseerd: € {gerealiseerd:euro}, meer dan toegekend (€ {toegekend:euro})', en: 'realised up to {jaar}: € {gerealiseerd:euro}, more than approved (€ {toegekend:euro})' },
    bovengrens: { nl: 'tot en met {jaar} gerealiseerd: € {gerealiseerd:euro}, meer dan de bovengrens van het project (€ {bovengrens:euro})', en: 'realised up to {jaar}: € {gerealiseerd:euro}, more than the project’s upper limit (€ {bovengrens:euro})' },
  },
  check({ accounts }) {
    return accounts.flatMap((a): FileRawFinding<Id>[] => {
      if (!a.approval) return [];
      const { request } = a.approval;
      const out: FileRawFinding<Id>[] = [];
      // Per provider and year and per year over this account and the counted ones before it: a cost
      // of one year booked in a later account still counts against that year.
      const soFarAccounts = accountsSoFar(accounts, a);
      const earlier = soFarAccounts.slice(0, -1).flatMap((x) => x.account.kosten);
      const perProvider = new Map<string, { first: number; bedrag: number; ontvanger: string; jaar: number }>();
      const perYear = new Map<number, number>();
      a.account.kosten.forEach((k, i) => {
        const key = `${k.ontvanger}\u0000${k.jaar}`;
        const before = earlier.filter((e) => e.ontvanger === k.ontvanger && e.jaar === k.jaar).reduce((sum, e) => sum + e.bedrag, 0);
        const seen = perProvider.get(key) ?? { first: i, bedrag: before, ontvanger: k.ontvanger, jaar: k.jaar };
        seen.bedrag += k.bedrag;
        perProvider.set(key, seen);
        if (!perYear.has(k.jaar)) perYear.set(k.jaar, earlier.filter((e) => e.jaar === k.jaar).reduce((sum, e) => sum + e.bedrag, 0));
        perYear.set(k.jaar, perYear.get(k.jaar)! + k.bedrag);
      });
      for (const p of perProvider.values()) {
        const goedgekeurd = approvedFor(request, p.ontvanger, p.jaar);
        // A provider the request does not name is verantwoording-ontvanger's finding.
        if (request.zorgaanbieders.some((z) => z.ontvanger === p.ontvanger) && p.bedrag > goedgekeurd) {
          out.push({ file: a.file, pointer: `/kosten/${p.first}/bedrag`, messageId: 'provider', args: { ontvanger: p.ontvanger, jaar: p.jaar, gerealiseerd: p.bedrag, goedgekeurd } });
        }
      }
      for (const [jaar, gerealiseerd] of [...perYear.entries()].sort(([x], [y]) => x - y)) {
        const goedgekeurd = approvedInYear(request, jaar);
        if (gerealiseerd > goedgekeurd) out.push({ file: a.file, pointer: '/kosten', messageId: 'year', args: { jaar, gerealiseerd, goedgekeurd } });
      }
      const soFar = soFarAccounts.reduce((s, x) => s + realised(x.account), 0);
      if (soFar > request.toegekend) out.push({ file: a.file, pointer: '/kosten', messageId: 'total', args: { jaar: a.account.jaar, gerealiseerd: soFar, toegekend: request.toegekend } });
      if (soFar > request.bovengrens) out.push({ file: a.file, pointer: '/kosten', messageId: 'bovengrens', args: { jaar: a.account.jaar, gerealiseerd: soFar, bovengrens: request.bovengrens } });
      return out;
    });
  },
});
