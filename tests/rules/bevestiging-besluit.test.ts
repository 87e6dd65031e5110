import { describe } from 'vitest';
import { approvedFiles, baseAanvraag, confirmation, makeRegister, write, writeBo } from '../round/bo-harness.js';
import { roundCases } from '../round/harness.js';

const cut = async (batch: Parameters<NonNullable<Parameters<typeof roundCases>[1][number]['setup']>>[0]) => {
  await makeRegister(batch);
  await writeBo(batch, (bo) => {
    bo.themas = [{ thema: 'ai', besluit: 'pro-rata', beschikbaar: 4500000, motivering: 'Eerste tranche.' }];
  });
};

describe('bevestiging-besluit', () => {
  roundCases('bevestiging-besluit', [
    {
      name: 'confirmed at the BO’s amount',
      files: approvedFiles(),
      setup: async (batch) => {
        await cut(batch);
        write(batch, 'a.bevestiging.yaml', confirmation(batch, baseAanvraag(), 'a.yaml', 'coordinerend', 2000000));
      },
      extra: ['--register', 'register.json'],
      expected: {},
    },
    {
      name: 'confirmed at the approved amount instead, before the BO decided, by another insurer, with an agreement with a stranger',
      files: approvedFiles(),
      setup: async (batch) => {
        await cut(batch);
        const c = confirmation(batch, baseAanvraag(), 'a.yaml', 'coordinerend', 2400000, { datum: '2026-12-19' });
        c.verzekeraar = { naam: 'Een ander', uzovi: '9999' };
        c.overeenkomsten.push({ ontvanger: '99999999', status: 'gesloten', datum: '2026-12-21' });
        write(batch, 'a.bevestiging.yaml', c);
      },
      extra: ['--register', 'register.json'],
      expected: {
        'a.bevestiging.yaml': [
          { messageId: 'insurer', severity: 'error', pointer: '/verzekeraar/uzovi', args: { verwacht: '3311', rol: 'coordinerend', gevonden: '9999' }, at: 'uzovi: |"9999"' },
          { messageId: 'beforeBesluit', severity: 'error', pointer: '/datum', args: { datum: '2026-12-19', bo: '2026-12-20' }, at: 'datum: |2026-12-19' },
          { messageId: 'amount', severity: 'error', pointer: '/bedrag', args: { bedrag: 2400000, bo: 2000000 }, at: 'bedrag: |2400000' },
          { messageId: 'unknownReceiver', severity: 'error', pointer: '/overeenkomsten/3/ontvanger', args: { ontvanger: '99999999' }, at: 'ontvanger: |"99999999"' },
        ],
      },
    },
    {
      name: 'two confirmations by the coordinating insurer: neither counts, each names the other',
      files: approvedFiles(),
      setup: async (batch) => {
        await cut(batch);
        write(batch, 'a.bevestiging.yaml', confirmation(batch, baseAanvraag(), 'a.yaml', 'coordinerend', 2000000));
        write(batch, 'a.bevestiging-oud.yaml', confirmation(batch, baseAanvraag(), 'a.yaml', 'coordinerend', 2000000, { datum: '2026-12-21' }));
      },
      extra: ['--register', 'register.json'],
      expected: {
        'a.bevestiging.yaml': [{ messageId: 'twice', severity: 'error', pointer: '/rol', args: { rol: 'coordinerend', ander: 'a.bevestiging-oud.yaml' }, at: 'rol: |coordinerend' }],
        'a.bevestiging-oud.yaml': [{ messageId: 'twice', severity: 'error', pointer: '/rol', args: { rol: 'coordinerend', ander: 'a.bevestiging.yaml' }, at: 'rol: |coordinerend' }],
      },
    },
    {
      name: 'a BO decision that is not the run’s',
      files: approvedFiles(),
      setup: async (batch) => {
        await cut(batch);
        const c = confirmation(batch, baseAanvraag(), 'a.yaml', 'coordinerend', 2000000);
        c.bo_besluit.sha256 = 'f'.repeat(64);
        write(batch, 'a.bevestiging.yaml', c);
      },
      extra: ['--register', 'register.json'],
      expected: { 'a.bevestiging.yaml': [{ messageId: 'unknownBesluit', severity: 'error', pointer: '/bo_besluit/sha256', args: { bestand: 'bo.yaml', sha256: 'ffffffffffff' }, at: 'sha256: |fff' }] },
    },
  ]);
});
