import { describe } from 'vitest';
import { spukAanvraag } from './harness.js';
import { roundCases, baseAanvraag, decision, fingerprintOf } from '../round/harness.js';

const app = baseAanvraag();
const c = app.zorgverzekeraars!.coordinerend;
const t = app.zorgverzekeraars!.tweede;

describe('beoordeling-verzekeraar', () => {
  roundCases('beoordeling-verzekeraar', [
    { name: 'both roles by the insurers the application names', files: { 'a.yaml': app, 'c.yaml': decision(app, 'coordinerend'), 't.yaml': decision(app, 'tweede') }, expected: {} },
    {
      name: 'the coordinating insurer deciding as second: an error at the UZOVI code',
      files: { 'a.yaml': app, 't.yaml': decision(app, 'tweede', { verzekeraar: { naam: c.naam, uzovi: c.uzovi } }) },
      expected: { 't.yaml': [{ messageId: 'wrong', severity: 'error', pointer: '/verzekeraar/uzovi', args: { verwacht: t.uzovi, naam: t.naam, rol: 'tweede', gevonden: c.uzovi }, at: `uzovi: |"${c.uzovi}"` }] },
    },
    {
      name: 'an application without insurers (the SPUK route): an error at the insurer',
      files: { 'a.yaml': spukAanvraag(), 'c.yaml': { ...decision(app, 'coordinerend'), aanvraag: { bestand: 'a.yaml', fingerprint: fingerprintOf(spukAanvraag()) } } },
      expected: { 'c.yaml': [{ messageId: 'noInsurers', severity: 'error', pointer: '/verzekeraar', args: { bestand: 'a.yaml' }, at: 'verzekeraar:' }] },
    },
  ]);
});
