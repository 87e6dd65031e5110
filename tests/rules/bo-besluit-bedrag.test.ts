import { describe } from 'vitest';
import { approvedFiles, baseAanvraag, capaciteit, makeRegister, writeBo } from '../round/bo-harness.js';
import { fingerprintOf, roundCases } from '../round/harness.js';

describe('bo-besluit-bedrag', () => {
  roundCases('bo-besluit-bedrag', [
    {
      name: 'per-aanvraag within what both approved, every application named',
      files: approvedFiles(),
      setup: async (batch) => {
        await makeRegister(batch);
        await writeBo(batch, (bo) => {
          bo.themas = [{ thema: 'ai', besluit: 'per-aanvraag', motivering: 'Bijgestuurd.', aanvragen: [{ fingerprint: fingerprintOf(baseAanvraag()), bedrag: 2000000, reden: 'Verlaagd.' }, { fingerprint: fingerprintOf(capaciteit()), bedrag: 3000000, reden: 'Volledig.' }] }];
        });
      },
      extra: ['--register', 'register.json'],
      expected: {},
    },
    {
      name: 'more than approved, an application left out, a theme total above what is available, and a theme without approved applications',
      files: approvedFiles(),
      setup: async (batch) => {
        await makeRegister(batch);
        await writeBo(batch, (bo) => {
          bo.themas = [
            { thema: 'ai', besluit: 'per-aanvraag', beschikbaar: 2000000, motivering: 'Bijgestuurd.', aanvragen: [{ fingerprint: fingerprintOf(baseAanvraag()), bedrag: 2500000, reden: 'Meer.' }] },
            { thema: 'medische-technologie', besluit: 'accepteren' },
          ];
        });
      },
      extra: ['--register', 'register.json'],
      expected: {
        'bo.yaml': [
          { messageId: 'missingApplication', severity: 'error', pointer: '/themas/0/aanvragen', args: { thema: 'ai', bestand: 'b.yaml' }, at: '    |aanvragen:' },
          { messageId: 'aboveApproved', severity: 'error', pointer: '/themas/0/aanvragen/0/bedrag', args: { bestand: 'a.yaml', bedrag: 2500000, toegekend: 2400000 }, at: 'bedrag: |2500000' },
          { messageId: 'unknownTheme', severity: 'error', pointer: '/themas/1/thema', args: { thema: 'medische-technologie' }, at: 'thema: |medische-technologie' },
        ],
      },
    },
  ]);
});
