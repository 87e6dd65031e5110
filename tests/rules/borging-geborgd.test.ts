import { describe } from 'vitest';
import type { Aanvraag } from '../../src/domain/types.js';
import { baseAanvraag, ruleCases, spukAanvraag } from './harness.js';

const ONZEKER = 'Beleidskeuzes doorbraakmiddelen (seed 004): structurele financiering moet geborgd zijn; aanname: wie nog zoekt, verkent of hoopt, heeft haar niet geborgd, en een vervolg uit dezelfde middelen borgt niets';
const TOEZEGGING = 'Beleidskeuzes doorbraakmiddelen (seed 004): geborgd; aanname: borging noemt een vastgelegde dekking (besluit, begroting, overeenkomst)';
const both = (text: string) => (a: Aanvraag) => {
  a.borging.structurele_financiering = text;
  a.randvoorwaarden[0]!.toelichting = text;
};

describe('borging-geborgd', () => {
  ruleCases('borging-geborgd', [
    { name: 'the AI example names its recorded cover', base: baseAanvraag, expected: [] },
    { name: 'the SPUK example names its recorded cover', base: spukAanvraag, expected: [] },
    {
      name: 'financing still being explored (English), in both places',
      base: baseAanvraag,
      mutate: both('We will explore structural funding with the insurers.'),
      expected: [
        { messageId: 'uncertain', severity: 'warning', pointer: '/borging/structurele_financiering', reviewReason: true, args: { gevonden: 'explore', bron: ONZEKER }, at: 'structurele_financiering: |We will' },
        { messageId: 'uncertain', severity: 'warning', pointer: '/randvoorwaarden/0/toelichting', reviewReason: true, args: { gevonden: 'explore', bron: ONZEKER } },
      ],
    },
    {
      name: 'a word without a recorded cover',
      base: baseAanvraag,
      mutate: (a) => (a.borging.structurele_financiering = 'Komt goed.'),
      expected: [{ messageId: 'noCommitment', severity: 'warning', pointer: '/borging/structurele_financiering', reviewReason: true, args: { bron: TOEZEGGING } }],
    },
    {
      name: 'a follow-up from the same money, even when recorded',
      base: baseAanvraag,
      mutate: (a) => (a.borging.structurele_financiering = 'Vervolgaanvraag doorbraakmiddelen, vastgelegd in het projectplan'),
      expected: [{ messageId: 'uncertain', severity: 'warning', pointer: '/borging/structurele_financiering', reviewReason: true, args: { gevonden: 'Vervolgaanvraag', bron: ONZEKER } }],
    },
  ]);
});
