/** UsageError carries its text in both languages and language-neutral args; the edge renders it (issue 28.3b). */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { UsageError } from '../../src/errors.js';
import { loadFrame } from '../../src/frame/load.js';
import { pickModelplan } from '../../src/frame/pick.js';
import { ROOT } from '../helpers/cli.js';

async function rejection(promise: Promise<unknown>): Promise<UsageError> {
  const error: unknown = await promise.then(() => undefined, (e: unknown) => e);
  if (!(error instanceof UsageError)) throw new Error(`expected a UsageError, got ${String(error)}`);
  return error;
}

describe('UsageError', () => {
  it('a template with args renders in either language; message is the Dutch text', () => {
    const error = new UsageError({ nl: '{n} bestand(en) in {dir}', en: '{n} file(s) in {dir}' }, { n: 2, dir: 'x/' });
    expect([error.render('nl'), error.render('en'), error.message]).toEqual(['2 bestand(en) in x/', '2 file(s) in x/', '2 bestand(en) in x/']);
  });

  it('an arg may be a text in both languages; a plain string is the message in every language', () => {
    const error = new UsageError({ nl: 'fout: {wat}', en: 'error: {wat}' }, { wat: { nl: 'kapot', en: 'broken' } });
    expect(error.localized()).toEqual({ nl: 'fout: kapot', en: 'error: broken' });
    expect(new UsageError('as given').localized()).toEqual({ nl: 'as given', en: 'as given' });
  });

  it('the frame loader knows no language: its error is rendered by whoever shows it', async () => {
    const error = await rejection(loadFrame(join(ROOT, 'bestaat-niet'), ROOT));
    expect(error.render('nl')).toBe('modelplannen-map is onbruikbaar: bestaat-niet is geen map');
    expect(error.render('en')).toBe('modelplannen directory is unusable: bestaat-niet is not a directory');
  });

  it('so does picking a modelplan', async () => {
    const frame = await loadFrame(join(ROOT, 'modelplannen'), ROOT);
    let caught: unknown;
    try {
      pickModelplan(frame, 'bestaat-niet', undefined);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(UsageError);
    expect((caught as UsageError).render('en')).toMatch(/^unknown modelplan "bestaat-niet"; /);
    expect((caught as UsageError).render('nl')).toMatch(/^onbekend modelplan "bestaat-niet"; /);
  });
});
