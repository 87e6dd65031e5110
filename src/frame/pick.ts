/** Which modelplan a command means: the newest version of an id, or the version asked for. */
import { compareVersions } from '../domain/compare.js';
import type { Frame, Modelplan } from '../domain/types.js';
import { UsageError } from '../errors.js';
import { fillTemplate } from '../i18n/template.js';
import type { Localized } from '../report/types.js';
import { suggest } from '../validate/suggest.js';

const text = {
  unknown: { nl: 'onbekend modelplan "{id}"{hint}', en: 'unknown modelplan "{id}"{hint}' },
  didYouMean: { nl: '; bedoelde u "{suggestion}"?', en: '; did you mean "{suggestion}"?' },
  seeList: { nl: "; zie 'modelplan list'", en: "; see 'modelplan list'" },
  noVersion: { nl: 'modelplan "{id}" heeft geen versie {versie}; beschikbaar: {list}', en: 'modelplan "{id}" has no version {versie}; available: {list}' },
} satisfies Record<string, Localized>;

/** The newest version of a modelplan (or the one asked for); unknown ids get a suggestion. Errors are rendered at the edge. */
export function pickModelplan(frame: Frame, id: string, versie: string | undefined): Modelplan {
  const versions = frame.modelplannen.filter((m) => m.id === id).sort((a, b) => compareVersions(a.versie, b.versie));
  if (versions.length === 0) {
    const suggestion = suggest(id, [...new Set(frame.modelplannen.map((m) => m.id))]);
    const hint = suggestion ? { nl: fillTemplate(text.didYouMean.nl, { suggestion }, 'nl'), en: fillTemplate(text.didYouMean.en, { suggestion }, 'en') } : text.seeList;
    throw new UsageError(text.unknown, { id, hint });
  }
  const chosen = versie === undefined ? versions.at(-1) : versions.find((m) => m.versie === versie);
  if (!chosen) throw new UsageError(text.noVersion, { id, versie: versie!, list: versions.map((m) => m.versie).join(', ') });
  return chosen;
}
