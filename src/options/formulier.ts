/** `modelplan formulier` flags → options; pure apart from asking whether the file exists. */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { UsageError } from '../errors.js';
import { escapeControl } from '../format/escape.js';
import { displayPath } from '../load/discover.js';
import { BUNDLED_MODELPLANNEN_DIR } from '../paths.js';
import type { Lang, Localized } from '../report/types.js';
import { parseByteSize } from './shared.js';

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
} satisfies Record<string, Localized>;

/** Flags → options. */
export function formulierOptions(file: string | undefined, flags: FormulierFlags, cwd: string, defaultLang: Lang): FormulierOptions & { exists: boolean } {
  const lang = defaultLang;
  const portText = flags.port ?? '0';
  if (!/^\d{1,5}$/.test(portText) || Number(portText) > 65535) throw new UsageError(T.port, { value: escapeControl(portText) });
  if (file === undefined && !flags.modelplan) throw new UsageError(T.needModelplan);
  // Without a file name a new application is named after its modelplan.
  const target = resolve(cwd, file ?? `aanvraag-${flags.modelplan}.yaml`);
  const display = displayPath(cwd, target);
  const exists = existsSync(target);
  if (!exists && !flags.modelplan) throw new UsageError(T.needModelplan);
  if (exists && file !== undefined && flags.modelplan) throw new UsageError(T.both, { file: escapeControl(display) });
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
    maxFileBytes: parseByteSize(flags.maxFileSize),
  };
}

