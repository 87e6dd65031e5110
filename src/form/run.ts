/**
 * `modelplan formulier`: the form's run. Loads the frame, reads the starting document, serves the
 * form until the user stops it; the exit code is that of `check` on the last saved state.
 */
import { basename } from 'node:path';
import type { Frame, Modelplan } from '../domain/types.js';
import { resolveModelplan } from '../domain/aanvraag.js';
import { UsageError } from '../errors.js';
import { escapeControl } from '../format/escape.js';
import type { FormIO } from './types.js';
import { loadFrame } from '../frame/load.js';
import { pickModelplan } from '../frame/pick.js';
import type { TemplateArgs } from '../i18n/template.js';
import { t } from '../i18n/ui.js';
import { readInput } from '../load/read.js';
import type { FormulierOptions } from '../options/formulier.js';
import { SCHEMA_DIR } from '../paths.js';
import type { Lang, Localized } from '../report/types.js';
import { contentHash, editableText } from '../write.js';

/** What the form's run needs of the outside world. */
export interface FormulierRunIO extends FormIO {
  cwd: string;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

const T = {
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

/** The document the form starts from, and the modelplan whose norms it shows. */
async function startingPoint(options: FormulierOptions & { exists: boolean }, frame: Frame): Promise<{ text: string; modelplan: Modelplan | undefined; hash?: string; refusal?: string }> {
  const { lang, display } = options;
  if (!options.exists) {
    const modelplan = pickModelplan(frame, options.modelplanId!, options.versie);
    const { portableSchemaRef } = await import('./schema-ref.js');
    const schemaRef = portableSchemaRef(options.target, SCHEMA_DIR);
    const { buildSkeleton } = await import('../init/skeleton.js');
    return { text: buildSkeleton(modelplan, { lang, schemaRef }, basename(options.target)), modelplan };
  }
  const read = await readInput({ kind: 'file', display, path: options.target }, options.maxFileBytes, () => {
    throw new Error('no standard input here');
  });
  if (!read.ok) throw new UsageError(T.unreadable, { file: escapeControl(display), reason: read.messageId === 'tooLarge' ? `> ${read.args.limit} bytes` : read.args.reason });
  // Edited without its BOM and with LF line ends; the save gives both back (saveFile keepStyle).
  const { text } = editableText(read.bytes);
  // An alias that contains itself, an alias bomb or a file past a limit has no data a form can hold:
  // the finding check gives, in the user's language, instead of a page that cannot be built. Asked
  // first: the parse for editing compares every key with every earlier one.
  const { parseYaml } = await import('../parse/yaml.js');
  const parsed = parseYaml(text);
  const blocking = parsed.ok ? undefined : parsed.problems.find((p) => p.ruleId === 'yaml-alias' || p.ruleId === 'bestand-limiet');
  if (blocking) {
    const { makeFinding } = await import('../rules/finding.js');
    const finding = makeFinding({ ...blocking, pointer: '' }, display, lang, () => blocking.position);
    const refusal = say('structure', lang, { file: escapeControl(display), line: finding.line, column: finding.column, message: escapeControl(finding.message), rule: finding.ruleId });
    return { text, modelplan: undefined, refusal };
  }
  const { parseForEditing } = await import('./document.js');
  const doc = parseForEditing(text);
  if (!doc) throw new UsageError(T.notYaml, { file: escapeControl(display) });
  const data = doc.toJS() as { soort?: unknown; modelplan?: { id?: unknown; versie?: unknown } } | null;
  if (data === null || typeof data !== 'object' || data.soort !== 'aanvraag') throw new UsageError(T.notAanvraag, { file: escapeControl(display) });
  const ref = data.modelplan;
  const modelplan = ref && typeof ref.id === 'string' && typeof ref.versie === 'string' ? resolveModelplan(frame, { id: ref.id, versie: ref.versie }) : undefined;
  return { text, modelplan, hash: contentHash(read.bytes) };
}

export async function runFormulier(options: FormulierOptions & { exists: boolean }, io: FormulierRunIO): Promise<number> {
  const { lang } = options;
  const frame = await loadFrame(options.modelplannenDir, io.cwd);
  const { text, modelplan, hash, refusal } = await startingPoint(options, frame);
  if (refusal) {
    io.stderr(refusal);
    return 1;
  }
  const { formModel } = await import('./model.js');
  const { applyModelplan } = await import('./frame-links.js');
  const { applyPresentation } = await import('./presentation.js');
  const { startFormServer } = await import('./server.js');
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
    offThread: { modelplannenDir: options.modelplannenDir, cwd: io.cwd },
  });
  try {
    io.stdout(say('address', lang, { file: escapeControl(options.display), url: server.url }));
    io.listening?.(server.url);
    if (options.open) {
      await io.open(server.url).catch((error: unknown) => io.stderr(say('openFailed', lang, { reason: escapeControl(error instanceof Error ? error.message : String(error)) })));
    }
    await io.untilStopped();
  } finally {
    await server.close();
  }
  const saved = server.lastSaved();
  const code = saved ? saved.exitCode : 1;
  const stateText = saved ? (saved.exitCode === 0 ? say('passes', lang) : say('fails', lang)) : say('nothingSaved', lang);
  io.stderr(say('stopped', lang, { state: stateText, code }));
  return code;
}

