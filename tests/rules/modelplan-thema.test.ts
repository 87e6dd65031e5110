import { describe } from 'vitest';
import { baseModelplan, ruleCases } from './harness.js';

describe('modelplan-thema', () => {
  ruleCases('modelplan-thema', [
    { name: 'a theme of the budget frame with its route passes', base: baseModelplan, expected: [] },
    {
      name: 'a theme the budget frame does not have',
      base: baseModelplan,
      mutate: (m) => (m.thema = 'robotica'),
      expected: [{ messageId: 'unknown', severity: 'error', pointer: '/thema', args: { thema: 'robotica', themas: 'ai, digitale-hybride-zorg, medische-technologie, sociaal-domein' }, at: 'robotica' }],
    },
    {
      name: 'a route other than the theme’s',
      base: baseModelplan,
      mutate: (m) => (m.financieringsroute = 'spuk'),
      expected: [{ messageId: 'route', severity: 'error', pointer: '/financieringsroute', args: { route: 'spuk', thema: 'ai', verwacht: 'zvw' }, at: 'spuk' }],
    },
  ]);
});
