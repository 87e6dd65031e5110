/** The applicant's commands, `list`, `init` and `schema`: flags → options, pure. */
import { dirname, relative, resolve, sep } from 'node:path';
import { UsageError } from '../errors.js';
import { escapeControl } from '../format/escape.js';
import { LIST_FORMATS, type ListFormat } from '../format/list.js';
import { BUNDLED_MODELPLANNEN_DIR, SCHEMA_DIR } from '../paths.js';
import type { Lang, Localized } from '../report/types.js';
import { EXPORTABLE_SCHEMAS, type ExportableSchema } from '../validate/bundle.js';
import type { FrameRef, InitOptions, SchemaOptions } from '../runs/applicant.js';
import type { Environment } from './shared.js';

const messages = {
  listFormat: { nl: 'onbekend formaat "{value}"; kies table of json', en: 'unknown format "{value}"; choose table or json' },
  schemaKind: { nl: 'onbekende soort "{value}"; kies uit: {kinds}', en: 'unknown kind "{value}"; choose from: {kinds}' },
} satisfies Record<string, Localized>;

function frameRef(flags: { modelplannen?: string }, environment: Environment): FrameRef {
  return { modelplannenDir: flags.modelplannen ? resolve(environment.cwd, flags.modelplannen) : BUNDLED_MODELPLANNEN_DIR, cwd: environment.cwd };
}

export interface ListFlags {
  format?: string;
  modelplannen?: string;
}

export interface ListOptions extends FrameRef {
  format: ListFormat;
  lang: Lang;
}

export function listOptions(flags: ListFlags, environment: Environment, lang: Lang): ListOptions {
  const format = flags.format ?? 'table';
  if (!(LIST_FORMATS as readonly string[]).includes(format)) throw new UsageError(messages.listFormat, { value: escapeControl(format) });
  return { ...frameRef(flags, environment), format: format as ListFormat, lang };
}

export interface InitFlags {
  versie?: string;
  sector?: string;
  zorgpad?: string;
  output?: string;
  force?: boolean;
  modelplannen?: string;
}

export function initOptions(id: string, flags: InitFlags, environment: Environment, lang: Lang): InitOptions {
  const schemaFile = resolve(SCHEMA_DIR, 'aanvraag.schema.json');
  const path = flags.output === undefined ? undefined : resolve(environment.cwd, flags.output);
  return {
    ...frameRef(flags, environment),
    id,
    ...(flags.versie !== undefined ? { versie: flags.versie } : {}),
    ...(flags.sector ? { sector: flags.sector } : {}),
    ...(flags.zorgpad ? { zorgpad: flags.zorgpad } : {}),
    lang,
    ...(path !== undefined ? { output: { path, shown: flags.output! } } : {}),
    force: flags.force === true,
    schemaRef: path ? relative(dirname(path), schemaFile).split(sep).join('/') : schemaFile,
    fileForHelp: flags.output ?? 'aanvraag.yaml',
  };
}

export function schemaOptions(kind: string, flags: { output?: string }, environment: Environment): SchemaOptions {
  if (!(EXPORTABLE_SCHEMAS as readonly string[]).includes(kind)) throw new UsageError(messages.schemaKind, { value: escapeControl(kind), kinds: EXPORTABLE_SCHEMAS.join(', ') });
  return { kind: kind as ExportableSchema, ...(flags.output ? { output: { path: resolve(environment.cwd, flags.output), shown: flags.output } } : {}) };
}
