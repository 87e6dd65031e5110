import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe } from 'vitest';
import { parse } from 'yaml';
import type { Aanvraag } from '../../src/domain/types.js';
import { EXAMPLES } from '../helpers/cli.js';
import { baseAanvraag, ruleCases } from './harness.js';

const copd = (): Aanvraag => parse(readFileSync(join(EXAMPLES, 'digitaal-zorgpad-copd-msz.yaml'), 'utf8')) as Aanvraag;
const paden = 'copd, hartfalen, diabetes, astma, hypertensie-zwangeren, ibd';

describe('zorgpad-keuze', () => {
  ruleCases('zorgpad-keuze', [
    { name: 'a known pathway passes', base: copd, expected: [] },
    { name: 'no pathway where the modelplan has none passes', base: baseAanvraag, expected: [] },
    {
      name: 'a missing pathway is reported at the document',
      base: copd,
      mutate: (a) => delete a.zorgpad,
      expected: [{ messageId: 'missing', severity: 'error', pointer: '', args: { zorgpaden: paden }, at: 'soort' }],
    },
    {
      name: 'a misspelt pathway gets a suggestion',
      base: copd,
      mutate: (a) => (a.zorgpad = 'hartfalem'),
      expected: [{ messageId: 'unknownSuggestion', severity: 'error', pointer: '/zorgpad', args: { zorgpad: 'hartfalem', suggestion: 'hartfalen' }, at: 'hartfalem' }],
    },
    {
      name: 'an unknown pathway lists the choices',
      base: copd,
      mutate: (a) => (a.zorgpad = 'reuma'),
      expected: [{ messageId: 'unknown', severity: 'error', pointer: '/zorgpad', args: { zorgpad: 'reuma', zorgpaden: paden }, at: 'reuma' }],
    },
    {
      name: 'a pathway where the modelplan has none',
      base: baseAanvraag,
      mutate: (a) => (a.zorgpad = 'copd'),
      expected: [{ messageId: 'notApplicable', severity: 'error', pointer: '/zorgpad', at: 'copd' }],
    },
  ]);
});
