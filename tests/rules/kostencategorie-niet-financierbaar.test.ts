import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe } from 'vitest';
import { parse } from 'yaml';
import type { Aanvraag } from '../../src/domain/types.js';
import { EXAMPLES } from '../helpers/cli.js';
import { ruleCases } from './harness.js';

const medtech = (): Aanvraag => parse(readFileSync(join(EXAMPLES, 'medtech-slim-incontinentiemateriaal-vvt.yaml'), 'utf8')) as Aanvraag;

describe('kostencategorie-niet-financierbaar', () => {
  ruleCases('kostencategorie-niet-financierbaar', [
    { name: 'a knowledge network on the use of hulpmiddelen is fundable', base: medtech, expected: [] },
    {
      name: 'buying hulpmiddelen is not',
      base: medtech,
      mutate: (a) => a.begroting.push({ categorie: 'aanschaf-hulpmiddelen', omschrijving: 'Sensorluiers', ontvanger: '73731111', jaar: 2027, bedrag: 100000 }),
      expected: [
        {
          messageId: 'notFundable',
          severity: 'error',
          pointer: `/begroting/${medtech().begroting.length}/categorie`,
          args: { categorie: 'aanschaf-hulpmiddelen', titel: 'Aanschaf van hulpmiddelen', bedrag: 100000 },
          at: 'aanschaf-hulpmiddelen',
        },
      ],
    },
  ]);
});
