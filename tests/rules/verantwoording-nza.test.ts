import { describe } from 'vitest';
import { roundCases } from '../round/harness.js';
import { APPLICATION, baseAccount, batch, REQUEST_TEXT } from './account-harness.js';

const v = baseAccount();
const other = JSON.parse(REQUEST_TEXT) as { aanvraag: { fingerprint: string } };
const fp = other.aanvraag.fingerprint;

describe('verantwoording-nza', () => {
  roundCases('verantwoording-nza', [
    { name: 'request and application found and agreeing', files: batch({ 'v.yaml': v }), expected: {} },
    {
      name: 'the request does not exist',
      files: batch({ 'v.yaml': { ...v, nza_aanvraag: 'weg.nza.json' } }),
      expected: { 'v.yaml': [{ messageId: 'nzaUnreadable', severity: 'error', pointer: '/nza_aanvraag', args: { bestand: 'weg.nza.json', detail: 'unreadable' }, at: 'nza_aanvraag: |weg' }] },
    },
    {
      name: 'the request is no export nza output',
      files: batch({ 'v.yaml': { ...v, nza_aanvraag: 'x.nza.json' }, 'x.nza.json': '{"exportVersie": "1.0.0"}' }),
      expected: { 'v.yaml': [{ messageId: 'nzaInvalid', severity: 'error', pointer: '/nza_aanvraag', at: 'nza_aanvraag: |x' }] },
    },
    {
      name: 'the account names another fingerprint than the request',
      files: batch({ 'v.yaml': { ...v, aanvraag: { ...v.aanvraag, fingerprint: 'a'.repeat(64) } } }),
      expected: { 'v.yaml': [{ messageId: 'nzaFingerprint', severity: 'error', pointer: '/aanvraag/fingerprint', args: { bestand: 'p.nza.json', verwacht: fp.slice(0, 12), gevonden: 'a'.repeat(12) }, at: 'fingerprint: |' }] },
    },
    {
      name: 'the application changed after approval (one euro more)',
      files: batch({ 'v.yaml': v, 'aanvraag.yaml': APPLICATION.replace('bedrag: 450000', 'bedrag: 450001') }),
      expected: { 'v.yaml': [{ messageId: 'aanvraagChanged', severity: 'error', pointer: '/aanvraag/bestand', args: { bestand: 'aanvraag.yaml' }, at: 'bestand: |aanvraag' }] },
    },
  ]);
});
