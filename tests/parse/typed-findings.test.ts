/**
 * Issue 19, point 4: parse-layer findings carry message IDs typed from their rule, so a typo is a
 * compile error, not an interne-fout at run time. The checks are the type checker's: every
 * `@ts-expect-error` below must meet an error, or `npm run typecheck` (tsconfig.json includes
 * tests/) fails on the unused directive.
 */
import { describe, expect, expectTypeOf, it } from 'vitest';
import type { DecodeProblem } from '../../src/parse/decode.js';
import type { SyntaxMessageId } from '../../src/parse/diagnose.js';
import type { ParseFinding } from '../../src/validate/document.js';
import type { ParseProblem } from '../../src/parse/yaml.js';
import { FILE_START } from '../../src/report/types.js';
import type { MessageIdOf, MessageIds, RuleId, TypedFinding } from '../../src/rules/ids.js';
import type { AsWrittenFinding } from '../../src/validate/as-written.js';
import type { SchemaFinding } from '../../src/validate/humanize.js';

describe('parse-layer message IDs, typed from the rule registry', () => {
  it('derives each rule’s message IDs from its messages', () => {
    expectTypeOf<MessageIdOf<'soort-onbekend'>>().toEqualTypeOf<'notMapping' | 'missing' | 'unknown'>();
    expectTypeOf<MessageIdOf<'bestand-codering'>>().toEqualTypeOf<'invalidUtf8' | 'utf16' | 'binary'>();
    expectTypeOf<MessageIdOf<'yaml-alias'>>().toEqualTypeOf<'tooMany' | 'expansion' | 'circular'>();
    expectTypeOf<'schema'>().toExtend<RuleId>();
    expectTypeOf<SyntaxMessageId>().toExtend<MessageIdOf<'yaml-syntaxis'>>();
    expectTypeOf<DecodeProblem['messageId']>().toEqualTypeOf<MessageIdOf<'bestand-codering'>>();
    expectTypeOf<SchemaFinding['messageId']>().toEqualTypeOf<MessageIdOf<'schema'>>();
  });

  it('accepts a rule with one of its own message IDs', () => {
    const findings: ParseFinding[] = [
      { ruleId: 'soort-onbekend', messageId: 'missing', pointer: '' },
      { ruleId: 'schema', messageId: 'required', pointer: '/titel', args: { path: 'titel' } },
      { ruleId: 'bestand-codering', messageId: 'utf16', pointer: '', args: { offset: 0 }, position: FILE_START },
    ];
    const problem: ParseProblem = { ruleId: 'yaml-alias', messageId: 'circular', args: { name: 'lus' }, position: FILE_START };
    expect(findings.length + [problem].length).toBe(4);
  });

  it('refuses a misspelt message ID, a message ID of another rule and a misspelt rule ID', () => {
    // @ts-expect-error: 'missin' is not a message of soort-onbekend
    const typo: ParseFinding = { ruleId: 'soort-onbekend', messageId: 'missin', pointer: '' };
    // @ts-expect-error: 'empty' is a message of bestand-leeg, not of soort-onbekend
    const crossed: ParseFinding = { ruleId: 'soort-onbekend', messageId: 'empty', pointer: '' };
    // @ts-expect-error: there is no rule soort-onbekent
    const rule: ParseFinding = { ruleId: 'soort-onbekent', messageId: 'missing', pointer: '' };
    // @ts-expect-error: yaml-alias has no message 'duplicate' (yaml-dubbele-sleutel has)
    const problem: ParseProblem = { ruleId: 'yaml-alias', messageId: 'duplicate', args: {}, position: FILE_START };
    // @ts-expect-error: bestand-leeg has no message 'leeg' (its message is 'empty')
    const empty: ParseProblem = { ruleId: 'bestand-leeg', messageId: 'leeg', args: {}, position: FILE_START };
    // @ts-expect-error: the schema rule has no message 'requierd'
    const schema: SchemaFinding = { pointer: '/titel', messageId: 'requierd' };
    // @ts-expect-error: bestand-codering has no message 'utf8'
    const decoded: DecodeProblem = { messageId: 'utf8', offset: 0 };
    // @ts-expect-error: bedrag-notatie has no message 'cut' (tekst-afgebroken has)
    const asWritten: AsWrittenFinding = { ruleId: 'bedrag-notatie', messageId: 'cut', pointer: '', args: {}, position: FILE_START };
    // @ts-expect-error: 'tabs' is not a message of yaml-syntaxis
    const syntax: MessageIds<'yaml-syntaxis', 'tabIndent' | 'tabs'> = 'tabIndent';
    // @ts-expect-error: a finding of the union pairs each rule with its own messages only
    const paired: TypedFinding<'yaml-alias' | 'bestand-leeg'> = { ruleId: 'bestand-leeg', messageId: 'tooMany', pointer: '' };
    expect([typo, crossed, rule, problem, empty, schema, decoded, asWritten, syntax, paired]).toHaveLength(10);
  });
});
