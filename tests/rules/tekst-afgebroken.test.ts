import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXAMPLES } from '../helpers/cli.js';
import { parseFindings } from './pipeline-harness.js';

/** A clean application; line 7 is its `titel`. */
const base = readFileSync(join(EXAMPLES, 'ai-spraakgestuurd-rapporteren-vvt.yaml'), 'utf8');
const withTitle = (line: string) => base.replace(/^titel: .*$/m, line);

describe('tekst-afgebroken', () => {
  it('a free text with " #" and no quotes is cut by the comment: found, fixed by quoting the whole line', () => {
    const findings = parseFindings(withTitle('titel: Spraakgestuurd rapporteren #1 in Oost'));
    expect(findings.map((f) => [f.ruleId, f.messageId, f.line, f.column, f.endColumn])).toEqual([['tekst-afgebroken', 'cut', 7, 8, 34]]);
    expect(findings[0]!.fix).toMatchObject({ replacement: '"Spraakgestuurd rapporteren #1 in Oost"', range: { line: 7, column: 8, endLine: 7, endColumn: 45 } });
    expect(findings[0]!.message).toBe('titel: " #" begint in YAML commentaar, dus de tekst is alleen "Spraakgestuurd rapporteren" en "#1 in Oost" valt weg; bedoelt u de hele tekst, schrijf titel: "Spraakgestuurd rapporteren #1 in Oost"');
  });

  it('the same text in quotes is whole: nothing to say', () => {
    expect(parseFindings(withTitle('titel: "Spraakgestuurd rapporteren #1 in Oost"'))).toEqual([]);
  });
});
