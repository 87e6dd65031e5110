/** Line ends as editors write them: LF, CRLF and CR alone (old Mac editors) are all line breaks. */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseFindings } from '../rules/pipeline-harness.js';
import { EXAMPLES } from '../helpers/cli.js';

const SCHEMA_ERRORS = readFileSync(join(EXAMPLES, 'schemafouten.yaml'), 'utf8');
const brief = (text: string) => parseFindings(text).map((f) => [f.ruleId, f.line, f.column]);

describe('line ends', () => {
  it('a file with CR alone, starting with a comment, is read (not "empty")', () => {
    expect(brief('# opmerking\rsoort: modelplan\r')).toEqual(brief('# opmerking\nsoort: modelplan\n'));
    expect(brief('# opmerking\rsoort: modelplan\r').map(([rule]) => rule)).not.toContain('bestand-leeg');
  });

  it('CR alone, CRLF and LF give the same findings at the same lines and columns', () => {
    const lf = brief(SCHEMA_ERRORS);
    expect(lf.length).toBeGreaterThan(0);
    expect(brief(SCHEMA_ERRORS.replace(/\n/g, '\r'))).toEqual(lf);
    expect(brief(SCHEMA_ERRORS.replace(/\n/g, '\r\n'))).toEqual(lf);
  });
});
