/**
 * `modelplan formulier [aanvraag.yaml] [--modelplan ID]`: a local form in the browser, checked
 * live by the same engine as `check`. Flags → options (pure), then the server runs until the user
 * stops it (Ctrl+C); the exit code is that of `check` on the last saved state.
 */
import type { TemplateArgs } from '../i18n/template.js';
import { t } from '../i18n/ui.js';
import { existsSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import type { Command } from 'commander';
import type { Frame, Modelplan } from '../domain/types.js';
import { UsageError } from '../errors.js';
import { escapeControl } from '../format/escape.js';
import { loadFrame } from '../frame/load.js';
import { displayPath } from '../load/discover.js';
import { readInput } from '../load/read.js';
import { parseByteSize } from '../options/shared.js';
import { BUNDLED_MODELPLANNEN_DIR, SCHEMA_DIR } from '../paths.js';
import type { Lang, Localized } from '../report/types.js';
import { resolveModelplan } from '../domain/aanvraag.js';
import { pickModelplan } from './applicant.js';
import type { FormIO } from '../form/types.js';
import { contentHash, editableText } from '../write.js';
import { pick, type CommandContext } from './context.js';
import { sharedOption } from './shared-options.js';

export interface FormulierFlags {
  modelplan?: string;
  versie?: string;
  port?: string;
  open?: boolean;
  modelplannen?: string;
  lang?: string;
  maxFileSize?: string;
}

export interface FormulierOptions {
  lang: Lang;
  /** Absolute path of the application file the form edits or creates. */
  target: string;
  display: string;
  modelplanId?: string;
  versie?: string;
  port: number;
  open: boolean;
  modelplannenDir: string;
  maxFileBytes: number;
}

const T = {
  port: { nl: '--port verwacht een poortnummer van 0 tot en met 65535, niet "{value}"', en: '--port expects a port number from 0 to 65535, not "{value}"' },
  needModelplan: {
    nl: 'geef een bestaand aanvraagbestand, of --modelplan ID om een nieuwe aanvraag te beginnen (zie modelplan list)',
    en: 'give an existing application file, or --modelplan ID to start a new application (see modelplan list)',
  },
  both: {
    nl: '{file} bestaat al; --modelplan begint een nieuwe aanvraag: laat --modelplan weg om het bestand te bewerken, of kies een nieuwe bestandsnaam',
    en: '{file} already exists; --modelplan starts a new application: leave out --modelplan to edit the file, or choose a new file name',
  },
  unreadable: { nl: '{file} is niet te lezen: {reason}', en: '{file} cannot be read: {reason}' },
  notYaml: {
    nl: '{file} is geen leesbare YAML en kan niet als formulier worden geopend; zie de meldingen van: modelplan check {file}',
    en: '{file} is not readable YAML and cannot be opened as a form; see the findings of: modelplan check {file}',
  },
  notAanvraag: { nl: '{file} is geen aanvraag (soort: aanvraag)', en: '{file} is not an application (soort: aanvraag)' },
  structure: {
    nl: 'modelplan: {file}:{line}:{column}: {message} ({rule}); het formulier kan dit bestand niet tonen\n',
    en: 'modelplan: {file}:{line}:{column}: {message} ({rule}); the form cannot show this file\n',
  },
  noForm: { nl: 'formulier is hier niet beschikbaar', en: 'formulier is not available here' },
  address: { nl: 'Formulier voor {file}: {url}\nCtrl+C stopt.\n', en: 'Form for {file}: {url}\nCtrl+C stops.\n' },
  openFailed: { nl: 'de browser kon niet worden geopend ({reason}); open het adres hierboven zelf\n', en: 'could not open the browser ({reason}); open the address above yourself\n' },
  stopped: {
    nl: 'gestopt; laatst opgeslagen stand: {state} (exitcode {code})\n',
    en: 'stopped; last saved state: {state} (exit code {code})\n',
  },
  nothingSaved: { nl: 'niets opgeslagen', en: 'nothing saved' },
  passes: { nl: 'zonder fouten', en: 'without errors' },
  fails: { nl: 'met fouten', en: 'with errors' },
} satisfies Record<string, Localized>;

function say(key: keyof typeof T, lang: Lang, args: TemplateArgs = {}): string {
  return t(T[key], lang, args);
}

/** Flags → options; pure apart from asking whether the file exists. */
export function formulierOptions(file: string | undefined, flags: FormulierFlags, cwd: string, defaultLang: Lang): FormulierOptions & { exists: boolean } {
  const lang = defaultLang;
  const portText = flags.port ?? '0';
  if (!/^\d{1,5}$/.test(portText) || Number(portText) > 65535) throw new UsageError(say('port', lang, { value: escapeControl(portText) }));
  if (file === undefined && !flags.modelplan) throw new UsageError(say('needModelplan', lang));
  // Without a file name a new application is named after its modelplan.
  const target = resolve(cwd, file ?? `aanvraag-${flags.modelplan}.yaml`);
  const display = displayPath(cwd, target);
  const exists = existsSync(target);
  if (!exists && !flags.modelplan) throw new UsageError(say('needModelplan', lang));
  if (exists && file !== undefined && flags.modelplan) throw new UsageError(say('both', lang, { file: escapeControl(display) }));
  return {
    lang,
    target,
    display,
    exists: exists && file !== undefined,
    ...(flags.modelplan ? { modelplanId: flags.modelplan } : {}),
    ...(flags.versie ? { versie: flags.versie } : {}),
    port: Number(portText),
    open: flags.open !== false,
    modelplannenDir: flags.modelplannen ? resolve(cwd, flags.modelplannen) : BUNDLED_MODELPLANNEN_DIR,
    maxFileBytes: parseByteSize(flags.maxFileSize, lang),
  };
}

/** The document the form starts from, and the modelplan whose norms it shows. */
async function startingPoint(options: FormulierOptions & { exists: boolean }, frame: Frame): Promise<{ text: string; modelplan: Modelplan | undefined; hash?: string; refusal?: string }> {
  const { lang, display } = options;
  if (!options.exists) {
    const modelplan = pickModelplan(frame, options.modelplanId!, options.versie, lang);
    const { portableSchemaRef } = await import('../form/schema-ref.js');
    const schemaRef = portableSchemaRef(options.target, SCHEMA_DIR);
    const { buildSkeleton } = await import('../init/skeleton.js');
    return { text: buildSkeleton(modelplan, { lang, schemaRef }, basename(options.target)), modelplan };
  }
  const read = await readInput({ kind: 'file', display, path: options.target }, options.maxFileBytes, () => {
    throw new Error('no standard input here');
  });
  if (!read.ok) throw new UsageError(say('unreadable', lang, { file: escapeControl(display), reason: read.messageId === 'tooLarge' ? `> ${read.args.limit} bytes` : read.args.reason }));
  // Edited without its BOM and with LF line ends; the save gives both back (saveFile keepStyle).
  const { text } = editableText(read.bytes);
  // An alias that contains itself, an alias bomb or a file past a limit has no data a form can hold:
  // the finding check gives, in the user's language, instead of a page that cannot be built. Asked
  // first: the parse for editing compares every key with every earlier one.
  const { parseYaml } = await import('../parse/yaml.js');
  const parsed = parseYaml(text);
  const blocking = parsed.ok ? undefined : parsed.problems.find((p) => p.ruleId === 'yaml-alias' || p.ruleId === 'bestand-limiet');
  if (blocking) {
    const { makeFinding } = await import('../report/finding.js');
    const finding = makeFinding({ ...blocking, pointer: '' }, display, lang, () => blocking.position);
    const refusal = say('structure', lang, { file: escapeControl(display), line: finding.line, column: finding.column, message: escapeControl(finding.message), rule: finding.ruleId });
    return { text, modelplan: undefined, refusal };
  }
  const { parseForEditing } = await import('../form/document.js');
  const doc = parseForEditing(text);
  if (!doc) throw new UsageError(say('notYaml', lang, { file: escapeControl(display) }));
  const data = doc.toJS() as { soort?: unknown; modelplan?: { id?: unknown; versie?: unknown } } | null;
  if (data === null || typeof data !== 'object' || data.soort !== 'aanvraag') throw new UsageError(say('notAanvraag', lang, { file: escapeControl(display) }));
  const ref = data.modelplan;
  const modelplan = ref && typeof ref.id === 'string' && typeof ref.versie === 'string' ? resolveModelplan(frame, { id: ref.id, versie: ref.versie }) : undefined;
  return { text, modelplan, hash: contentHash(read.bytes) };
}

export async function runFormulier(options: FormulierOptions & { exists: boolean }, ctx: CommandContext, io: FormIO): Promise<number> {
  const { lang } = options;
  const frame = await loadFrame(options.modelplannenDir, ctx.environment.cwd, lang);
  const { text, modelplan, hash, refusal } = await startingPoint(options, frame);
  if (refusal) {
    ctx.stderr(refusal);
    return 1;
  }
  const { formModel } = await import('../form/model.js');
  const { applyModelplan } = await import('../form/frame-links.js');
  const { applyPresentation } = await import('../form/presentation.js');
  const { startFormServer } = await import('../form/server.js');
  const base = formModel(lang);
  const model = applyPresentation(modelplan ? applyModelplan(base, modelplan, lang) : base, frame.referentielijsten);
  const server = await startFormServer({
    target: options.target,
    display: options.display,
    initialText: text,
    existing: options.exists,
    ...(hash ? { initialHash: hash } : {}),
    model,
    frame,
    lang,
    port: options.port,
    maxFileBytes: options.maxFileBytes,
    offThread: { modelplannenDir: options.modelplannenDir, cwd: ctx.environment.cwd },
  });
  try {
    ctx.stdout(say('address', lang, { file: escapeControl(options.display), url: server.url }));
    io.listening?.(server.url);
    if (options.open) {
      await io.open(server.url).catch((error: unknown) => ctx.stderr(say('openFailed', lang, { reason: escapeControl(error instanceof Error ? error.message : String(error)) })));
    }
    await io.untilStopped();
  } finally {
    await server.close();
  }
  const saved = server.lastSaved();
  const code = saved ? saved.exitCode : 1;
  const stateText = saved ? (saved.exitCode === 0 ? say('passes', lang) : say('fails', lang)) : say('nothingSaved', lang);
  ctx.stderr(say('stopped', lang, { state: stateText, code }));
  return code;
}

export function registerFormulier(program: Command, ctx: CommandContext): void {
  program
    .command('formulier')
    .description(
      pick(ctx, {
        nl: 'vul een aanvraag in met een formulier in de browser, live gecontroleerd met dezelfde regels als check',
        en: 'fill in an application with a form in the browser, checked live by the same rules as check',
      }),
    )
    .usage(pick(ctx, { nl: '[aanvraag.yaml] [opties]', en: '[application.yaml] [options]' }))
    .argument('[file]', pick(ctx, { nl: 'de aanvraag om te bewerken, of het nieuwe bestand (met --modelplan)', en: 'the application to edit, or the new file (with --modelplan)' }))
    .option('--modelplan <id>', pick(ctx, { nl: 'begin een nieuwe aanvraag vanuit het skelet van dit modelplan', en: 'start a new application from the skeleton of this modelplan' }))
    .option('--versie <version>', pick(ctx, { nl: 'versie van het modelplan (standaard de nieuwste)', en: 'modelplan version (default the newest)' }))
    .option('--port <n>', pick(ctx, { nl: 'poort op 127.0.0.1 (standaard: een vrije poort)', en: 'port on 127.0.0.1 (default: a free port)' }))
    .option('--no-open', pick(ctx, { nl: 'open de browser niet, print alleen het adres', en: 'do not open the browser, only print the address' }))
    .option(...sharedOption(ctx, 'modelplannen'))
    .option(...sharedOption(ctx, 'maxFileSize'))
    .action(async (file: string | undefined, flags: FormulierFlags) => {
      if (!ctx.form) throw new UsageError(say('noForm', ctx.lang));
      const options = formulierOptions(file, flags, ctx.environment.cwd, ctx.lang);
      ctx.setExitCode(await runFormulier(options, ctx, ctx.form));
    });
}
