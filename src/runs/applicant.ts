/**
 * The applicant's runs: `list` (the frame, for its formatter, src/format/list.ts), `init` (an
 * application skeleton, src/init/skeleton.ts) and `schema` (one JSON Schema as one file). Never
 * touch process; the command writes what they return.
 */
import type { Frame } from '../domain/types.js';
import { UsageError } from '../errors.js';
import { loadFrame } from '../frame/load.js';
import { pickModelplan } from '../frame/pick.js';
import type { Lang, Localized } from '../report/types.js';
import type { ExportableSchema } from '../validate/bundle.js';

const messages = {
  sector: { nl: 'sector "{value}" past niet bij {id}; kies uit: {choices}', en: 'sector "{value}" does not fit {id}; choose from: {choices}' },
  zorgpad: { nl: 'zorgpad "{value}" past niet bij {id}; kies uit: {choices}', en: 'care pathway "{value}" does not fit {id}; choose from: {choices}' },
} satisfies Record<string, Localized>;

/** Where the frame is read from: `--modelplannen`, or the bundled one. */
export interface FrameRef {
  modelplannenDir: string;
  cwd: string;
}

export interface InitOptions extends FrameRef {
  id: string;
  versie?: string;
  sector?: string;
  zorgpad?: string;
  lang: Lang;
  /** `-o`: the file (absolute) and as the user wrote it; absent: standard output. */
  output?: { path: string; shown: string };
  force: boolean;
  /** Where the skeleton's modeline points: relative beside a file (the project can move), absolute on standard output. */
  schemaRef: string;
  /** The file named in the skeleton's "check with" line. */
  fileForHelp: string;
}

export interface SchemaOptions {
  kind: ExportableSchema;
  output?: { path: string; shown: string };
}

export async function runList(options: FrameRef): Promise<Frame> {
  return loadFrame(options.modelplannenDir, options.cwd);
}

/** The skeleton of the chosen modelplan (newest version unless `versie`), with the sector and zorgpad filled in when given. */
export async function runInit(options: InitOptions): Promise<string> {
  const frame = await loadFrame(options.modelplannenDir, options.cwd);
  const modelplan = pickModelplan(frame, options.id, options.versie);
  if (options.sector !== undefined && !(modelplan.sectoren as string[]).includes(options.sector)) {
    throw new UsageError(messages.sector, { value: options.sector, id: modelplan.id, choices: modelplan.sectoren.join(', ') });
  }
  const paden = (modelplan.zorgpaden ?? []).map((z) => z.id);
  if (options.zorgpad !== undefined && !paden.includes(options.zorgpad)) {
    throw new UsageError(messages.zorgpad, { value: options.zorgpad, id: modelplan.id, choices: paden.join(', ') || '-' });
  }
  const { buildSkeleton } = await import('../init/skeleton.js');
  return buildSkeleton(
    modelplan,
    { lang: options.lang, schemaRef: options.schemaRef, ...(options.sector ? { sector: options.sector } : {}), ...(options.zorgpad ? { zorgpad: options.zorgpad } : {}) },
    options.fileForHelp,
  );
}

/** The schema as one file (its $refs bundled), as JSON text. */
export async function runSchema(options: SchemaOptions): Promise<string> {
  const { bundledSchema } = await import('../validate/bundle.js');
  return JSON.stringify(bundledSchema(options.kind), null, 2) + '\n';
}
