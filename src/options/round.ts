/** Flags → options for the round's commands, as pure functions: every mistake a UsageError (exit 2). */
import { resolve } from 'node:path';
import { UsageError } from '../errors.js';
import { SEPARATORS } from '../format/csv-cell.js';
import { checkInvocation, type CheckFlags } from './check.js';
import { chooseFormat, type Environment } from './shared.js';
import type { StatusFormat } from '../format/table.js';
import type { Lang, Localized } from '../report/types.js';
import type { CheckOptions } from '../runs/check.js';
import { ROLLEN, STATUSES, UITKOMSTEN, type Rol, type Status, type Uitkomst } from '../round/types.js';
import type { RegisterMade } from '../round/register.js';
import { readKey } from '../round/signing.js';
import type { KeyObject } from 'node:crypto';

const messages = {
  date: { nl: '{flag} verwacht een datum JJJJ-MM-DD, gevonden "{value}"', en: '{flag} expects a date YYYY-MM-DD, found "{value}"' },
  noToday: { nl: 'geef {flag} op (de datum van vandaag is hier niet bekend)', en: 'give {flag} (today’s date is not known here)' },
  rol: { nl: 'onbekende rol "{value}"; kies coordinerend of tweede', en: 'unknown role "{value}"; choose coordinerend or tweede' },
  noRol: { nl: 'geef --rol op: coordinerend of tweede', en: 'give --rol: coordinerend or tweede' },
  uitkomst: { nl: 'onbekende uitkomst "{value}"; kies uit: {allowed}', en: 'unknown outcome "{value}"; choose from: {allowed}' },
  status: { nl: 'onbekende status "{value}" in --alleen; kies uit: {allowed}', en: 'unknown status "{value}" in --alleen; choose from: {allowed}' },
  uzovi: { nl: '--verzekeraar verwacht een UZOVI-code van 4 cijfers, gevonden "{value}"', en: '--verzekeraar expects a UZOVI code of 4 digits, found "{value}"' },
  failOn: { nl: 'onbekende waarde voor --fail-on "{value}"; kies strijdig of open', en: 'unknown value for --fail-on "{value}"; choose strijdig or open' },
  separator: { nl: 'onbekend scheidingsteken "{value}"; kies ; , of tab', en: 'unknown separator "{value}"; choose ; , or tab' },
  oneFile: { nl: 'init-beoordeling verwacht precies één aanvraag, gevonden {count} paden', en: 'init-beoordeling expects exactly one application, found {count} paths' },
  noOutput: { nl: 'geef -o <map> op: de map waarin de aanvragen aan de NZa komen', en: 'give -o <dir>: the folder the requests to the NZa go into' },
  noRegister: { nl: 'geef --register <bestand>: het BO besluit over de aanvragen van één indiening', en: 'give --register <file>: the BO decides on the applications of one submission' },
  noAanvraag: { nl: 'geef --aanvraag <bestand>: de aanvraag die deze verzekeraar bevestigt', en: 'give --aanvraag <file>: the application this insurer confirms' },
  exportTarget: { nl: 'onbekend doel "{value}" voor export; kies nza of nza-verantwoording', en: 'unknown target "{value}" for export; choose nza or nza-verantwoording' },
} satisfies Record<string, Localized>;

/** A real calendar date JJJJ-MM-DD, or today's date when the flag is absent. */
export function parseDate(flag: string, value: string | undefined, today: (() => string) | undefined): string {
  if (value === undefined) {
    if (!today) throw new UsageError(messages.noToday, { flag });
    return today();
  }
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const date = match ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))) : undefined;
  if (!date || date.toISOString().slice(0, 10) !== value) throw new UsageError(messages.date, { flag, value });
  return value;
}

function baseCheck(paths: string[], flags: { modelplannen?: string; jobs?: string; maxFileSize?: string }, environment: Environment, lang: Lang): CheckOptions {
  const checkFlags: CheckFlags = {};
  if (flags.modelplannen !== undefined) checkFlags.modelplannen = flags.modelplannen;
  if (flags.jobs !== undefined) checkFlags.jobs = flags.jobs;
  if (flags.maxFileSize !== undefined) checkFlags.maxFileSize = flags.maxFileSize;
  return checkInvocation(paths, checkFlags, environment, lang).check;
}

export interface RegisterFlags {
  output?: string;
  peildatum?: string;
  sign?: string;
  door?: string;
  lang?: string;
  modelplannen?: string;
  jobs?: string;
  maxFileSize?: string;
}

export interface RegisterInvocation {
  check: CheckOptions;
  peildatum: string;
  output?: string;
  /** When and by whom: the clock and the user of the environment (`--door` names the user). */
  gemaakt: RegisterMade;
  /** `--sign KEY`: the desk's Ed25519 private key. */
  sign?: KeyObject;
}

/** Who makes the register: --door, else the user of the environment (MODELPLAN_USER, USER, LOGNAME, USERNAME). */
export function registerUser(flag: string | undefined, env: Record<string, string | undefined>): string {
  const named = [flag, env.MODELPLAN_USER, env.USER, env.LOGNAME, env.USERNAME].find((v) => v !== undefined && v.trim() !== '');
  return named?.trim() ?? 'onbekend';
}

export function registerInvocation(paths: string[], flags: RegisterFlags, environment: Environment, lang: Lang, today?: () => string, now: () => Date = () => new Date()): RegisterInvocation {
  const check = baseCheck(paths, flags, environment, lang);
  const gemaakt: RegisterMade = { op: now().toISOString(), door: registerUser(flags.door, environment.env) };
  const invocation: RegisterInvocation = { check, peildatum: parseDate('--peildatum', flags.peildatum, today), gemaakt };
  if (flags.sign !== undefined) invocation.sign = readKey(resolve(environment.cwd, flags.sign), flags.sign, 'private');
  if (flags.output !== undefined) invocation.output = resolve(environment.cwd, flags.output);
  return invocation;
}

/** `--register R` on check and status. */
export function registerRef(value: string | undefined, environment: Environment): CheckOptions['register'] {
  if (value === undefined) return undefined;
  return { path: resolve(environment.cwd, value), display: value.split('\\').join('/') };
}

export interface InitBeoordelingFlags {
  rol?: string;
  output?: string;
  force?: boolean;
  datum?: string;
  uitkomst?: string;
  lang?: string;
  modelplannen?: string;
  bijwerken?: boolean;
}

export interface InitBeoordelingInvocation {
  check: CheckOptions;
  rol: Rol;
  datum: string;
  uitkomst?: Uitkomst;
  force: boolean;
  /** `--bijwerken`: update the existing decision at `output` to the current application. */
  bijwerken: boolean;
  output?: string;
}

export function parseRol(value: string | undefined): Rol {
  if (value === undefined) throw new UsageError(messages.noRol);
  if (!(ROLLEN as readonly string[]).includes(value ?? '')) throw new UsageError(messages.rol, { value: String(value) });
  return value as Rol;
}

export function initBeoordelingInvocation(paths: string[], flags: InitBeoordelingFlags, environment: Environment, lang: Lang, today?: () => string): InitBeoordelingInvocation {
  const check = baseCheck(paths, flags, environment, lang);
  if (paths.length !== 1) throw new UsageError(messages.oneFile, { count: paths.length });
  const invocation: InitBeoordelingInvocation = {
    check,
    rol: parseRol(flags.rol),
    datum: parseDate('--datum', flags.datum, today),
    force: flags.force ?? false,
    bijwerken: flags.bijwerken ?? false,
  };
  if (flags.uitkomst !== undefined) {
    if (!(UITKOMSTEN as readonly string[]).includes(flags.uitkomst)) throw new UsageError(messages.uitkomst, { value: flags.uitkomst, allowed: UITKOMSTEN.join(', ') });
    invocation.uitkomst = flags.uitkomst as Uitkomst;
  }
  if (flags.output !== undefined) invocation.output = resolve(environment.cwd, flags.output);
  return invocation;
}


export interface InitBoBesluitFlags {
  register?: string;
  datum?: string;
  output?: string;
  force?: boolean;
  lang?: string;
  modelplannen?: string;
  jobs?: string;
}

export interface InitBoBesluitInvocation {
  check: CheckOptions;
  datum: string;
  force: boolean;
  output?: string;
}

export function initBoBesluitInvocation(paths: string[], flags: InitBoBesluitFlags, environment: Environment, lang: Lang, today?: () => string): InitBoBesluitInvocation {
  const check = baseCheck(paths, flags, environment, lang);
  const register = registerRef(flags.register, environment);
  if (!register) throw new UsageError(messages.noRegister);
  check.register = register;
  const invocation: InitBoBesluitInvocation = { check, datum: parseDate('--datum', flags.datum, today), force: flags.force ?? false };
  if (flags.output !== undefined) invocation.output = resolve(environment.cwd, flags.output);
  return invocation;
}

export interface InitBevestigingFlags extends InitBoBesluitFlags {
  aanvraag?: string;
  rol?: string;
}

export interface InitBevestigingInvocation extends InitBoBesluitInvocation {
  /** The application as the run shows its path. */
  aanvraag: string;
  rol: Rol;
}

export function initBevestigingInvocation(paths: string[], flags: InitBevestigingFlags, environment: Environment, lang: Lang, today?: () => string): InitBevestigingInvocation {
  const base = initBoBesluitInvocation(paths, flags, environment, lang, today);
  if (flags.aanvraag === undefined) throw new UsageError(messages.noAanvraag);
  return { ...base, aanvraag: flags.aanvraag.split('\\').join('/').replace(/^\.\//, ''), rol: parseRol(flags.rol) };
}

export interface StatusFlags {
  register?: string;
  alleen?: string;
  verzekeraar?: string;
  format?: string;
  output?: string;
  failOn?: string;
  separator?: string;
  lang?: string;
  modelplannen?: string;
  jobs?: string;
  maxFileSize?: string;
}

export interface StatusInvocation {
  check: CheckOptions;
  select: { alleen?: Status[]; verzekeraar?: string };
  format: StatusFormat;
  separator: string;
  failOn?: 'strijdig' | 'open';
  output?: string;
}

export function parseStatuses(value: string | undefined): Status[] | undefined {
  if (value === undefined) return undefined;
  const names = value.split(',').map((s) => s.trim()).filter((s) => s !== '');
  for (const name of names) {
    if (!(STATUSES as readonly string[]).includes(name)) throw new UsageError(messages.status, { value: name, allowed: STATUSES.join(', ') });
  }
  return STATUSES.filter((s) => names.includes(s));
}

export function statusInvocation(paths: string[], flags: StatusFlags, environment: Environment, lang: Lang): StatusInvocation {
  const check = baseCheck(paths, flags, environment, lang);
  const register = registerRef(flags.register, environment);
  if (register) check.register = register;
  const format = chooseFormat('status', flags.format);
  const separator = SEPARATORS[flags.separator ?? ';'];
  if (separator === undefined || !Object.hasOwn(SEPARATORS, flags.separator ?? ';')) throw new UsageError(messages.separator, { value: String(flags.separator) });
  const select: StatusInvocation['select'] = {};
  const alleen = parseStatuses(flags.alleen);
  if (alleen) select.alleen = alleen;
  if (flags.verzekeraar !== undefined) {
    if (!/^\d{4}$/.test(flags.verzekeraar)) throw new UsageError(messages.uzovi, { value: flags.verzekeraar });
    select.verzekeraar = flags.verzekeraar;
  }
  const invocation: StatusInvocation = { check, select, format, separator };
  if (flags.failOn !== undefined) {
    if (flags.failOn !== 'strijdig' && flags.failOn !== 'open') throw new UsageError(messages.failOn, { value: flags.failOn });
    invocation.failOn = flags.failOn;
  }
  if (flags.output !== undefined) invocation.output = resolve(environment.cwd, flags.output);
  return invocation;
}

export interface ExportFlags {
  output?: string;
  register?: string;
  separator?: string;
  lang?: string;
  modelplannen?: string;
  jobs?: string;
  maxFileSize?: string;
}

export interface ExportInvocation {
  check: CheckOptions;
  outputDir: string;
  shownDir: string;
  separator: string;
}

export function exportInvocation(target: string, paths: string[], flags: ExportFlags, environment: Environment, lang: Lang): ExportInvocation {
  const check = baseCheck(paths, flags, environment, lang);
  if (target !== 'nza') throw new UsageError(messages.exportTarget, { value: target });
  if (flags.output === undefined) throw new UsageError(messages.noOutput);
  const register = registerRef(flags.register, environment);
  if (register) check.register = register;
  const separator = SEPARATORS[flags.separator ?? ';'];
  if (separator === undefined || !Object.hasOwn(SEPARATORS, flags.separator ?? ';')) throw new UsageError(messages.separator, { value: String(flags.separator) });
  return { check, outputDir: resolve(environment.cwd, flags.output), shownDir: flags.output, separator };
}
