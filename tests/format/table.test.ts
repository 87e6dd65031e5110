/** The one formatter table, keyed by (command, format): every entry loads a formatter; --format is checked against it. */
import { usageText } from '../helpers/usage.js';
import { describe, expect, it } from 'vitest';
import { UsageError } from '../../src/errors.js';
import { FORMATTERS, formatsOf, formatterFor, type FormattingCommand } from '../../src/format/table.js';
import { chooseFormat } from '../../src/options/shared.js';

const COMMANDS = Object.keys(FORMATTERS) as FormattingCommand[];

describe('formatter table', () => {
  it('lists each command’s formats, the default first', () => {
    expect(Object.fromEntries(COMMANDS.map((c) => [c, formatsOf(c)]))).toEqual({
      check: ['text', 'json', 'sarif', 'junit', 'github', 'markdown', 'csv'],
      budget: ['table', 'json', 'csv', 'markdown'],
      rapport: ['html'],
      status: ['text', 'json', 'csv', 'markdown'],
      voortgang: ['html', 'json'],
    });
  });

  it.each(COMMANDS.flatMap((c) => formatsOf(c).map((f) => [c, f] as const)))('%s %s loads a formatter', async (command, format) => {
    const formatter = await formatterFor(command, format as never);
    expect(typeof formatter).toBe('function');
  });

  it('chooses the default without --format and refuses a format of another command', () => {
    expect(chooseFormat('budget', undefined)).toBe('table');
    expect(chooseFormat('check', undefined)).toBe('text');
    expect(chooseFormat('status', 'csv')).toBe('csv');
    expect(usageText(() => chooseFormat('budget', 'sarif'), 'nl')).toBe('onbekend formaat "sarif"; kies uit: table, json, csv, markdown');
    expect(usageText(() => chooseFormat('rapport', 'pdf'), 'en')).toBe('unknown format "pdf"; choose from: html');
    // An inherited property name is not a format.
    expect(() => chooseFormat('check', 'toString')).toThrow(UsageError);
  });
});
