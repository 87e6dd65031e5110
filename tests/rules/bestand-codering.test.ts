import { describe, expect, it } from 'vitest';
import { brief, parseFindings } from './pipeline-harness.js';

describe('bestand-codering', () => {
  it('accepts UTF-8 with a BOM, positions counted without it', () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('soort: iets\n')]);
    expect(brief(parseFindings(bytes))).toEqual([['soort-onbekend', 'unknown', 1, 8]]);
  });

  it('reports invalid UTF-8 at the line and column of the bad byte', () => {
    const bytes = Buffer.concat([Buffer.from('soort: aanvraag\ntitel: caf'), Buffer.from([0xe9]), Buffer.from('\n')]);
    const findings = parseFindings(bytes);
    expect(brief(findings)).toEqual([['bestand-codering', 'invalidUtf8', 2, 11]]);
    expect(findings[0]!.message).toBe('bestand is geen geldige UTF-8 (ongeldige byte 0xe9 op positie 26); sla het op als UTF-8');
  });

  it('reports UTF-16 with a BOM, and without one', () => {
    const text = 'soort: aanvraag\n';
    const withBom = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    expect(brief(parseFindings(withBom))).toEqual([['bestand-codering', 'utf16', 1, 1]]);
    expect(brief(parseFindings(Buffer.from(text, 'utf16le')))).toEqual([['bestand-codering', 'utf16', 1, 1]]);
  });

  it('reports binary data at its first NUL byte', () => {
    const bytes = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52]);
    const findings = parseFindings(bytes, 'en');
    expect(brief(findings)).toEqual([['bestand-codering', 'binary', 3, 1]]);
    expect(findings[0]!.message).toBe('file contains binary data (NUL byte at offset 8); is this a YAML file?');
  });
});
