/** Which modelplan a command means: the newest version of an id, or the version asked for. */
import { compareVersions } from '../domain/compare.js';
import type { Frame, Modelplan } from '../domain/types.js';
import { UsageError } from '../errors.js';
import type { Lang } from '../report/types.js';
import { suggest } from '../validate/suggest.js';

const say = (lang: Lang, nl: string, en: string) => (lang === 'nl' ? nl : en);

/** The newest version of a modelplan (or the one asked for); unknown ids get a suggestion. */
export function pickModelplan(frame: Frame, id: string, versie: string | undefined, lang: Lang): Modelplan {
  const versions = frame.modelplannen.filter((m) => m.id === id).sort((a, b) => compareVersions(a.versie, b.versie));
  if (versions.length === 0) {
    const suggestion = suggest(id, [...new Set(frame.modelplannen.map((m) => m.id))]);
    const hint = suggestion ? say(lang, `; bedoelde u "${suggestion}"?`, `; did you mean "${suggestion}"?`) : say(lang, "; zie 'modelplan list'", "; see 'modelplan list'");
    throw new UsageError(say(lang, `onbekend modelplan "${id}"${hint}`, `unknown modelplan "${id}"${hint}`));
  }
  const chosen = versie === undefined ? versions.at(-1) : versions.find((m) => m.versie === versie);
  if (!chosen) {
    const list = versions.map((m) => m.versie).join(', ');
    throw new UsageError(say(lang, `modelplan "${id}" heeft geen versie ${versie}; beschikbaar: ${list}`, `modelplan "${id}" has no version ${versie}; available: ${list}`));
  }
  return chosen;
}
