import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe } from 'vitest';
import { parse } from 'yaml';
import type { Aanvraag } from '../../src/domain/types.js';
import { EXAMPLES } from '../helpers/cli.js';
import { baseAanvraag, ruleCases } from './harness.js';

const copd = (): Aanvraag => parse(readFileSync(join(EXAMPLES, 'digitaal-zorgpad-copd-msz.yaml'), 'utf8')) as Aanvraag;

describe('inhoud', () => {
  ruleCases('inhoud', [
    { name: 'target group, reach and components as the modelplan asks', base: copd, expected: [] },
    { name: 'a modelplan without content norms asks nothing', base: baseAanvraag, expected: [] },
    {
      name: 'reach below the minimum and a missing component are deviations',
      base: copd,
      mutate: (a) => (a.inhoud = { ...a.inhoud!, bereik: 200, onderdelen: ['thuismonitoring'] }),
      expected: [
        { messageId: 'belowReach', severity: 'warning', pointer: '/inhoud/bereik', deviation: 'inhoud', args: { bereik: 200, minimum: 500 }, at: 'bereik: |200' },
        { messageId: 'missingPart', severity: 'warning', pointer: '/inhoud/onderdelen', deviation: 'inhoud', args: { id: 'digitaal-consult', titel: 'Digitale of hybride consulten in plaats van fysieke controles' } },
      ],
    },
    {
      name: 'no inhoud at all: three deviations at the document',
      base: copd,
      mutate: (a) => delete a.inhoud,
      expected: [
        { messageId: 'belowReach', severity: 'warning', pointer: '', deviation: 'inhoud' },
        { messageId: 'missingPart', severity: 'warning', pointer: '', deviation: 'inhoud' },
        { messageId: 'missingPart', severity: 'warning', pointer: '', deviation: 'inhoud' },
        { messageId: 'noDoelgroep', severity: 'warning', pointer: '', deviation: 'inhoud' },
      ],
    },
    {
      name: 'declared, the deviation is info and a review reason',
      base: copd,
      mutate: (a) => {
        a.inhoud!.bereik = 300;
        a.afwijkingen = [{ onderdeel: 'inhoud', motivering: 'Kleine regio: 300 COPD-patiënten in zorg.' }];
      },
      expected: [{ messageId: 'belowReach', severity: 'info', pointer: '/inhoud/bereik', deviation: 'inhoud', reviewReason: true }],
    },
  ]);
});
