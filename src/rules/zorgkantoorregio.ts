import { defineRule } from './define.js';
import { byText, compareText } from '../domain/compare.js';

/** The regions whose number is closest to the unknown code's, else the first ones: at most three. */
function nearest(code: string, regios: readonly { code: string; naam: string }[]): string {
  const number = Number(code.slice(2));
  const ranked = [...regios].sort((x, y) => Math.abs(Number(x.code.slice(2)) - number) - Math.abs(Number(y.code.slice(2)) - number) || compareText(x.code, y.code));
  return ranked
    .slice(0, 3)
    .sort(byText((r) => r.code))
    .map((r) => `${r.code} ${r.naam}`)
    .join(', ');
}

export const zorgkantoorregio = defineRule({
  id: 'zorgkantoorregio',
  scope: 'aanvraag',
  severity: 'error',
  title: { nl: 'Onbekende zorgkantoorregio', en: 'Unknown care office region' },
  docs: {
    description: {
      nl: 'De zorgkantoorregio van de aanvrager moet een van de 31 regio’s uit de referentielijsten van het kader zijn (referentielijsten.yaml). Het BO IZA/AZWA kijkt welke regio’s geen aanvraag hebben (gelijkwaardige toegang); een onbekende code telt nergens mee. De melding noemt de dichtstbijzijnde regio’s uit de lijst.',
      en: 'The applicant’s zorgkantoorregio must be one of the 31 regions in the frame’s reference lists (referentielijsten.yaml). The BO IZA/AZWA looks at which regions have no application (equal access); an unknown code counts nowhere. The message names the nearest regions in the list.',
    },
    source: 'Beleidskeuzes doorbraakmiddelen (seed 004), doel 2: gelijkwaardige toegang tot zorg; regio’s: referentielijsten.yaml',
    example: 'aanvrager:\n  zorgkantoorregio: ZK45   # er zijn 31 regio’s',
  },
  messages: {
    unknown: {
      nl: 'zorgkantoorregio {code} bestaat niet; kies een code uit de referentielijst, bijvoorbeeld {dichtstbij}',
      en: 'zorgkantoorregio {code} does not exist; choose a code from the reference list, for example {dichtstbij}',
    },
  },
  check({ aanvraag, frame }) {
    const regios = frame.referentielijsten?.zorgkantoorregios;
    const code = aanvraag.aanvrager.zorgkantoorregio;
    if (!regios || code === undefined || regios.some((r) => r.code === code)) return [];
    return [{ pointer: '/aanvrager/zorgkantoorregio', messageId: 'unknown', args: { code, dichtstbij: nearest(code, regios) } }];
  },
  withoutModelplan: true,
});
