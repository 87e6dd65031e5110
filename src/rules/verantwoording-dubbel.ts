import { defineRule } from './define.js';

export const verantwoordingDubbel = defineRule({
  id: 'verantwoording-dubbel',
  scope: 'verantwoordingen',
  severity: 'error',
  title: { nl: 'Tweede verantwoording voor hetzelfde project en jaar', en: 'Second account for the same project and year' },
  docs: {
    description: {
      nl: 'Per project en jaar is er één verantwoording. Een tweede (dezelfde aanvraag aan de NZa, hetzelfde jaar) zou de kosten over bestanden kunnen verdelen om onder een grens te blijven; de eerste op bestandsnaam telt, de tweede is een fout.',
      en: 'There is one account per project and year. A second one (the same NZa request, the same year) could split the costs over files to stay under a limit; the first by file name counts, the second is an error.',
    },
    source: 'Nota VWS 26 maart 2026, §4.2 (de NZa beoordeelt jaarlijks; bovengrens per doorbraakproject)',
    example: '# b.yaml: dezelfde nza_aanvraag en jaar: 2027 als a.yaml',
  },
  messages: {
    twice: { nl: 'er is al een verantwoording over {jaar} voor dit project: {eerste}', en: 'there is already an account for {jaar} for this project: {eerste}' },
  },
  check({ accounts }) {
    const first = new Map<string, string>();
    return accounts.flatMap((a) => {
      if (!a.approval) return [];
      const key = `${a.approval.request.aanvraag.fingerprint}\u0000${a.account.jaar}`;
      const eerste = first.get(key);
      if (eerste === undefined) {
        first.set(key, a.file);
        return [];
      }
      return [{ file: a.file, pointer: '/jaar', messageId: 'twice' as const, args: { jaar: a.account.jaar, eerste } }];
    });
  },
});
