import { describe } from 'vitest';
import { baseAanvraag, ruleCases } from './harness.js';

describe('mijlpalen-verplicht', () => {
  ruleCases('mijlpalen-verplicht', [
    { name: 'all four required milestones pass', base: baseAanvraag, expected: [] },
    {
      name: 'a missing milestone is reported at the list',
      base: baseAanvraag,
      mutate: (a) => a.mijlpalen.splice(2, 1),
      expected: [{ messageId: 'missing', severity: 'error', pointer: '/mijlpalen', args: { id: 'opgeschaald', titel: 'Toepassing opgeschaald naar alle beoogde afdelingen en locaties' }, at: 'mijlpalen' }],
    },
    {
      name: 'a misspelt milestone is unknown, and the real one missing',
      base: baseAanvraag,
      mutate: (a) => (a.mijlpalen[1]!.id = 'implementatie-gestrat'),
      expected: [
        { messageId: 'missing', severity: 'error', pointer: '/mijlpalen', args: { id: 'implementatie-gestart', titel: 'Implementatie gestart bij alle deelnemende zorgaanbieders' }, at: 'mijlpalen' },
        { messageId: 'unknown', severity: 'error', pointer: '/mijlpalen/1/id', args: { id: 'implementatie-gestrat', ids: 'projectplan-vastgesteld, implementatie-gestart, opgeschaald, eindevaluatie' }, at: 'implementatie-gestrat' },
      ],
    },
    {
      name: 'a milestone given twice',
      base: baseAanvraag,
      mutate: (a) => a.mijlpalen.push({ ...a.mijlpalen[3]! }),
      expected: [{ messageId: 'duplicate', severity: 'error', pointer: '/mijlpalen/4/id', args: { id: 'eindevaluatie' } }],
    },
  ]);
});
