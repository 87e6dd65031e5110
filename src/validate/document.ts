/**
 * Bytes → a typed document: decode, parse, find the kind (the explicit `soort` field) and validate
 * against that kind's schema. Every problem is a finding input with its position.
 */
import { DOCUMENT_KINDS } from '../domain/kinds.js';
import type { FindingInput } from '../rules/finding.js';
import { neutralValue } from '../report/neutral.js';
import { FILE_START, type DocumentKind, type Position } from '../report/types.js';
import type { TypedFinding } from '../rules/ids.js';
import { humanizeSchemaErrors } from './humanize.js';
import { suggest } from './suggest.js';
import { findPlaceholders, placeholderFinding } from './placeholders.js';
import { validateDocument } from './schemas.js';
import { checkAsWritten, mayBeMisread, renameKeyFix } from './as-written.js';
import { bytePosition, decode } from '../parse/decode.js';
import { parseFastDocument } from '../parse/fast.js';
import { locatorFor, parseYaml, type ParsedDocument } from '../parse/yaml.js';
import { DEFAULT_PARSE_LIMITS, type ParseLimits } from '../parse/limits.js';


/** A finding input that already knows where it is (parse problems have no pointer to resolve). */
export interface PlacedInput extends FindingInput {
  position?: Position;
}

/**
 * A finding of the parse stage: rule and message ID checked against the rule registry at compile
 * time, args language-neutral (values and codes; src/report/neutral.ts).
 */
export type ParseFinding = TypedFinding & { position?: Position };

export interface DocumentOutcome {
  kind: DocumentKind | null;
  /** Present when the document parsed; `valid` says whether it also passed its schema. */
  data?: unknown;
  valid: boolean;
  locate: (pointer: string, atKey?: boolean) => Position;
  findings: ParseFinding[];
}

const nowhere = () => FILE_START;

export function readDocument(bytes: Uint8Array, limits: ParseLimits = DEFAULT_PARSE_LIMITS): DocumentOutcome {
  const decoded = decode(bytes);
  if (!decoded.ok) {
    const { problem } = decoded;
    const at = bytePosition(bytes, problem.offset);
    const args: Record<string, string | number> = { offset: problem.offset };
    if (problem.messageId === 'invalidUtf8') args.byte = '0x' + problem.byte.toString(16).padStart(2, '0');
    return {
      kind: null,
      valid: false,
      locate: nowhere,
      findings: [{ ruleId: 'bestand-codering', messageId: problem.messageId, pointer: '', args, position: { ...at, endLine: at.line, endColumn: at.column } }],
    };
  }
  // Line ends of only a carriage return (old Mac editors) are line breaks to YAML and to editors,
  // but not to the parser's comments and line counter: read as line feeds, character for character,
  // so every offset (and every repair) stays where it was.
  if (decoded.text.includes('\r')) decoded.text = decoded.text.replace(/\r(?!\n)/g, '\n');
  // The common case, a plain document that passes its schema, is served by the fast parser;
  // anything else (a finding of any kind) is decided by the reference parser alone.
  // A value YAML may have misread (`bedrag: 150.000`) needs the source ranges of the reference path.
  const fast = mayBeMisread(decoded.text) ? undefined : parseFastDocument(decoded.text);
  if (fast) {
    const outcome = classify(fast.data, locateLazily(decoded.text, fast.locator, limits));
    if (outcome.findings.length === 0) return outcome;
  }
  const parsed = parseYaml(decoded.text, limits);
  if (!parsed.ok) {
    return {
      kind: null,
      valid: false,
      locate: nowhere,
      findings: parsed.problems.map(({ fix, ...p }): ParseFinding => ({ ...p, pointer: '', ...(fix ? { fix } : {}) })),
    };
  }
  return classify(parsed.doc.data, parsed.doc.locate, parsed.doc.source);
}

/**
 * Positions for a fast-path document, worked out when the first one is asked for (a rule found
 * something): from the fast pass's own events, or, where those have a shape it leaves to `yaml`,
 * from a `yaml` parse.
 */
function locateLazily(text: string, fromFastPass: () => DocumentOutcome['locate'] | undefined, limits: ParseLimits): DocumentOutcome['locate'] {
  let located: DocumentOutcome['locate'] | undefined;
  return (pointer, atKey) => {
    located ??= fromFastPass() ?? locatorFor(text, limits) ?? nowhere;
    return located(pointer, atKey);
  };
}

/**
 * Parsers hand out strings that are slices of the whole file text, so one short value kept in
 * the report (a title, a name) keeps the entire file in memory; with 10,000 files that tripled
 * the heap. Each string value is copied out of the text here, once.
 */
function detachStrings(value: unknown, depth = 0): void {
  if (value === null || typeof value !== 'object' || depth > 200) return;
  const record = value as Record<string, unknown>;
  for (const key of Object.keys(record)) {
    const item = record[key];
    // Concatenating and slicing again yields a string of its own (V8 flattens the concatenation).
    if (typeof item === 'string') record[key] = (' ' + item).slice(1);
    else detachStrings(item, depth + 1);
  }
}

/** Parsed data → its kind (the explicit `soort`), placeholders and schema findings. */
function classify(data: unknown, locate: DocumentOutcome['locate'], source?: ParsedDocument['source']): DocumentOutcome {
  detachStrings(data);
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    return { kind: null, data, valid: false, locate, findings: [{ ruleId: 'soort-onbekend', messageId: 'notMapping', pointer: '', args: { found: neutralValue(data) } }] };
  }
  const soort = (data as Record<string, unknown>).soort;
  if (soort === undefined) {
    return { kind: null, data, valid: false, locate, findings: [{ ruleId: 'soort-onbekend', messageId: 'missing', pointer: '' }] };
  }
  const kind = DOCUMENT_KINDS.find((k) => k === soort);
  if (!kind) {
    const suggestion = typeof soort === 'string' ? suggest(soort, DOCUMENT_KINDS) : undefined;
    return {
      kind: null,
      data,
      valid: false,
      locate,
      findings: [
        suggestion
          ? { ruleId: 'schema', messageId: 'enumSuggestion', pointer: '/soort', args: { path: 'soort', allowed: DOCUMENT_KINDS.join(', '), found: neutralValue(soort), suggestion } }
          : { ruleId: 'soort-onbekend', messageId: 'unknown', pointer: '/soort', args: { found: neutralValue(soort) } },
      ],
    };
  }
  // Placeholders from `modelplan init` are reported as such; schema errors at them give way.
  const placeholders = findPlaceholders(data);
  // Values judged as typed (amounts, codes, text cut by `#`); a schema error at one gives way too.
  const asWritten = source ? checkAsWritten(source.doc, source.text, kind, source.position) : [];
  const handled = new Set([...placeholders.map((p) => p.pointer), ...asWritten.map((f) => f.pointer)]);
  const errors = validateDocument(kind, data).filter((e) => !handled.has(e.instancePath));
  const findings: ParseFinding[] = [
    ...placeholders.map(placeholderFinding),
    ...asWritten,
    ...humanizeSchemaErrors(errors).map(({ rename, ...raw }): TypedFinding<'schema'> => {
      const fix = rename && source ? renameKeyFix(source.doc, raw.pointer, rename, source.position) : undefined;
      return { ...raw, ruleId: 'schema', ...(fix ? { fix } : {}) };
    }),
  ];
  // A warning (text cut by `#`) leaves the document valid: the rules still run on it.
  return { kind, data, valid: findings.every((f) => f.severity === 'warning' || f.severity === 'info'), locate, findings };
}
