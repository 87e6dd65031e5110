import { defineRule, type FileRawFinding } from './define.js';

type Id = 'accountOutside' | 'outside' | 'otherYear';

export const verantwoordingJaar = defineRule({
  id: 'verantwoording-jaar',
  scope: 'verantwoordingen',
  severity: 'error',
  title: { nl: 'Kosten buiten de bestedingsjaren of in een ander jaar', en: 'Costs outside the spending years or in another year' },
  docs: {
    description: {
      nl: 'De middelen worden besteed in de jaren van het budgetkader (2027, 2028 en 2029). Een verantwoording gaat over één van die jaren, en elke kostenregel over het jaar van de verantwoording: een kostenregel uit een ander jaar zou de ruimte van dat jaar gebruiken, of kosten buiten de looptijd binnenhalen.',
      en: 'The money is spent in the years of the budget frame (2027, 2028 and 2029). An account is about one of those years, and every cost line about the account’s year: a cost line of another year would use that year’s room, or bring in costs outside the term.',
    },
    source: 'Nota VWS 26 maart 2026, §1 en §5a (besteding in 2027, 2028 en 2029)',
    example: 'jaar: 2027\nkosten:\n  - { …, jaar: 2030, … }',
  },
  messages: {
    accountOutside: { nl: 'verantwoording over {jaar}, buiten de bestedingsjaren {jaren}', en: 'account for {jaar}, outside the spending years {jaren}' },
    outside: { nl: 'kosten in {jaar}, buiten de bestedingsjaren {jaren}', en: 'costs in {jaar}, outside the spending years {jaren}' },
    otherYear: { nl: 'kosten in {jaar} in de verantwoording over {verantwoordingsjaar}: verantwoord ze in hun eigen jaar', en: 'costs in {jaar} in the account for {verantwoordingsjaar}: account for them in their own year' },
  },
  check({ accounts, frame }) {
    const years = frame.budgetkader.jaren;
    const jaren = years.join(', ');
    return accounts.flatMap((a): FileRawFinding<Id>[] => {
      const out: FileRawFinding<Id>[] = [];
      if (!years.includes(a.account.jaar)) out.push({ file: a.file, pointer: '/jaar', messageId: 'accountOutside', args: { jaar: a.account.jaar, jaren } });
      a.account.kosten.forEach((k, i) => {
        if (!years.includes(k.jaar)) out.push({ file: a.file, pointer: `/kosten/${i}/jaar`, messageId: 'outside', args: { jaar: k.jaar, jaren } });
        else if (k.jaar !== a.account.jaar) out.push({ file: a.file, pointer: `/kosten/${i}/jaar`, messageId: 'otherYear', args: { jaar: k.jaar, verantwoordingsjaar: a.account.jaar } });
      });
      return out;
    });
  },
});
