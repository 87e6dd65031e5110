import { describe } from 'vitest';
import { roundCases, baseAanvraag, decision, totalOf } from '../round/harness.js';

const app = baseAanvraag();
const total = totalOf(app);
const receivers = [...new Set(app.begroting.map((l) => l.ontvanger))].sort();
const asked = (id: string) => app.begroting.filter((l) => l.ontvanger === id).reduce((s, l) => s + l.bedrag, 0);

describe('beoordeling-bedrag', () => {
  roundCases('beoordeling-bedrag', [
    { name: 'everything approved, no split needed', files: { 'a.yaml': app, 'c.yaml': decision(app, 'coordinerend') }, expected: {} },
    {
      name: 'less than requested with a split that adds up',
      files: { 'a.yaml': app, 'c.yaml': decision(app, 'coordinerend', { toegekend: { bedrag: asked(receivers[0]!), per_ontvanger: [{ ontvanger: receivers[0]!, bedrag: asked(receivers[0]!) }] } }) },
      expected: {},
    },
    {
      name: 'more than requested',
      files: { 'a.yaml': app, 'c.yaml': decision(app, 'coordinerend', { toegekend: { bedrag: total + 1 } }) },
      expected: { 'c.yaml': [{ messageId: 'aboveRequested', severity: 'error', pointer: '/toegekend/bedrag', args: { toegekend: total + 1, gevraagd: total }, at: `bedrag: |${total + 1}` }] },
    },
    {
      name: 'less than requested without a split',
      files: { 'a.yaml': app, 'c.yaml': decision(app, 'coordinerend', { toegekend: { bedrag: 1000 } }) },
      expected: { 'c.yaml': [{ messageId: 'splitMissing', severity: 'error', pointer: '/toegekend/bedrag', args: { toegekend: 1000, gevraagd: total }, at: 'bedrag: |1000' }] },
    },
    {
      name: 'a split that does not add up, an unknown receiver, a receiver above its request, a receiver twice',
      files: {
        'a.yaml': app,
        'c.yaml': decision(app, 'coordinerend', {
          toegekend: {
            bedrag: 1000,
            per_ontvanger: [
              { ontvanger: '99999999', bedrag: 10 },
              { ontvanger: receivers[0]!, bedrag: asked(receivers[0]!) + 1 },
              { ontvanger: receivers[0]!, bedrag: 5 },
            ],
          },
        }),
      },
      expected: {
        'c.yaml': [
          { messageId: 'splitSum', severity: 'error', pointer: '/toegekend/per_ontvanger', args: { som: asked(receivers[0]!) + 16, toegekend: 1000 }, at: 'per_ontvanger:' },
          { messageId: 'unknownReceiver', severity: 'error', pointer: '/toegekend/per_ontvanger/0/ontvanger', args: { ontvanger: '99999999' }, at: 'ontvanger: |"99999999"' },
          { messageId: 'receiverAboveRequested', severity: 'error', pointer: '/toegekend/per_ontvanger/1/bedrag', args: { ontvanger: receivers[0]!, toegekend: asked(receivers[0]!) + 1, gevraagd: asked(receivers[0]!) }, at: `bedrag: |${asked(receivers[0]!) + 1}` },
          { messageId: 'receiverTwice', severity: 'error', pointer: '/toegekend/per_ontvanger/2/ontvanger', args: { ontvanger: receivers[0]! }, at: `ontvanger: |"${receivers[0]!}"\n      bedrag: 5` },
        ],
      },
    },
  ]);
});
