/**
 * `modelplan rapport` end to end: the file written atomically, the stamp's peildatum (validated, or
 * today from the injected clock), Dutch and English, exit codes, and every text from the inputs
 * escaped (checked with a real HTML parser: one script, ours, and no element or attribute from input).
 */
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parsePeildatum } from '../../src/options/rapport.js';
import { EXAMPLES, runBuilt, runInProcess } from '../helpers/cli.js';
import { attr, elements, parseHtml, section, textOf } from './html-figures.js';

const CLOCK = () => new Date('2027-04-15T23:30:00Z');

describe('modelplan rapport', () => {
  it('writes one HTML file atomically (no temporary file left) and prints nothing; exit 0 with invalid applications among the inputs', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'rapport-cli-'));
    const out = join(dir, 'rapport.html');
    const result = await runInProcess(['rapport', 'examples/', '-o', out, '--peildatum', '2027-03-01']);
    expect(result).toMatchObject({ code: 0, stdout: '', stderr: '' });
    expect(readdirSync(dir)).toEqual(['rapport.html']);
    const page = parseHtml(readFileSync(out, 'utf8'));
    expect(attr(page, 'lang')).toBe('nl');
    expect(textOf(elements(page, (e) => e.tagName === 'h1')[0]!)).toBe('AZWA-doorbraakmiddelen: overzicht van alle aanvragen');
    expect(textOf(elements(section(page, 'stempel'), (e) => attr(e, 'data-field') === 'peildatum')[0]!)).toBe('2027-03-01');
    // The social domain's amount is reserved, not a guide amount: its row says so and a note explains.
    const themas = section(page, 'themas');
    expect(elements(themas, (e) => e.tagName === 'tr' && attr(e, 'data-key') === 'sociaal-domein').map((row) => textOf(elements(row, (e) => e.tagName === 'th')[0]!))).toEqual(['Sociaal domein (basisfunctionaliteiten) (gereserveerd)']);
    expect(elements(themas, (e) => e.tagName === 'p' && textOf(e).startsWith('Gereserveerd: Sociaal domein'))).toHaveLength(1);
  });

  it('the built binary makes the same page', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rapport-bin-'));
    const out = join(dir, 'r.html');
    const result = runBuilt(['rapport', 'examples/', '-o', out, '--peildatum', '2027-03-01']);
    expect(result.code).toBe(0);
    expect(readFileSync(out, 'utf8')).toContain('<time datetime="2027-03-01">2027-03-01</time>');
  });

  it('stamps today from the injected clock (UTC date) when no --peildatum is given, and is otherwise deterministic', async () => {
    const first = await runInProcess(['rapport', 'examples/'], { now: CLOCK });
    const second = await runInProcess(['rapport', 'examples/'], { now: CLOCK });
    expect(first.code).toBe(0);
    expect(first.stdout).toContain('<time datetime="2027-04-15">2027-04-15</time>');
    expect(second.stdout).toBe(first.stdout);
  });

  it('stamps the tool, budgetkader and modelplannen with their versions and the files counted and left out', async () => {
    const { stdout } = await runInProcess(['rapport', 'examples/', '--peildatum', '2027-03-01']);
    const stamp = section(parseHtml(stdout), 'stempel');
    const field = (name: string) => textOf(elements(stamp, (e) => attr(e, 'data-field') === name)[0]!);
    expect(field('tool')).toMatch(/^modelplan \d+\.\d+\.\d+$/);
    expect(field('budgetkader')).toBe('azwa-doorbraakmiddelen 1.0.0 (concept)');
    expect(field('files')).toBe('34 bestanden: 7 aanvragen meegeteld (waarvan 3 met aanvullende beoordeling); niet meegeteld: 4 ongeldig (waarvan 1 onleesbaar), 0 dubbel, 0 weggelaten omdat ze aanvullende beoordeling vragen (alleen met --zonder-aanvullende-beoordeling), 23 andere bestanden (kader, beoordelingen)');
    expect(field('modelplannen')).toContain('spraakgestuurd-rapporteren 1.0.0 (concept)');
  });

  it.each(['2027-13-01', '2027-02-29', '27-03-01', '2027-3-1', 'gisteren', ''])('rejects --peildatum %j with exit 2', async (value) => {
    const result = await runInProcess(['rapport', 'examples/', '--peildatum', value]);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain(`--peildatum verwacht een datum JJJJ-MM-DD, bijvoorbeeld 2027-03-01, gevonden "${value}"`);
  });

  it('accepts real calendar days only', () => {
    expect(parsePeildatum('2028-02-29')).toBe('2028-02-29');
    expect(parsePeildatum('2027-02-29')).toBeNull();
    expect(parsePeildatum('2027-04-31')).toBeNull();
  });

  it('speaks English with --lang en', async () => {
    const result = await runInProcess(['rapport', 'examples/', '--peildatum', '2027-03-01', '--lang', 'en']);
    expect(result.code).toBe(0);
    const page = parseHtml(result.stdout);
    expect(attr(page, 'lang')).toBe('en');
    expect(textOf(elements(page, (e) => e.tagName === 'h1')[0]!)).toBe('AZWA doorbraakmiddelen: overview of all applications');
    expect(textOf(section(page, 'samenvatting'))).toContain('7 applications together ask € 11,700,000 of € 800,000,000 (1.5%).');
    const bad = await runInProcess(['rapport', 'examples/', '--peildatum', 'x', '--lang', 'en']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--peildatum expects a date YYYY-MM-DD');
  });
});

describe('rapport escapes every text from the inputs', () => {
  const HOSTILE_TITLE = '</script><script>alert(1)</script><img src=x onerror=alert(2)> & "quoted" \'single\'';
  // The direction override sits in the title: in a name it makes the application ongeldig (onzichtbaar-teken), so its row would show no title.
  const BIDI = '\u202egniwollof';
  const HOSTILE_NAME = '"><b onmouseover=alert(3)>vet</b>\u0007';
  let html = '';
  let file = '';

  beforeAll(async () => {
    const dir = mkdtempSync(join(tmpdir(), 'rapport-hostile-'));
    file = join(dir, 'a<b>&"c.yaml');
    const source = readFileSync(join(EXAMPLES, 'ai-spraakgestuurd-rapporteren-vvt.yaml'), 'utf8')
      .replace(/^titel: .*$/m, `titel: ${JSON.stringify(HOSTILE_TITLE + BIDI)}`)
      .replace('naam: "Coalitie Spraakgestuurd Rapporteren Vechtstreek"', `naam: ${JSON.stringify(HOSTILE_NAME)}`);
    writeFileSync(file, source);
    writeFileSync(join(dir, '<kapot>.yaml'), 'soort: aanvraag\ntitel: [<script>\n');
    const result = await runInProcess(['rapport', dir, '--peildatum', '2027-03-01']);
    expect(result.code).toBe(0);
    html = result.stdout;
  });

  it('has exactly one script, ours, with no input in it, and no element or event handler from the input', () => {
    const page = parseHtml(html);
    const scripts = elements(page, (e) => e.tagName === 'script');
    expect(scripts).toHaveLength(1);
    expect(textOf(scripts[0]!)).not.toMatch(/alert|kapot|Coalitie/);
    expect(elements(page, (e) => ['img', 'b', 'iframe', 'object', 'embed', 'link'].includes(e.tagName))).toEqual([]);
    expect(elements(page, (e) => e.attrs.some((a) => a.name.startsWith('on')))).toEqual([]);
  });

  it('shows the texts as typed, control and bidi characters as visible escapes', () => {
    const table = section(parseHtml(html), 'aanvragen');
    const text = textOf(table);
    expect(text).toContain(HOSTILE_TITLE + '\\u202egniwollof');
    expect(text).toContain('"><b onmouseover=alert(3)>vet</b>\\x07');
    expect(text).not.toContain('\u202e');
    const rowFiles = elements(table, (e) => e.tagName === 'tr' && attr(e, 'data-file') !== undefined).map((e) => attr(e, 'data-file'));
    expect(rowFiles.some((f) => f!.endsWith('a<b>&"c.yaml'))).toBe(true);
    expect(rowFiles.some((f) => f!.endsWith('<kapot>.yaml'))).toBe(true);
  });

  it('loads nothing: no src, no external href, no url() and a CSP that forbids every fetch', () => {
    const page = parseHtml(html);
    expect(elements(page, (e) => e.attrs.some((a) => a.name === 'src'))).toEqual([]);
    expect(elements(page, (e) => e.attrs.some((a) => a.name === 'href' && !a.value.startsWith('#')))).toEqual([]);
    expect(textOf(elements(page, (e) => e.tagName === 'style')[0]!)).not.toMatch(/url\(|@import/);
    const csp = elements(page, (e) => e.tagName === 'meta' && attr(e, 'http-equiv') === 'Content-Security-Policy')[0]!;
    expect(attr(csp, 'content')).toMatch(/^default-src 'none';/);
  });
});
