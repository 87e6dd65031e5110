/** The applicant's commands: `list`, `init` and `schema`. Wiring only; the work is in src/init and src/validate. */
import { existsSync } from 'node:fs';
import { dirname, relative, resolve, sep } from 'node:path';
import type { Command } from 'commander';
import type { Frame } from '../domain/types.js';
import { UsageError } from '../errors.js';
import { escapeControl } from '../format/escape.js';
import { loadFrame } from '../frame/load.js';
import { pickModelplan } from '../frame/pick.js';
import { formatEuros } from '../i18n/ui.js';
import { BUNDLED_MODELPLANNEN_DIR, SCHEMA_DIR } from '../paths.js';
import type { Lang } from '../report/types.js';
import { EXPORTABLE_SCHEMAS, type ExportableSchema } from '../validate/bundle.js';
import { assertOutputFolder, writeFileAtomic } from '../write.js';
import { pick, type CommandContext } from './context.js';
import { AANNAME_LABEL, isAanname } from '../domain/bron.js';
import { sharedOption } from './shared-options.js';

const say = (ctx: { lang: Lang }, nl: string, en: string) => (ctx.lang === 'nl' ? nl : en);

async function frameFor(ctx: CommandContext, dir: string | undefined): Promise<Frame> {
  return loadFrame(dir ? resolve(ctx.environment.cwd, dir) : BUNDLED_MODELPLANNEN_DIR, ctx.environment.cwd);
}

export async function listAsTable(frame: Frame, lang: Lang): Promise<string> {
  // Loaded only for a table: a run that prints none does not pay for it.
  const { default: Table } = await import('cli-table3');
  const table = new Table({
    head: lang === 'nl' ? ['id', 'versie', 'status', 'thema', 'sectoren', 'bovengrens (€)', 'looptijd'] : ['id', 'version', 'status', 'theme', 'sectors', 'upper limit (€)', 'term'],
    style: { head: [], border: [] },
    chars: { mid: '', 'left-mid': '', 'mid-mid': '', 'right-mid': '' },
    colAligns: ['left', 'left', 'left', 'left', 'left', 'right', 'left'],
  });
  // An assumed norm (bron 'aanname: …') is marked as one.
  const mark = (bron: string) => (isAanname(bron) ? ` ${AANNAME_LABEL[lang]}` : '');
  for (const m of frame.modelplannen) {
    const id = m.zorgpaden ? `${m.id}\n  ${m.zorgpaden.map((z) => z.id).join(', ')}` : m.id;
    table.push([id, m.versie, m.status, m.thema, m.sectoren.join(', ') + mark(m.sectoren_bron), formatEuros(m.bovengrens.bedrag, lang) + mark(m.bovengrens.bron), `${m.looptijd.van}–${m.looptijd.tot_en_met}${mark(m.looptijd.bron)}`]);
  }
  const note = say({ lang }, '(aanname) = een aanname van deze tool, geen norm uit de nota; de bron staat in het modelplan.', '(assumption) = an assumption of this tool, not a norm of the note; the source is in the modelplan.');
  return table.toString() + '\n' + note + '\n';
}

export function listAsJson(frame: Frame): string {
  const rows = frame.modelplannen.map((m) => ({
    id: m.id,
    versie: m.versie,
    status: m.status,
    titel: m.titel,
    thema: m.thema,
    financieringsroute: m.financieringsroute,
    sectoren: m.sectoren,
    zorgpaden: (m.zorgpaden ?? []).map((z) => z.id),
    bovengrens: m.bovengrens.bedrag,
    bovengrens_bron: m.bovengrens.bron,
    looptijd: { van: m.looptijd.van, tot_en_met: m.looptijd.tot_en_met },
  }));
  return JSON.stringify(rows, null, 2) + '\n';
}

interface InitFlags {
  versie?: string;
  sector?: string;
  zorgpad?: string;
  output?: string;
  force?: boolean;
  modelplannen?: string;
  lang?: string;
}

export function registerApplicantCommands(program: Command, ctx: CommandContext): void {
  program
    .command('list')
    .description(pick(ctx, { nl: 'toon de modelplannen: id, versie, status, thema, sectoren, bovengrens, looptijd', en: 'list the modelplannen: id, version, status, theme, sectors, upper limit, term' }))
    .usage(pick(ctx, { nl: '[opties]', en: '[options]' }))
    .option('-f, --format <format>', pick(ctx, { nl: 'uitvoerformaat: table (standaard) of json', en: 'output format: table (default) or json' }))
    .option(...sharedOption(ctx, 'modelplannen'))
    .action(async (flags: { format?: string; modelplannen?: string }) => {
      const format = flags.format ?? 'table';
      if (format !== 'table' && format !== 'json') throw new UsageError({ nl: `onbekend formaat "${format}"; kies table of json`, en: `unknown format "${format}"; choose table or json` });
      const frame = await frameFor(ctx, flags.modelplannen);
      ctx.stdout(format === 'json' ? listAsJson(frame) : await listAsTable(frame, ctx.lang));
    });

  program
    .command('init')
    .description(pick(ctx, { nl: 'schrijf een aanvraag-skelet voor een modelplan, met de normen als commentaar', en: 'write an application skeleton for a modelplan, with the norms as comments' }))
    .usage(pick(ctx, { nl: '<modelplan-id> [opties]', en: '<modelplan-id> [options]' }))
    .argument('<modelplan-id>', pick(ctx, { nl: 'het modelplan, zie modelplan list', en: 'the modelplan, see modelplan list' }))
    .option('--versie <version>', pick(ctx, { nl: 'versie van het modelplan (standaard de nieuwste)', en: 'modelplan version (default the newest)' }))
    .option('--sector <sector>', pick(ctx, { nl: 'vul de sector al in', en: 'fill in the sector' }))
    .option('--zorgpad <zorgpad>', pick(ctx, { nl: 'vul het zorgpad al in (modelplannen met zorgpaden)', en: 'fill in the care pathway (modelplannen with pathways)' }))
    .option('-o, --output <file>', pick(ctx, { nl: 'schrijf naar dit bestand (atomair) in plaats van standaarduitvoer', en: 'write to this file (atomically) instead of standard output' }))
    .option('--force', pick(ctx, { nl: 'overschrijf een bestaand bestand', en: 'overwrite an existing file' }))
    .option(...sharedOption(ctx, 'modelplannen'))
    .action(async (id: string, flags: InitFlags) => {
      const lang = ctx.lang;
      const frame = await frameFor(ctx, flags.modelplannen);
      const modelplan = pickModelplan(frame, id, flags.versie);
      if (flags.sector !== undefined && !(modelplan.sectoren as string[]).includes(flags.sector)) {
        throw new UsageError({ nl: `sector "${flags.sector}" past niet bij ${modelplan.id}; kies uit: ${modelplan.sectoren.join(', ')}`, en: `sector "${flags.sector}" does not fit ${modelplan.id}; choose from: ${modelplan.sectoren.join(', ')}` });
      }
      const paden = (modelplan.zorgpaden ?? []).map((z) => z.id);
      if (flags.zorgpad !== undefined && !paden.includes(flags.zorgpad)) {
        throw new UsageError({ nl: `zorgpad "${flags.zorgpad}" past niet bij ${modelplan.id}; kies uit: ${paden.join(', ') || '-'}`, en: `care pathway "${flags.zorgpad}" does not fit ${modelplan.id}; choose from: ${paden.join(', ') || '-'}` });
      }
      const schemaFile = resolve(SCHEMA_DIR, 'aanvraag.schema.json');
      const output = flags.output === undefined ? undefined : resolve(ctx.environment.cwd, flags.output);
      // Beside a file the modeline is relative (the project can move); on standard output it is absolute.
      const schemaRef = output ? relative(dirname(output), schemaFile).split(sep).join('/') : schemaFile;
      const { buildSkeleton } = await import('../init/skeleton.js');
      const skeleton = buildSkeleton(
        modelplan,
        { lang, schemaRef, ...(flags.sector ? { sector: flags.sector } : {}), ...(flags.zorgpad ? { zorgpad: flags.zorgpad } : {}) },
        flags.output ?? 'aanvraag.yaml',
      );
      if (!output) return ctx.stdout(skeleton);
      assertOutputFolder(output, flags.output!);
      if (existsSync(output) && !flags.force) {
        throw new UsageError({ nl: `${escapeControl(flags.output!)} bestaat al; gebruik --force om te overschrijven`, en: `${escapeControl(flags.output!)} already exists; use --force to overwrite` });
      }
      try {
        await writeFileAtomic(output, skeleton, { exclusive: !flags.force });
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'EEXIST') {
          throw new UsageError({ nl: `${escapeControl(flags.output!)} bestaat al; gebruik --force om te overschrijven`, en: `${escapeControl(flags.output!)} already exists; use --force to overwrite` });
        }
        throw error;
      }
      ctx.stderr(say(ctx, `geschreven: ${escapeControl(flags.output!)}\n`, `written: ${escapeControl(flags.output!)}\n`));
    });

  program
    .command('schema')
    .description(pick(ctx, { nl: 'print een JSON Schema (aanvraag, modelplan, budgetkader, report) als één bestand, voor editors en tools', en: 'print a JSON Schema (aanvraag, modelplan, budgetkader, report) as one file, for editors and tools' }))
    .usage(pick(ctx, { nl: '<soort> [opties]', en: '<kind> [options]' }))
    .argument('<kind>', EXPORTABLE_SCHEMAS.join(' | '))
    .option('-o, --output <file>', pick(ctx, { nl: 'schrijf naar dit bestand (atomair)', en: 'write to this file (atomically)' }))
    .action(async (kind: string, flags: { output?: string }) => {
      if (!(EXPORTABLE_SCHEMAS as readonly string[]).includes(kind)) {
        throw new UsageError({ nl: `onbekende soort "${escapeControl(kind)}"; kies uit: ${EXPORTABLE_SCHEMAS.join(', ')}`, en: `unknown kind "${escapeControl(kind)}"; choose from: ${EXPORTABLE_SCHEMAS.join(', ')}` });
      }
      const { bundledSchema } = await import('../validate/bundle.js');
      const text = JSON.stringify(bundledSchema(kind as ExportableSchema), null, 2) + '\n';
      if (flags.output) assertOutputFolder(resolve(ctx.environment.cwd, flags.output), flags.output);
      if (flags.output) await writeFileAtomic(resolve(ctx.environment.cwd, flags.output), text);
      else ctx.stdout(text);
    });
}
