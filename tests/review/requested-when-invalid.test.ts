/** The demand of an application that parsed but failed its schema: known only when every amount is whole euros ≥ 0. */
import { describe, expect, it } from 'vitest';
import { requestedWhenInvalid } from '../../src/review/application-summary.js';
import { runInProcess } from '../helpers/cli.js';

describe('requestedWhenInvalid', () => {
  it.each([
    [{ begroting: [{ bedrag: 400 }, { bedrag: 60 }] }, 460],
    [{ begroting: [] }, 0],
    [{ begroting: [{ bedrag: 400 }, { bedrag: '1.000,50' }] }, undefined],
    [{ begroting: [{ bedrag: 1.5 }] }, undefined],
    [{ begroting: [{ bedrag: -1 }] }, undefined],
    [{ begroting: [{ bedrag: Number.MAX_SAFE_INTEGER }, { bedrag: 2 }] }, undefined],
    [{ begroting: [null] }, undefined],
    [{ begroting: 'veel' }, undefined],
    [{}, undefined],
    [null, undefined],
    ['tekst', undefined],
  ])('%j → %j', (data, expected) => {
    expect(requestedWhenInvalid(data)).toBe(expected);
  });

  it('is in the check report of a schema-invalid application, and apart in the budget', async () => {
    const yaml = 'soort: aanvraag\ntitel: "Zonder de rest"\nbegroting:\n  - { categorie: x, omschrijving: y, jaar: 2027, bedrag: 1250 }\n  - { categorie: x, omschrijving: y, jaar: 2028, bedrag: 750 }\n';
    const check = JSON.parse((await runInProcess(['check', '--format', 'json', '-'], { stdin: yaml })).stdout) as { files: { review: { decision: string }; requestedWhenInvalid?: number }[] };
    expect(check.files[0]).toMatchObject({ review: { decision: 'ongeldig' }, requestedWhenInvalid: 2000 });
    const budget = JSON.parse((await runInProcess(['budget', '--format', 'json', '-'], { stdin: yaml })).stdout) as { overall: { count: number }; leftOut: { invalid: { requested?: number }[] } };
    expect(budget.overall.count).toBe(0);
    expect(budget.leftOut.invalid[0]!.requested).toBe(2000);
  });
});
