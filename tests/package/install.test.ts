/**
 * The real install path without a registry: `npm pack` → `npm install --global ./modelplan-<versie>.tgz`
 * into a temporary prefix, then the installed `modelplan` run from another directory. Also the
 * GitHub Action and the pre-commit hook: their YAML parses, names only inputs and files that exist,
 * and the action's check script runs as GitHub would run it.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ROOT } from '../helpers/cli.js';
import { systemToolForTests } from '../helpers/system-tool.js';

const EXAMPLES_SUMMARY =
  '34 bestand(en): 24 zonder fouten, 10 met fouten; 27 fout(en), 8 waarschuwing(en), 3 info · beoordeling: 4 standaard, 3 aanvullende beoordeling, 4 ongeldig';

interface PackageJson {
  name: string;
  version: string;
  bin: Record<string, string>;
  files: string[];
  scripts: Record<string, string>;
}
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as PackageJson;

function npm(args: string[], cwd: string): { stdout: string; stderr: string } {
  const result = spawnSync('npm', args, { cwd, encoding: 'utf8', env: { ...process.env, npm_config_fund: 'false', npm_config_audit: 'false' }, timeout: 240_000 });
  if (result.status !== 0) throw new Error(`npm ${args.join(' ')} failed (${result.status}):\n${result.stderr}`);
  return { stdout: result.stdout, stderr: result.stderr };
}

describe('a tarball install from another directory', () => {
  it('packs, installs without build or install scripts and without warnings, and checks the examples', () => {
    const work = mkdtempSync(join(tmpdir(), 'modelplan-pack-'));
    // `npm pack` runs prepack (a fresh build, then the manifest without `prepare`). Here the build is
    // the one `npm test` just made, so the same manifest step is applied to the packed files.
    const [packed] = JSON.parse(npm(['pack', '--ignore-scripts', '--json', '--pack-destination', work], ROOT).stdout) as { filename: string; files: { path: string }[] }[];
    expect(packed!.files.map((f) => f.path)).toEqual(expect.arrayContaining(['dist/cli.js', 'dist/validate/compiled-schemas.js', 'dist/frame/bundled-frame.json', 'schemas/aanvraag.schema.json', 'modelplannen/budgetkader.yaml', 'package.json', 'README.md', 'LICENSE']));
    expect(packed!.files.some((f) => f.path.startsWith('tests/') || f.path.startsWith('src/'))).toBe(false);
    execFileSync('tar', ['xzf', join(work, packed!.filename), '-C', work]);
    const stage = join(work, 'package');
    const manifestStep = pkg.scripts.prepack!.split('&&').map((s) => s.trim()).find((s) => s.startsWith('npm pkg delete'))!;
    expect(manifestStep).toBe('npm pkg delete scripts.prepare');
    npm(manifestStep.split(' ').slice(1), stage);
    const [final] = JSON.parse(npm(['pack', '--ignore-scripts', '--json', '--pack-destination', work], stage).stdout) as { filename: string }[];
    const tarball = join(work, final!.filename);
    expect(final!.filename).toBe(`${pkg.name}-${pkg.version}.tgz`);

    const prefix = join(work, 'prefix');
    const install = npm(['install', '--global', '--prefix', prefix, '--prefer-offline', tarball], work);
    expect(install.stderr).not.toMatch(/warn/i);
    const installed = join(prefix, 'bin', 'modelplan');
    expect(existsSync(installed)).toBe(true);

    // Another directory, outside the repository, with a copy of the examples (decision files name their
    // application by its path from there): schemas and modelplannen come from the installed package.
    const elsewhere = mkdtempSync(join(tmpdir(), 'modelplan-elders-'));
    cpSync(join(ROOT, 'examples'), join(elsewhere, 'examples'), { recursive: true });
    const run = spawnSync(installed, ['check', '--no-color', 'examples/'], { cwd: elsewhere, encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(1);
    expect(run.stdout.trimEnd().split('\n').at(-1)).toBe(EXAMPLES_SUMMARY);
    const version = spawnSync(installed, ['--version'], { cwd: elsewhere, encoding: 'utf8' });
    expect(version.stdout).toBe(`${pkg.version}\n`);
  }, 300_000);

  it('packing removes the install script and puts package.json back afterwards', () => {
    expect(pkg.scripts.prepare).toBe('npm run build');
    expect(pkg.scripts.prepack).toBe('npm run build && cp package.json .package.json.orig && npm pkg delete scripts.prepare');
    expect(pkg.scripts.postpack).toBe('mv .package.json.orig package.json');
    expect(pkg.scripts.install ?? pkg.scripts.postinstall ?? pkg.scripts.preinstall).toBeUndefined();
  });
});

interface ActionYaml {
  inputs: Record<string, { description: string; default?: string }>;
  outputs: Record<string, { value: string }>;
  runs: { using: string; steps: { id?: string; name?: string; uses?: string; run?: string; env?: Record<string, string>; if?: string }[] };
}

describe('the composite GitHub Action (action.yml)', () => {
  const action = parse(readFileSync(join(ROOT, 'action.yml'), 'utf8')) as ActionYaml;
  const text = readFileSync(join(ROOT, 'action.yml'), 'utf8');

  it('is composite and refers only to inputs it declares', () => {
    expect(action.runs.using).toBe('composite');
    expect(Object.keys(action.inputs).sort()).toEqual(['fail-on', 'format', 'lang', 'modelplannen', 'node-version', 'paths', 'sarif']);
    const used = [...text.matchAll(/inputs\.([\w-]+)/g)].map((m) => m[1]!);
    expect(used.length).toBeGreaterThan(0);
    for (const name of used) expect(action.inputs, name).toHaveProperty([name]);
    const stepIds = action.runs.steps.flatMap((s) => (s.id ? [s.id] : []));
    for (const [, id] of text.matchAll(/steps\.([\w-]+)\./g)) expect(stepIds).toContain(id);
    // Inputs never spliced into a script's text (injection): only through env.
    for (const step of action.runs.steps) expect(step.run ?? '').not.toContain('${{');
  });

  it('runs the tool it installs, with the formats and options the CLI has', () => {
    const check = action.runs.steps.find((s) => s.id === 'check')!;
    expect(check.env!.MODELPLAN_CLI).toBe('${{ github.action_path }}/dist/cli.js');
    expect(pkg.bin.modelplan).toBe('dist/cli.js');
    expect(action.inputs.format!.default).toBe('github');
    expect(action.runs.steps.find((s) => s.uses?.startsWith('github/codeql-action/upload-sarif'))?.if).toContain("inputs.sarif == 'true'");
  });

  function runCheckStep(env: Record<string, string>): { status: number | null; output: string; summary: string; stdout: string; dir: string } {
    const check = action.runs.steps.find((s) => s.id === 'check')!;
    const dir = mkdtempSync(join(tmpdir(), 'modelplan-action-'));
    const output = join(dir, 'output');
    const summary = join(dir, 'summary');
    writeFileSync(output, '');
    writeFileSync(summary, '');
    // In a workspace of its own, as on a runner: the SARIF file lands there, never in this repository.
    const workspace = mkdtempSync(join(tmpdir(), 'modelplan-workspace-'));
    cpSync(join(ROOT, 'examples'), join(workspace, 'examples'), { recursive: true });
    const result = spawnSync('bash', ['-e', '-c', check.run!], {
      cwd: workspace,
      encoding: 'utf8',
      env: { PATH: process.env.PATH, MODELPLAN_CLI: join(ROOT, 'dist', 'cli.js'), GITHUB_OUTPUT: output, GITHUB_STEP_SUMMARY: summary, INPUT_FORMAT: 'github', INPUT_FAIL_ON: 'error', INPUT_SARIF: 'false', INPUT_LANG: 'nl', INPUT_MODELPLANNEN: '', ...env },
    });
    return { status: result.status, output: readFileSync(output, 'utf8'), summary: readFileSync(summary, 'utf8'), stdout: result.stdout, dir: workspace };
  }

  it('its check script annotates, summarises and records the exit code', () => {
    const failing = runCheckStep({ INPUT_PATHS: 'examples/ai-spraakgestuurd-rapporteren-vvt.yaml\nexamples/schemafouten.yaml' });
    expect(failing.status).toBe(0);
    expect(failing.output).toBe('exit-code=1\n');
    expect(failing.stdout).toContain('::error file=examples/schemafouten.yaml,');
    expect(failing.summary).toContain('## modelplan check');
    const clean = runCheckStep({ INPUT_PATHS: 'examples/ai-spraakgestuurd-rapporteren-vvt.yaml', INPUT_SARIF: 'true', INPUT_LANG: 'en' });
    expect(clean.output).toBe('exit-code=0\n');
    expect(clean.stdout).toBe('modelplan: 1 file(s), 0 error(s), 0 warning(s); standard 1, additional review 0, invalid 0\n');
    expect((JSON.parse(readFileSync(join(clean.dir, 'modelplan.sarif'), 'utf8')) as { version: string }).version).toBe('2.1.0');
    expect(existsSync(join(failing.dir, 'modelplan.sarif'))).toBe(false);
  });
});

describe('the pre-commit hook (.pre-commit-hooks.yaml)', () => {
  const hooks = parse(readFileSync(join(ROOT, '.pre-commit-hooks.yaml'), 'utf8')) as { id: string; entry: string; language: string; files: string; types: string[] }[];

  it('is a system hook that runs the installed package’s own command on YAML files', () => {
    expect(hooks).toHaveLength(1);
    const [hook] = hooks;
    expect(hook).toMatchObject({ id: 'modelplan-check', language: 'system', types: ['yaml'], entry: 'modelplan check --no-color' });
    expect(Object.keys(pkg.bin)).toContain(hook!.entry.split(' ')[0]);
    const files = new RegExp(hook!.files);
    expect(['examples/schemafouten.yaml', 'aanvragen/a.yml'].every((f) => files.test(f))).toBe(true);
    expect(files.test('README.md')).toBe(false);
  });

  // Debian's real pre-commit (CI installs it: .ci/run), on a temporary repository that uses the hook
  // from a local clone pinned to a commit, as the README shows; `modelplan` on PATH is this build.
  const hasPreCommit = systemToolForTests('pre-commit', 'sudo apt-get install -y pre-commit (Debian/Ubuntu) or pipx install pre-commit');
  it.skipIf(!hasPreCommit)('installs and runs with the real pre-commit, offline: a clean application passes, a broken one fails at its finding', () => {
    const base = mkdtempSync(join(tmpdir(), 'modelplan-pre-commit-'));
    const env = { PATH: `${join(base, 'bin')}:${process.env.PATH ?? ''}`, HOME: base, PRE_COMMIT_HOME: join(base, 'cache'), GIT_CONFIG_NOSYSTEM: '1', GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@example.org', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@example.org' };
    const run = (command: string, args: string[], cwd: string) => spawnSync(command, args, { cwd, env, encoding: 'utf8', timeout: 120_000 });
    const git = (args: string[], cwd: string) => {
      const result = run('git', args, cwd);
      if (result.status !== 0) throw new Error(`git ${args.join(' ')}: ${result.stderr}`);
      return result.stdout.trim();
    };
    mkdirSync(join(base, 'bin'));
    writeFileSync(join(base, 'bin', 'modelplan'), `#!/bin/sh\nexec "${process.execPath}" "${join(ROOT, 'dist', 'cli.js')}" "$@"\n`, { mode: 0o755 });
    const hookRepo = join(base, 'hook');
    mkdirSync(hookRepo);
    git(['init', '-q'], hookRepo);
    cpSync(join(ROOT, '.pre-commit-hooks.yaml'), join(hookRepo, '.pre-commit-hooks.yaml'));
    git(['add', '.'], hookRepo);
    git(['commit', '-q', '-m', 'hook'], hookRepo);
    const rev = git(['rev-parse', 'HEAD'], hookRepo);
    const project = join(base, 'project');
    mkdirSync(join(project, 'aanvragen'), { recursive: true });
    git(['init', '-q'], project);
    writeFileSync(join(project, '.pre-commit-config.yaml'), `repos:\n  - repo: ${hookRepo}\n    rev: ${rev}\n    hooks:\n      - id: modelplan-check\n        files: ^aanvragen/.*\\.ya?ml$\n`);
    cpSync(join(ROOT, 'examples', 'ai-spraakgestuurd-rapporteren-vvt.yaml'), join(project, 'aanvragen', 'goed.yaml'));
    git(['add', '.'], project);
    const install = run('pre-commit', ['install'], project);
    expect(install.status, install.stderr).toBe(0);
    const clean = run('pre-commit', ['run', '--all-files'], project);
    expect(clean.status, clean.stdout + clean.stderr).toBe(0);
    expect(clean.stdout).toMatch(/^modelplan check\.+Passed$/m);
    cpSync(join(ROOT, 'examples', 'schemafouten.yaml'), join(project, 'aanvragen', 'fout.yaml'));
    git(['add', '.'], project);
    const broken = run('git', ['commit', '-m', 'aanvragen'], project);
    expect(broken.status).toBe(1);
    expect(broken.stdout + broken.stderr).toMatch(/^modelplan check\.+Failed$/m);
    expect(broken.stdout + broken.stderr).toContain('aanvragen/fout.yaml');
    expect(git(['rev-list', '--all', '--count'], project)).toBe('0');
  }, 120_000);
});
