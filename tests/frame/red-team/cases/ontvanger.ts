import type { Principle } from '../corpus.js';
import { addMember, line, one } from '../corpus.js';

// Nota §4.2: de zorgverzekeraars keren doorbraakmiddelen uit aan de zorgaanbieders, met de
// prestatiebeschrijvingen van de NZa. Wie op de Zvw-route geld mag ontvangen en wie niet.
const SEED = 'nota §4.2 (uitkering aan zorgaanbieders)';

export const ontvanger: Principle = {
  id: 'ontvanger',
  title: 'op de Zvw-route ontvangen alleen zorgaanbieders geld',
  traps: [
    {
      name: 'a software vendor in the coalition receives money',
      seed: SEED,
      rule: 'zvw-zorgaanbieder',
      decision: 'ongeldig',
      files: one('ai', (a) => {
        addMember(a, { naam: 'Spraak Software B.V.', soort: 'overig', sector: 'vvt', kvk: '61234567' });
        line(a, 2, 'Eenmalige koppeling spraakmodule aan het ECD', { ontvanger: '61234567' });
      }),
    },
    {
      name: 'the coordinating insurer is a member and receives money',
      seed: SEED,
      rule: 'zvw-zorgaanbieder',
      decision: 'ongeldig',
      files: one('ai', (a) => {
        addMember(a, { naam: 'Zorgverzekeraar Voorbeeld Noord', soort: 'zorgverzekeraar', sector: 'vvt', uzovi: '3311', kvk: '30111111' });
        line(a, 9, 'Nulmeting en tussenmeting rapportagetijd', { ontvanger: '30111111' });
      }),
    },
    {
      name: 'a foundation that is no care provider collects the money (English)',
      seed: SEED,
      rule: 'zvw-zorgaanbieder',
      decision: 'ongeldig',
      files: one('ai', (a) => {
        addMember(a, { naam: 'Regional Care Innovation Foundation', soort: 'overig', sector: 'vvt', kvk: '62345678' });
        line(a, 6, 'Programme management by the foundation', { ontvanger: '62345678' });
      }),
    },
    {
      name: 'a municipality receives money on the Zvw route',
      seed: SEED,
      rule: 'zvw-zorgaanbieder',
      decision: 'ongeldig',
      files: one('ai', (a) => {
        addMember(a, { naam: 'Gemeente Stichtse Vecht', soort: 'gemeente', sector: 'sociaal-domein', gemeentecode: 'GM1904' });
        line(a, 11, 'Kennisdeling met de wijkteams', { ontvanger: 'GM1904' });
      }),
    },
    {
      name: 'an insurer dressed up as a care provider',
      seed: SEED,
      rule: 'zvw-zorgaanbieder',
      decision: 'ongeldig',
      files: one('ai', (a) => {
        addMember(a, { naam: 'Zorgverzekeraar Voorbeeld Midden', soort: 'zorgaanbieder', sector: 'vvt', zorgdomein: 'zvw', agb: '73739999' });
        line(a, 10, 'Eindevaluatie fte-besparing', { ontvanger: '73739999' });
      }),
    },
  ],
  lookAlikes: [
    { name: 'insurers named as assessors only (the AI example)', files: one('ai', () => undefined) },
    { name: 'a vendor named as a partner without money', files: one('ai', (a) => addMember(a, { naam: 'Spraak Software B.V.', soort: 'overig', sector: 'vvt', kvk: '61234567' })) },
  ],
};
