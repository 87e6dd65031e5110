import { describe } from 'vitest';
import { roundCases } from '../round/harness.js';
import { baseAccount, batch, withLines } from './account-harness.js';

const v = baseAccount();
const line = (mijlpaal: string | undefined, bedrag = 1000, jaar = 2027) => ({ categorie: 'implementatie', ontvanger: '06010101', jaar, bedrag, omschrijving: 'Werk', ...(mijlpaal ? { mijlpaal } : {}) });
const reached = (id: string, datum: string) => ({ id, datum, bewijs: 'Verslag' });

describe('verantwoording-mijlpaal', () => {
  roundCases('verantwoording-mijlpaal', [
    { name: 'money only for reached milestones, within their amounts', files: batch({ 'v.yaml': v }), expected: {} },
    {
      name: 'money for a milestone not reached, a line without a milestone, a milestone without approved money',
      files: batch({ 'v.yaml': { ...withLines(v, [line('opgeschaald'), line(undefined), line('bestaat-niet')]), mijlpalen: [reached('projectplan-vastgesteld', '2027-02-20')] } }),
      expected: {
        'v.yaml': [
          { messageId: 'notReached', severity: 'error', pointer: '/kosten/0/mijlpaal', args: { mijlpaal: 'opgeschaald' }, at: 'mijlpaal: |opgeschaald' },
          { messageId: 'missing', severity: 'error', pointer: '/kosten/1', at: '- |categorie: implementatie\n    ontvanger: "06010101"\n    jaar: 2027\n    bedrag: 1000\n    omschrijving: Werk\n  - categorie: implementatie\n    ontvanger: "06010101"\n    jaar: 2027\n    bedrag: 1000\n    omschrijving: Werk\n    mijlpaal: bestaat' },
          { messageId: 'unknown', severity: 'error', pointer: '/kosten/2/mijlpaal', args: { mijlpaal: 'bestaat-niet' }, at: 'mijlpaal: |bestaat-niet' },
        ],
      },
    },
    {
      name: 'a milestone reached after the year, one the application does not have',
      files: batch({ 'v.yaml': { ...withLines(v, []), mijlpalen: [reached('opgeschaald', '2028-01-05'), reached('feestje', '2027-06-01')] } }),
      expected: {
        'v.yaml': [
          { messageId: 'reachedLater', severity: 'error', pointer: '/mijlpalen/0/datum', args: { mijlpaal: 'opgeschaald', datum: '2028-01-05', jaar: 2027 }, at: 'datum: |2028-01-05' },
          { messageId: 'unknownReached', severity: 'error', pointer: '/mijlpalen/1/id', args: { mijlpaal: 'feestje' }, at: 'id: |feestje' },
        ],
      },
    },
    {
      name: 'a milestone reached in 2027 carries money in 2028; over the years above its approved amount',
      files: batch({
        'v.yaml': { ...withLines(v, [line('projectplan-vastgesteld', 200000)]), mijlpalen: [reached('projectplan-vastgesteld', '2027-02-20')] },
        'w.yaml': { ...withLines({ ...v, jaar: 2028 }, [line('projectplan-vastgesteld', 70001, 2028)]), mijlpalen: [] },
      }),
      expected: { 'w.yaml': [{ messageId: 'aboveMilestone', severity: 'error', pointer: '/kosten/0/bedrag', args: { mijlpaal: 'projectplan-vastgesteld', jaar: 2028, gerealiseerd: 270001, goedgekeurd: 270000 }, at: 'bedrag: |70001' }] },
    },
  ]);
});
