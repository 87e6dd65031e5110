import { describe } from 'vitest';
import { baseAanvraag, ruleCases } from './harness.js';

describe('thema-route', () => {
  ruleCases('thema-route', [
    { name: 'theme and route as in the modelplan pass', base: baseAanvraag, expected: [] },
    {
      name: 'another theme is an error at the theme',
      base: baseAanvraag,
      mutate: (a) => (a.thema = 'digitale-hybride-zorg'),
      expected: [{ messageId: 'thema', severity: 'error', pointer: '/thema', args: { gegeven: 'digitale-hybride-zorg', verwacht: 'ai' }, at: 'digitale-hybride-zorg' }],
    },
    {
      name: 'another route is an error at the route',
      base: baseAanvraag,
      mutate: (a) => (a.financieringsroute = 'spuk'),
      expected: [{ messageId: 'route', severity: 'error', pointer: '/financieringsroute', args: { gegeven: 'spuk', verwacht: 'zvw' }, at: 'spuk' }],
    },
  ]);
});
