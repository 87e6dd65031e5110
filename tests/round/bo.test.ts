/** The BO's step of the round: its figures, its decision, the confirmations, and export nza after them (issue 25). */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyBoDecision, figuresHash } from '../../src/round/bo.js';
import type { StatusReport } from '../../src/round/status.js';
import type { BoBesluitSoort, NzaRequest, RoundFigures } from '../../src/round/types.js';
import { ROOT, runInProcess } from '../helpers/cli.js';
import { frame } from '../rules/harness.js';
import { approvedBatch, baseAanvraag, capaciteit, confirmBoth, confirmation, makeRegister, sha256, write, writeBo } from './bo-harness.js';
import { decision, fingerprintOf, type Batch } from './harness.js';

const nzaSchema = JSON.parse(readFileSync(join(ROOT, 'schemas/nza-aanvraag.schema.json'), 'utf8')) as object;
const validateNza = new Ajv2020({ strict: false, allErrors: true }).compile(nzaSchema);
const sum = (xs: number[]) => xs.reduce((s, x) => s + x, 0);

async function status(batch: Batch, register = true): Promise<StatusReport> {
  const result = await runInProcess(['status', '.', '--format', 'json', ...(register ? ['--register', 'register.json'] : [])], { cwd: batch.dir });
  return JSON.parse(result.stdout) as StatusReport;
}
const statuses = (s: StatusReport) => s.aanvragen.map((r) => [r.bestand, r.status, r.toegekend, r.boBedrag]);

/** The AI theme approved at € 5.400.000; the BO makes € 4.500.000 available, pro rata. */
async function cutRound(): Promise<Batch> {
  const batch = approvedBatch();
  await makeRegister(batch);
  await writeBo(batch, (b) => {
    b.themas = [{ thema: 'ai', besluit: 'pro-rata', beschikbaar: 4500000, motivering: 'Eerste tranche.' }];
  });
  return batch;
}

async function exportTo(batch: Batch, out: string, register = true) {
  return runInProcess(['export', 'nza', '.', ...(register ? ['--register', 'register.json'] : []), '-o', out], { cwd: batch.dir });
}

describe('status in the seed’s order', () => {
  it('akkoord waits for the BO; after a pro-rata cut wacht-op-bevestiging at the BO’s amounts; confirmed at them, definitief', async () => {
    const batch = approvedBatch();
    await makeRegister(batch);
    expect(statuses(await status(batch))).toEqual([
      ['a.yaml', 'akkoord', 2400000, null],
      ['b.yaml', 'akkoord', 3000000, null],
    ]);
    await writeBo(batch, (b) => {
      b.themas = [{ thema: 'ai', besluit: 'pro-rata', beschikbaar: 4500000, motivering: 'Eerste tranche.' }];
    });
    expect(statuses(await status(batch))).toEqual([
      ['a.yaml', 'wacht-op-bevestiging', 2400000, 2000000],
      ['b.yaml', 'wacht-op-bevestiging', 3000000, 2500000],
    ]);
    confirmBoth(batch, { a: 2000000, b: 2500000 });
    const done = await status(batch);
    expect(statuses(done)).toEqual([
      ['a.yaml', 'definitief', 2400000, 2000000],
      ['b.yaml', 'definitief', 3000000, 2500000],
    ]);
    expect([done.fouten, done.tellingen.definitief, done.boBesluit?.bestand]).toEqual([0, 4500000, 'bo.yaml']);
  });

  it('per-aanvraag: an application the BO gives nothing is bo-afgewezen; the other keeps what the BO gives', async () => {
    const batch = approvedBatch();
    await makeRegister(batch);
    const a = baseAanvraag();
    const b = capaciteit();
    await writeBo(batch, (bo) => {
      const fp = fingerprintOf;
      bo.themas = [{ thema: 'ai', besluit: 'per-aanvraag', motivering: 'Voorrang voor spraak.', aanvragen: [{ fingerprint: fp(a), bedrag: 2400000, reden: 'Volledig.' }, { fingerprint: fp(b), bedrag: 0, reden: 'Volgende tranche.' }] }];
    });
    expect(statuses(await status(batch))).toEqual([
      ['a.yaml', 'wacht-op-bevestiging', 2400000, 2400000],
      ['b.yaml', 'bo-afgewezen', 3000000, 0],
    ]);
  });

  it('a decision changed after the BO decided: the figures changed, the BO decision counts for nothing (bo-besluit-cijfers)', async () => {
    const batch = await cutRound();
    write(batch, 'b.t.yaml', decision(capaciteit(), 'tweede', { uitkomst: 'afwijzen', reacties: [{ regel: 'kostenverdeling', pointer: '/begroting/0/categorie', motivering: 'Niet aannemelijk.' }] }, 'b.yaml'));
    const s = await status(batch);
    expect(statuses(s)).toEqual([
      ['a.yaml', 'akkoord', 2400000, null],
      ['b.yaml', 'strijdig', null, null],
    ]);
    expect([s.boBesluit, s.fouten]).toEqual([null, 1]);
  });
});

describe('export nza only after the BO and both confirmations (each wrong answer of issue 25 as a regression test)', () => {
  it('over-subscribed theme: no export at the approved amounts; after the BO’s cut and confirmations at it, the requests carry the BO’s amounts', async () => {
    const batch = approvedBatch();
    await makeRegister(batch);
    // Both insurers approved € 5.400.000 in a theme the BO can give € 4.500.000: without a BO decision nothing goes.
    const before = await exportTo(batch, join(batch.dir, 'nza0'));
    expect(before.code).toBe(1);
    expect(before.stderr).toContain('geen BO-besluit dat telt');
    expect(existsSync(join(batch.dir, 'nza0'))).toBe(false);
    await writeBo(batch, (b) => {
      b.themas = [{ thema: 'ai', besluit: 'pro-rata', beschikbaar: 4500000, motivering: 'Eerste tranche.' }];
    });
    // Confirmed at the approved amounts: the confirmations are wrong, nothing is definitief.
    confirmBoth(batch, { a: 2400000, b: 3000000 });
    const wrong = await exportTo(batch, join(batch.dir, 'nza1'));
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).toContain('de ronde heeft 4 fout(en)');
    confirmBoth(batch, { a: 2000000, b: 2500000 });
    const out = join(batch.dir, 'nza2');
    const ok = await exportTo(batch, out);
    expect([ok.code, ok.stderr]).toEqual([0, '']);
    expect(ok.stdout.split('\n')[0]).toBe('2 bestand(en) met een aanvraag aan de NZa geschreven naar ' + out + ' (na het BO-besluit € 4.500.000); plus nza-aanvragen.csv en nza-overzicht.json');
    const names = readdirSync(out).sort();
    expect(names.filter((n) => n.endsWith('.nza.json'))).toHaveLength(2);
    const requests = names.filter((n) => n.endsWith('.nza.json')).map((n) => JSON.parse(readFileSync(join(out, n), 'utf8')) as NzaRequest);
    expect(requests.map((r) => [r.aanvraag.bestand, r.toegekendDoorVerzekeraars, r.toegekend, r.boBesluit.besluit])).toEqual([
      ['a.yaml', 2400000, 2000000, 'pro-rata'],
      ['b.yaml', 3000000, 2500000, 'pro-rata'],
    ]);
    for (const r of requests) {
      // The NZa request schema, against every exported file.
      expect(validateNza(r), JSON.stringify(validateNza.errors)).toBe(true);
      expect(sum(r.zorgaanbieders.map((p) => p.toegekend))).toBe(r.toegekend);
      for (const p of r.zorgaanbieders) {
        expect(sum(p.perJaar.map((y) => y.bedrag))).toBe(p.toegekend);
        expect(p.overeenkomst.verzekeraars.length).toBeGreaterThanOrEqual(1);
      }
      expect(r.toegekend).toBeLessThanOrEqual(r.bovengrens);
      expect(r.indieners.verzekeraars.map((v) => v.rol)).toEqual(['coordinerend', 'tweede']);
      expect(r.register.registerHash).toMatch(/^[0-9a-f]{64}$/);
      expect(r.aanvraag.fingerprint.startsWith(names.find((n) => n.startsWith(r.aanvraag.bestand.replace('.yaml', '')))!.split('.')[1]!)).toBe(true);
    }
  });

  it('without a register: exit 1, nothing written, the message names the register', async () => {
    const batch = await cutRound();
    confirmBoth(batch, { a: 2000000, b: 2500000 });
    const result = await exportTo(batch, join(batch.dir, 'nza'), false);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('geen register: export nza schrijft alleen aanvragen van de ene indiening; geef --register R');
    expect(existsSync(join(batch.dir, 'nza'))).toBe(false);
  });

  it('from a beoogd agreement: exit 1 naming the application and the provider', async () => {
    const batch = await cutRound();
    confirmBoth(batch, { a: 2000000, b: 2500000 });
    const a = baseAanvraag();
    for (const rol of ['coordinerend', 'tweede'] as const) {
      const c = confirmation(batch, a, 'a.yaml', rol, 2000000);
      c.overeenkomsten = c.overeenkomsten.map((o) => (o.ontvanger === '73730303' ? { ontvanger: o.ontvanger, status: 'beoogd' } : o));
      write(batch, `a.${rol}.bevestiging.yaml`, c);
    }
    const result = await exportTo(batch, join(batch.dir, 'nza'));
    expect(result.code).toBe(1);
    expect(result.stderr).toBe('export nza geweigerd, niets geschreven:\n  - a.yaml: geen gesloten overeenkomst met 73730303 (gevonden: beoogd); het contractvereiste vraagt een gesloten overeenkomst met datum in een bevestiging\n');
    expect(existsSync(join(batch.dir, 'nza'))).toBe(false);
  });

  it('into a folder with an earlier export: refused (exit 2), the old files stay as they were; a new or empty folder is written at once', async () => {
    const batch = await cutRound();
    confirmBoth(batch, { a: 2000000, b: 2500000 });
    const out = join(batch.dir, 'nza');
    mkdirSync(out);
    writeFileSync(join(out, 'oud.nza.json'), '{}');
    const refused = await exportTo(batch, out);
    expect(refused).toEqual({ code: 2, stdout: '', stderr: `modelplan: uitvoermap ${out} is niet leeg: export nza schrijft alleen in een nieuwe of lege map (verwijder een eerdere export eerst)\n` });
    expect(readdirSync(out)).toEqual(['oud.nza.json']);
    const empty = mkdtempSync(join(tmpdir(), 'modelplan-nza-empty-'));
    expect((await exportTo(batch, empty)).code).toBe(0);
    expect(readdirSync(empty).length).toBe(4);
    expect(readdirSync(batch.dir).filter((n) => n.startsWith('.'))).toEqual([]);
  });

  it('the run’s register check fails (the register edited by hand): exit 1, not 0; a file added after it is only listed apart', async () => {
    const batch = await cutRound();
    confirmBoth(batch, { a: 2000000, b: 2500000 });
    const late = baseAanvraag();
    late.titel = 'Te laat ingediend';
    write(batch, 'laat.yaml', late);
    // A late file counts for nothing (issue 25 point 5): it does not stop the export of what was submitted.
    expect((await exportTo(batch, join(batch.dir, 'nza-eerst'))).code).toBe(0);
    const register = JSON.parse(readFileSync(join(batch.dir, 'register.json'), 'utf8')) as { peildatum: string };
    register.peildatum = '2026-11-30';
    writeFileSync(join(batch.dir, 'register.json'), JSON.stringify(register, null, 2) + '\n');
    const result = await exportTo(batch, join(batch.dir, 'nza'));
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('de registercontrole van deze run faalt');
    expect(existsSync(join(batch.dir, 'nza'))).toBe(false);
  });
});

describe('the bundled round shows the whole path', () => {
  it('rapport with the register counts the two definitief applications in its round section', async () => {
    const page = await runInProcess(['rapport', 'examples/', '--register', 'examples/register.json', '--peildatum', '2027-03-01']);
    expect(page.code).toBe(0);
    const count = (key: string) => new RegExp(`<tr data-key="${key}"><th scope="row">[^<]*</th><td class="num" data-count="count" data-sort="(\\d+)"`).exec(page.stdout)?.[1];
    expect([count('akkoord'), count('wacht-op-bevestiging'), count('definitief'), count('bo-afgewezen')]).toEqual(['0', '0', '2', '0']);
  });
});

describe('init-bevestiging', () => {
  it('writes the BO’s amount, the decision’s SHA-256 and a beoogd agreement per receiving provider; checked with the round, no finding', async () => {
    const batch = await cutRound();
    const result = await runInProcess(['init-bevestiging', '.', '--register', 'register.json', '--aanvraag', 'a.yaml', '--rol', 'tweede', '--datum', '2026-12-22', '-o', 'a.t.bevestiging.yaml'], { cwd: batch.dir });
    expect([result.code, result.stdout, result.stderr]).toEqual([0, '', '']);
    const text = readFileSync(join(batch.dir, 'a.t.bevestiging.yaml'), 'utf8');
    expect(text).toContain('bedrag: 2000000\n');
    expect(text).toContain(`sha256: "${sha256(readFileSync(join(batch.dir, 'bo.yaml'), 'utf8'))}"`);
    expect(text.match(/status: beoogd/g)).toHaveLength(3);
    const s = await status(batch);
    expect([s.fouten, s.aanvragen.find((r) => r.bestand === 'a.yaml')?.bevestigingen]).toEqual([0, [{ bestand: 'a.t.bevestiging.yaml', rol: 'tweede', datum: '2026-12-22', bedrag: 2000000, geldig: true }]]);
  });

  it('without a BO decision that counts: exit 1; without --aanvraag: exit 2', async () => {
    const batch = approvedBatch();
    await makeRegister(batch);
    expect(await runInProcess(['init-bevestiging', '.', '--register', 'register.json', '--aanvraag', 'a.yaml', '--rol', 'tweede'], { cwd: batch.dir })).toEqual({ code: 1, stdout: '', stderr: 'geen BO-besluit dat telt: het BO besluit eerst over het totaal (modelplan init-bo-besluit)\n' });
    expect(await runInProcess(['init-bevestiging', '.', '--register', 'register.json', '--rol', 'tweede'], { cwd: batch.dir })).toEqual({ code: 2, stdout: '', stderr: 'modelplan: geef --aanvraag <bestand>: de aanvraag die deze verzekeraar bevestigt\n' });
  });
});

describe('init-bo-besluit', () => {
  it('starts from the current figures: the register’s hash, the hash of the figures, every theme accepted; it passes check once motivated', async () => {
    const batch = approvedBatch();
    await makeRegister(batch);
    const result = await runInProcess(['init-bo-besluit', '.', '--register', 'register.json', '--datum', '2026-12-20'], { cwd: batch.dir });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('besluit: accepteren');
    expect(result.stdout).toContain('motivering: "<VUL IN: waarom het BO zo besloot>"');
    expect(result.stdout).toContain('#   pro-rata: € 5.400.000');
    await writeBo(batch);
    const s = await status(batch);
    expect(statuses(s)).toEqual([
      ['a.yaml', 'wacht-op-bevestiging', 2400000, 2400000],
      ['b.yaml', 'wacht-op-bevestiging', 3000000, 3000000],
    ]);
    expect(s.fouten).toBe(0);
  });

  it('without --register: a usage mistake (exit 2)', async () => {
    expect(await runInProcess(['init-bo-besluit', 'examples'])).toEqual({ code: 2, stdout: '', stderr: 'modelplan: geef --register <bestand>: het BO besluit over de aanvragen van één indiening\n' });
  });
  it('-o onto an existing file without --force: a usage mistake naming --force only (it has no --bijwerken)', async () => {
    const batch = approvedBatch();
    await makeRegister(batch);
    writeFileSync(join(batch.dir, 'bo.yaml'), 'bestaat\n');
    expect(await runInProcess(['init-bo-besluit', '.', '--register', 'register.json', '--datum', '2026-12-20', '-o', 'bo.yaml'], { cwd: batch.dir })).toEqual({ code: 2, stdout: '', stderr: 'modelplan: bo.yaml bestaat al; gebruik --force om te overschrijven\n' });
    expect(readFileSync(join(batch.dir, 'bo.yaml'), 'utf8')).toBe('bestaat\n');
  });
});

describe('applyBoDecision (property): after a BO decision the amounts add up per theme to what the decision allows, never above what both insurers approved', () => {
  const hex = (n: number) => n.toString(16).padStart(64, '0');
  it('holds for every scenario, available amount and approved amounts', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ toegekend: fc.integer({ min: 0, max: 5_000_000 }), split: fc.array(fc.integer({ min: 0, max: 1000 }), { minLength: 1, maxLength: 3 }), score: fc.option(fc.integer({ min: 0, max: 120 }), { nil: undefined }) }), { minLength: 1, maxLength: 6 }),
        fc.constantFrom<BoBesluitSoort>('accepteren', 'pro-rata', 'rangorde', 'verschuiven'),
        fc.option(fc.integer({ min: 0, max: 30_000_000 }), { nil: undefined }),
        (apps, besluit, beschikbaar) => {
          const aanvragen = apps.map((a, i) => {
            // The approved split per receiving party, adding up exactly to the approved amount.
            const weights = a.split.map((w) => w + 1);
            const total = sum(weights);
            const parts = weights.map((w) => Math.floor((w * a.toegekend) / total));
            parts[0]! += a.toegekend - sum(parts);
            return { bestand: `a${i}.yaml`, fingerprint: hex(i + 1), toegekend: a.toegekend, perOntvanger: parts.map((bedrag, k) => ({ ontvanger: `r${k}`, bedrag })), ...(a.score === undefined ? {} : { score: a.score }) };
          });
          const themas: RoundFigures['themas'] = [{ thema: 'ai', aanvragen }];
          const figures: RoundFigures = { themas, hash: figuresHash(themas) };
          const outcome = applyBoDecision({ file: 'bo.yaml', sha256: hex(0), besluit: { soort: 'bo-besluit', datum: '2026-12-20', register: { bestand: 'r', registerHash: hex(0) }, cijfers: figures.hash, motivering: 'm', themas: [{ thema: 'ai', besluit, ...(beschikbaar === undefined ? {} : { beschikbaar }) }] } }, figures, frame);
          const approved = sum(aanvragen.map((a) => a.toegekend));
          const theme = outcome.themas[0]!;
          const given = aanvragen.map((a) => outcome.perAanvraag.get(a.bestand)!);
          expect(sum(given.map((g) => g.bedrag))).toBe(theme.bedrag);
          const cap = beschikbaar ?? 275_000_000;
          // Accepting totals above what the decision itself makes available is a finding (bo-besluit-bedrag), not a result.
          const inconsistent = besluit === 'accepteren' && approved > cap;
          expect(outcome.problems.map((p) => p.messageId)).toEqual(inconsistent ? ['themeAbove'] : []);
          if (!inconsistent) expect(theme.bedrag).toBeLessThanOrEqual(theme.toegestaan);
          if (besluit === 'accepteren') expect(theme.bedrag).toBe(approved);
          else if (besluit !== 'verschuiven') expect([theme.bedrag, theme.toegestaan]).toEqual([Math.min(approved, cap), Math.min(approved, cap)]);
          given.forEach((g, i) => {
            expect(g.bedrag).toBeGreaterThanOrEqual(0);
            expect(g.bedrag).toBeLessThanOrEqual(aanvragen[i]!.toegekend);
            expect(sum(g.perOntvanger.map((p) => p.bedrag))).toBe(g.bedrag);
            g.perOntvanger.forEach((p, k) => expect(p.bedrag).toBeLessThanOrEqual(aanvragen[i]!.perOntvanger[k]!.bedrag));
          });
        },
      ),
    );
  });
});
