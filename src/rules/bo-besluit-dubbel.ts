import { defineRule } from './define.js';

export const boBesluitDubbel = defineRule({
  id: 'bo-besluit-dubbel',
  scope: 'bo-besluit',
  severity: 'error',
  title: { nl: 'Meer dan één BO-besluit', en: 'More than one BO decision' },
  docs: {
    description: {
      nl: 'Het BO IZA/AZWA besluit één keer over het totaal van de ronde. Staan er twee besluiten in de run, dan telt geen van beide: de volgorde van bestandsnamen beslist nooit. Verwijder het besluit dat niet geldt.',
      en: 'The BO IZA/AZWA decides once on the round’s total. With two decisions in the run neither counts: the order of file names never decides. Remove the decision that does not hold.',
    },
    source: 'Nota VWS 26 maart 2026, §4.2 (het BO kan bijsturen voordat de aanvragen een definitieve beschikking krijgen); issue 23 punt 4 (geen besluit door sorteervolgorde)',
    example: '# bo/besluit.yaml en bo/besluit-oud.yaml, beide soort: bo-besluit',
  },
  messages: {
    conflict: { nl: 'er is nog een BO-besluit in de run ({ander}): geen van beide telt; verwijder het besluit dat niet geldt', en: 'there is another BO decision in the run ({ander}): neither counts; remove the one that does not hold' },
  },
  check({ decisions }) {
    if (decisions.length < 2) return [];
    return decisions.map((d) => ({ file: d.file, pointer: '/soort', messageId: 'conflict' as const, args: { ander: decisions.filter((o) => o.file !== d.file).map((o) => o.file).join(', ') } }));
  },
});
