/**
 * `check --cache`: hit (an unchanged file is not parsed again, the report is the same byte for
 * byte, set-level rules still run from the cached facts), miss (a changed file is parsed again),
 * invalidation (another frame), a corrupt or foreign cache (ignored with a notice, rebuilt), the
 * atomic write, and the usage mistakes. Parses of applications are counted through the parse
 * layer, never timed.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync, appendFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';

const parses = vi.hoisted(() => ({ count: 0 }));
vi.mock('../../src/validate/document.js', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../src/validate/document.js')>();
  return {
    ...actual,
    // Applications only: the frame's own files are parsed when the frame is loaded, cache or not.
    readDocument: (bytes: Uint8Array) => {
      if (Buffer.from(bytes).includes('soort: aanvraag')) parses.count++;
      return actual.readDocument(bytes);
    },
  };
});

const { EXAMPLES, MODELPLANNEN, runInProcess } = await import('../helpers/cli.js');

const VALID = ['ai-spraakgestuurd-rapporteren-vvt.yaml', 'digitaal-zorgpad-copd-msz.yaml', 'sociaal-domein-valpreventie.yaml', 'regelfouten-vacuumtherapie.yaml'];

/** Four applications and a copy of the first (a set-level finding that must survive the cache). */
function batch(): string {
  const dir = mkdtempSync(join(tmpdir(), 'modelplan-cache-'));
  for (const name of VALID) cpSync(join(EXAMPLES, name), join(dir, 'in', name));
  cpSync(join(EXAMPLES, VALID[0]!), join(dir, 'in', 'zz-kopie.yaml'));
  return dir;
}

async function check(dir: string, extra: string[] = []) {
  return runInProcess(['check', '--format', 'json', ...extra, 'in'], { cwd: dir });
}

const NOTICE_CORRUPT = (detail: string) => `modelplan: cache .modelplancache is onleesbaar of niet van modelplan (${detail}): niet gebruikt, alles opnieuw gecontroleerd\n`;

describe('check --cache', () => {
  beforeEach(() => {
    parses.count = 0;
  });

  it('hit: a second run parses nothing, reports byte for byte what a run without the cache reports, duplicates included', async () => {
    const dir = batch();
    const plain = await check(dir);
    parses.count = 0;
    const first = await check(dir, ['--cache']);
    expect(parses.count).toBe(5);
    expect(first).toEqual(plain);
    const written = statSync(join(dir, '.modelplancache'));
    parses.count = 0;
    const second = await check(dir, ['--cache']);
    expect(parses.count).toBe(0);
    expect(second).toEqual(plain);
    // Nothing changed: the cache is not written again (a rewrite renames a new file into place: another inode).
    expect(statSync(join(dir, '.modelplancache')).ino).toBe(written.ino);
    const report = JSON.parse(second.stdout) as { files: { file: string; findings: { ruleId: string }[] }[] };
    expect(report.files.filter((f) => f.findings.some((x) => x.ruleId === 'aanvraag-dubbel')).map((f) => f.file)).toEqual([`in/${VALID[0]}`, 'in/zz-kopie.yaml']);
    // Written atomically: the cache file and nothing else beside the inputs.
    expect(readdirSync(dir).sort()).toEqual(['.modelplancache', 'in']);
  });

  it('miss: a changed file is parsed again, the others come from the cache', async () => {
    const dir = batch();
    await check(dir, ['--cache']);
    writeFileSync(join(dir, 'in', VALID[1]!), readFileSync(join(EXAMPLES, VALID[1]!), 'utf8').replace(/^titel: .*$/m, 'titel: Een andere titel'));
    parses.count = 0;
    const before = statSync(join(dir, '.modelplancache')).ino;
    const cached = await check(dir, ['--cache']);
    expect(parses.count).toBe(1);
    expect(cached).toEqual(await check(dir));
    expect(statSync(join(dir, '.modelplancache')).ino).not.toBe(before);
    // A copy that changed into another application is no copy any more: the set stage sees it.
    appendFileSync(join(dir, 'in', 'zz-kopie.yaml'), 'afwijkingen: []\n');
    parses.count = 0;
    const again = await check(dir, ['--cache']);
    expect(parses.count).toBe(1);
    expect(again).toEqual(await check(dir));
    // A file gone from the batch, the others all hits: the cache is written without it.
    rmSync(join(dir, 'in', 'zz-kopie.yaml'));
    const full = statSync(join(dir, '.modelplancache')).ino;
    parses.count = 0;
    const without = await check(dir, ['--cache']);
    expect(parses.count).toBe(0);
    expect(without).toEqual(await check(dir));
    expect(statSync(join(dir, '.modelplancache')).ino).not.toBe(full);
    expect(Object.keys((JSON.parse(readFileSync(join(dir, '.modelplancache'), 'utf8')) as { files: object }).files).sort()).toEqual(VALID.map((n) => `in/${n}`).sort());
  });

  it('invalidation: another frame (an edited modelplan) or a cache made for it: everything is parsed again, silently', async () => {
    const dir = batch();
    await check(dir, ['--cache']);
    cpSync(MODELPLANNEN, join(dir, 'kader'), { recursive: true });
    const plan = readdirSync(join(dir, 'kader')).find((n) => n.endsWith('.yaml') && readFileSync(join(dir, 'kader', n), 'utf8').includes('soort: modelplan'))!;
    appendFileSync(join(dir, 'kader', plan), '# een opmerking verandert het kader niet\n');
    parses.count = 0;
    const sameFrame = await check(dir, ['--cache', '--modelplannen', 'kader']);
    // The frame's content is what counts: a comment in a modelplan leaves every entry valid.
    expect(parses.count).toBe(0);
    expect(sameFrame.stderr).toBe('');
    writeFileSync(join(dir, 'kader', plan), readFileSync(join(dir, 'kader', plan), 'utf8').replace(/^titel: .*$/m, 'titel: Een ander modelplan'));
    parses.count = 0;
    const otherFrame = await check(dir, ['--cache', '--modelplannen', 'kader']);
    expect(parses.count).toBe(5);
    expect(otherFrame).toEqual(await check(dir, ['--modelplannen', 'kader']));
  });

  const broken: [string, string, string][] = [
    ['not JSON', '{ half', 'JSON'],
    ['another tool’s file', '{"version":4,"files":{}}\n', 'modelplanCache'],
    ['a forged entry without its hash', JSON.stringify({ modelplanCache: 1, key: 'a'.repeat(64), files: { 'in/x.yaml': { file: 'in/x.yaml', kind: 'aanvraag', parsed: true, valid: true, findings: [] } } }), 'files/in/x.yaml'],
    ['an entry under another path', JSON.stringify({ modelplanCache: 1, key: 'a'.repeat(64), files: { 'in/x.yaml': { file: 'in/y.yaml', sha256: 'b'.repeat(64), kind: 'aanvraag', parsed: true, valid: true, findings: [] } } }), 'files/in/x.yaml'],
  ];
  for (const [name, content, detail] of broken) {
    it(`a corrupt or foreign cache (${name}) is ignored with a notice, never trusted, and rebuilt`, async () => {
      const dir = batch();
      writeFileSync(join(dir, '.modelplancache'), content);
      const plain = await check(dir);
      parses.count = 0;
      const result = await check(dir, ['--cache']);
      expect(parses.count).toBe(5);
      expect(result).toEqual({ ...plain, stderr: NOTICE_CORRUPT(detail) });
      parses.count = 0;
      expect(await check(dir, ['--cache'])).toEqual(plain);
      expect(parses.count).toBe(0);
    });
  }

  it('--cache-location: the cache where it is asked for; a folder that does not exist is a notice, not a failure', async () => {
    const dir = batch();
    const plain = await check(dir);
    await check(dir, ['--cache', '--cache-location', 'eigen.cache']);
    expect(readdirSync(dir).sort()).toEqual(['eigen.cache', 'in']);
    parses.count = 0;
    expect(await check(dir, ['--cache', '--cache-location', 'eigen.cache'])).toEqual(plain);
    expect(parses.count).toBe(0);
    const missing = await check(dir, ['--cache', '--cache-location', 'nergens/x.cache']);
    expect(missing.stdout).toBe(plain.stdout);
    expect(missing.code).toBe(plain.code);
    expect(missing.stderr).toMatch(/^modelplan: cache nergens\/x\.cache kon niet worden geschreven \(.+\)\n$/);
  });

  it('usage: --cache-location without --cache exits 2; check --fix neither reads nor writes the cache', async () => {
    const dir = batch();
    expect(await check(dir, ['--cache-location', 'x.cache'])).toEqual({
      code: 2,
      stdout: '',
      stderr: 'modelplan: --cache-location hoort bij --cache: modelplan check --cache --cache-location <bestand> <paden...>\n',
    });
    await runInProcess(['check', '--fix', '--cache', 'in'], { cwd: dir });
    expect(readdirSync(dir)).toEqual(['in']);
  });
});
