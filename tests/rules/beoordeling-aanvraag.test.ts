import { describe } from 'vitest';
import { roundCases, baseAanvraag, decision, fingerprintOf } from '../round/harness.js';

const zeros = '0'.repeat(64);

describe('beoordeling-aanvraag', () => {
  roundCases('beoordeling-aanvraag', [
    { name: 'a decision on the current content: nothing to report', files: { 'a.yaml': baseAanvraag(), 'b.yaml': decision(baseAanvraag(), 'coordinerend') }, expected: {} },
    {
      name: 'a copy under another path is the same application',
      files: { 'x.yaml': baseAanvraag(), 'b.yaml': decision(baseAanvraag(), 'coordinerend', {}, 'elders.yaml') },
      expected: {},
    },
    {
      name: 'an unknown fingerprint and an unknown path: an error at the fingerprint',
      files: { 'a.yaml': baseAanvraag(), 'b.yaml': decision(baseAanvraag(), 'coordinerend', { aanvraag: { bestand: 'weg.yaml', fingerprint: zeros } }) },
      expected: { 'b.yaml': [{ messageId: 'unknown', severity: 'error', pointer: '/aanvraag/fingerprint', args: { fingerprint: '000000000000', bestand: 'weg.yaml' }, at: 'fingerprint: |"0000' }] },
    },
    {
      name: 'the named application changed after the decision: a warning (verouderd)',
      files: { 'a.yaml': { ...baseAanvraag(), titel: 'Nieuwe titel' }, 'b.yaml': decision(baseAanvraag(), 'coordinerend') },
      expected: {
        'b.yaml': [
          {
            messageId: 'stale',
            severity: 'warning',
            pointer: '/aanvraag/fingerprint',
            args: { bestand: 'a.yaml', was: fingerprintOf(baseAanvraag()).slice(0, 12), nu: fingerprintOf({ ...baseAanvraag(), titel: 'Nieuwe titel' }).slice(0, 12) },
            at: `fingerprint: |${fingerprintOf(baseAanvraag())}`,
          },
        ],
      },
    },
    {
      name: 'a decision on an invalid application: an error',
      files: (() => {
        const invalid = { ...baseAanvraag(), begroting: baseAanvraag().begroting.map((l) => ({ ...l, bedrag: l.bedrag * 10 })) };
        return { 'a.yaml': invalid, 'b.yaml': decision(invalid, 'coordinerend', { toegekend: { bedrag: 1 }, uitkomst: 'afwijzen' }) };
      })(),
      expected: { 'b.yaml': [{ messageId: 'invalid', severity: 'error', pointer: '/aanvraag', args: { bestand: 'a.yaml' }, at: 'aanvraag:' }] },
    },
  ]);
});
