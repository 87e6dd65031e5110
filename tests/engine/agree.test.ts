/**
 * Issue 28: one driver. The form and the language server check a text through the engine's entry
 * for one text with a path; that equals `modelplan check` on the same file byte for byte in
 * --format json (every example), and for any batch `check --fix --dry-run` reports exactly what
 * `check` reports after the repairs (and what `check` reports when there is nothing to repair).
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { pathToFileURL } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkText as formCheck } from '../../src/form/check.js';
import { loadFrame } from '../../src/frame/load.js';
import { toDiagnostics } from '../../src/lsp/diagnostics.js';
import { startLanguageServer } from '../../src/lsp/server.js';
import { timerScheduler } from '../../src/lsp/types.js';
import type { FileResult, Report } from '../../src/report/types.js';
import { EXAMPLES, MODELPLANNEN, ROOT, runInProcess } from '../helpers/cli.js';
import { LspClient } from '../helpers/lsp-client.js';

const MAX = 2 * 1024 * 1024;
const frame = await loadFrame(MODELPLANNEN, ROOT);

async function checkJson(paths: string[], cwd: string, extra: string[] = []): Promise<Report> {
  const result = await runInProcess(['check', '--format', 'json', ...extra, ...paths], { cwd });
  expect(result.stderr).toBe('');
  return JSON.parse(result.stdout) as Report;
}

/** Every example: applications, decision files, and the modelplannen of the frame. */
const EVERY = [
  ...readdirSync(EXAMPLES).filter((n) => n.endsWith('.yaml')).map((n) => `examples/${n}`),
  ...readdirSync(join(EXAMPLES, 'beoordelingen')).map((n) => `examples/beoordelingen/${n}`),
  ...readdirSync(MODELPLANNEN).filter((n) => n.endsWith('.yaml')).map((n) => `modelplannen/${n}`),
].sort();

describe('issue 28: the form and the language server equal check', () => {
  it('the form’s check of every example is check’s result for that file, byte for byte in --format json', async () => {
    for (const name of EVERY) {
      const text = readFileSync(join(ROOT, name), 'utf8');
      const [file] = (await checkJson([name], ROOT)).files as [FileResult];
      const form = await formCheck(text, name, frame, { lang: 'nl', maxFileBytes: MAX });
      expect(JSON.stringify(form.result), name).toBe(JSON.stringify(file));
    }
  });

  it('the language server publishes for every example exactly the diagnostics of check’s result for that file', async () => {
    const toServer = new PassThrough();
    const fromServer = new PassThrough();
    const exit = startLanguageServer({ input: toServer, output: fromServer }, { lang: 'nl', cwd: ROOT, maxFileBytes: MAX, debounceMs: 0, schedule: timerScheduler });
    const client = new LspClient(fromServer, toServer);
    await client.initialize(pathToFileURL(ROOT).href);
    for (const name of EVERY) {
      const text = readFileSync(join(ROOT, name), 'utf8');
      const uri = pathToFileURL(join(ROOT, name)).href;
      const [file] = (await checkJson([name], ROOT)).files as [FileResult];
      await client.open(uri, text);
      const published = await client.diagnostics(uri, (p) => p.version === 1);
      expect(published.diagnostics, name).toEqual(toDiagnostics(file, 'nl', text.startsWith('\uFEFF')));
    }
    await client.shutdown();
    expect(await exit).toBe(0);
    client.connection.dispose();
  });
});

/** Texts a batch is made of: the examples as they are, with a comment, with a repair to make, or copied. */
const APPLICATIONS = readdirSync(EXAMPLES).filter((n) => n.endsWith('.yaml')).sort();
const DECISIONS = readdirSync(join(EXAMPLES, 'beoordelingen')).sort();
const VARIANTS = ['as-is', 'comment', 'thousands', 'no-break-space', 'code-without-quotes'] as const;

function variant(text: string, kind: (typeof VARIANTS)[number]): string {
  switch (kind) {
    case 'as-is':
      return text;
    case 'comment':
      return `${text}# nagekomen opmerking\n`;
    case 'thousands':
      return text.replace(/(\n\s+bedrag: )(\d{1,3})(\d{3})\n/, '$1$2.$3\n');
    case 'no-break-space':
      return text.replace(/\nthema: /, '\nthema:\u00a0');
    case 'code-without-quotes':
      return text.replace(/agb: "(\d+)"/, 'agb: $1');
  }
}

const batch = fc.uniqueArray(
  fc.record({
    source: fc.oneof(fc.constantFrom(...APPLICATIONS.map((n) => `examples/${n}`)), fc.constantFrom(...DECISIONS.map((n) => `examples/beoordelingen/${n}`))),
    variant: fc.constantFrom(...VARIANTS),
    name: fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f'),
  }),
  { minLength: 1, maxLength: 4, selector: (f) => f.name },
);

describe('issue 28: check --fix --dry-run is check after the repairs, for any batch', () => {
  it('holds on generated batches (copies, decision files, repairs to make)', async () => {
    await fc.assert(
      fc.asyncProperty(batch, async (files) => {
        const dir = mkdtempSync(join(tmpdir(), 'modelplan-agree-'));
        try {
          const texts: Record<string, string> = {};
          for (const f of files) {
            texts[`${f.name}.yaml`] = variant(readFileSync(join(ROOT, f.source), 'utf8'), f.variant);
            writeFileSync(join(dir, `${f.name}.yaml`), texts[`${f.name}.yaml`]!);
          }
          const plain = await checkJson(['.'], dir);
          const dry = await checkJson(['.'], dir, ['--fix', '--dry-run']);
          const repairs = plain.files.some((f) => f.findings.some((x) => x.fix));
          if (!repairs) expect(JSON.stringify(dry)).toBe(JSON.stringify(plain));
          // The same batch repaired for real, then checked: what the dry run said, exactly.
          const fixed = mkdtempSync(join(tmpdir(), 'modelplan-agree-fixed-'));
          try {
            cpSync(dir, fixed, { recursive: true });
            const wrote = await runInProcess(['check', '--fix', '.'], { cwd: fixed });
            expect(wrote.stderr).toBe('');
            expect(JSON.stringify(await checkJson(['.'], fixed))).toBe(JSON.stringify(dry));
          } finally {
            rmSync(fixed, { recursive: true, force: true });
          }
          // Every file alone: the form (and the language server's entry) equal check on that file.
          for (const [name, text] of Object.entries(texts)) {
            const [alone] = (await checkJson([name], dir)).files as [FileResult];
            expect(JSON.stringify((await formCheck(text, name, frame, { lang: 'nl', maxFileBytes: MAX })).result)).toBe(JSON.stringify(alone));
          }
        } finally {
          rmSync(dir, { recursive: true, force: true });
        }
      }),
      { numRuns: 12, seed: 28 },
    );
  });
});
