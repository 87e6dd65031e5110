import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe } from 'vitest';
import { parse } from 'yaml';
import type { Aanvraag } from '../../src/domain/types.js';
import { EXAMPLES } from '../helpers/cli.js';
import { baseAanvraag, ruleCases } from './harness.js';

const medtech = (): Aanvraag => parse(readFileSync(join(EXAMPLES, 'medtech-slim-incontinentiemateriaal-vvt.yaml'), 'utf8')) as Aanvraag;
const S4_1 = 'Nota VWS 26 maart 2026, §4.1: de aanschaf van hulpmiddelen is niet financierbaar; aanname: huur, lease, verstrekking en afkoop zijn andere vormen van dezelfde aanschaf';
const S004 = 'Beleidskeuzes doorbraakmiddelen (seed 004): tijdelijke investeringen, structurele financiering geborgd; aanname: dit zijn de gangbare namen van lopende kosten';

describe('kosten-signaalwoord', () => {
  ruleCases('kosten-signaalwoord', [
    { name: 'one-off lines pass (also "Eenmalige licentie", "sensormeldingen")', base: baseAanvraag, expected: [] },
    { name: 'the medtech example passes (a knowledge network about the use of aids)', base: medtech, expected: [] },
    {
      name: 'a lease of aids booked under implementatie is a review reason naming both words',
      base: medtech,
      mutate: (a) => (a.begroting[0]!.omschrijving = 'Lease van 2.000 sensorluiers'),
      expected: [
        {
          messageId: 'purchase',
          severity: 'warning',
          pointer: '/begroting/0/omschrijving',
          reviewReason: true,
          args: { omschrijving: 'Lease van 2.000 sensorluiers', gevonden: 'Lease … sensorluiers', bron: S4_1 },
          at: 'omschrijving: |Lease',
        },
      ],
    },
    {
      name: 'aids with a count and no knowledge or training are a purchase too',
      base: medtech,
      mutate: (a) => (a.begroting[1]!.omschrijving = '600 slimme luiers voor de cliënten'),
      expected: [{ messageId: 'purchase', severity: 'warning', pointer: '/begroting/1/omschrijving', reviewReason: true, args: { omschrijving: '600 slimme luiers voor de cliënten', gevonden: 'luiers', bron: S4_1 } }],
    },
    {
      name: 'training 40 nurses in the use of sensor diapers is no purchase',
      base: medtech,
      mutate: (a) => (a.begroting[2]!.omschrijving = 'Training van 40 verpleegkundigen in het gebruik van sensorluiers'),
      expected: [],
    },
    {
      name: 'an English subscription is a review reason, whatever its category',
      base: baseAanvraag,
      mutate: (a) => (a.begroting[2]!.omschrijving = 'Speech module subscriptions'),
      expected: [
        {
          messageId: 'recurring',
          severity: 'warning',
          pointer: '/begroting/2/omschrijving',
          reviewReason: true,
          args: { omschrijving: 'Speech module subscriptions', gevonden: 'subscriptions', bron: S004 },
          at: 'omschrijving: |Speech module subscriptions',
        },
      ],
    },
    {
      name: 'a recurring cost inside a compound (jaarabonnement)',
      base: baseAanvraag,
      mutate: (a) => (a.begroting[3]!.omschrijving = 'Jaarabonnement spraakherkenning'),
      expected: [{ messageId: 'recurring', severity: 'warning', pointer: '/begroting/3/omschrijving', reviewReason: true, args: { omschrijving: 'Jaarabonnement spraakherkenning', gevonden: 'Jaarabonnement', bron: S004 } }],
    },
    {
      name: 'a line marked structureel is left to eenmalige-investering',
      base: baseAanvraag,
      mutate: (a) => (a.begroting[2] = { ...a.begroting[2]!, omschrijving: 'Abonnement', structureel: true }),
      expected: [],
    },
  ]);
});
