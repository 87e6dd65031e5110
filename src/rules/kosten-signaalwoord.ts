import type { Signaalwoord } from '../domain/types.js';
import type { RawFinding } from './define.js';
import { defineRule } from './define.js';

type Id = 'purchase' | 'recurring';

const compiled = new WeakMap<Signaalwoord, RegExp>();
const anyOfList = new WeakMap<readonly Signaalwoord[], RegExp>();
const NOT_IN_WORD_BEFORE = '(?<![\\p{L}\\p{N}])';
const NOT_IN_WORD_AFTER = '(?![\\p{L}\\p{N}])';

/** The word as a pattern body: spaces match any whitespace; a trailing `*` matches a longer word. */
function wordBody(word: Signaalwoord): string {
  const open = word.woord.endsWith('*');
  const stem = (open ? word.woord.slice(0, -1) : word.woord)
    .trim()
    .split(/\s+/)
    .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('\\s+');
  return open ? `${stem}[\\p{L}\\p{N}]*` : stem;
}

/** Case-insensitive, on word boundaries; spaces match any whitespace; a trailing `*` matches a longer word. */
export function signalPattern(word: Signaalwoord): RegExp {
  let pattern = compiled.get(word);
  if (!pattern) {
    pattern = new RegExp(`${NOT_IN_WORD_BEFORE}${wordBody(word)}${NOT_IN_WORD_AFTER}`, 'iu');
    compiled.set(word, pattern);
  }
  return pattern;
}

/**
 * Every word of a list in one pattern: it matches exactly where one of the words' own patterns
 * matches, so a text without any (nearly every line) costs one search instead of one per word.
 */
function anySignalPattern(words: readonly Signaalwoord[]): RegExp {
  let pattern = anyOfList.get(words);
  if (!pattern) {
    pattern = new RegExp(`${NOT_IN_WORD_BEFORE}(?:${words.map(wordBody).join('|')})${NOT_IN_WORD_AFTER}`, 'iu');
    anyOfList.set(words, pattern);
  }
  return pattern;
}

/** The first signal word (in list order) found in the text. */
export function firstSignal(text: string, words: readonly Signaalwoord[]): { woord: string; gevonden: string; bron: string } | undefined {
  if (words.length === 0 || !anySignalPattern(words).test(text)) return undefined;
  for (const word of words) {
    const match = signalPattern(word).exec(text);
    if (match) return { woord: word.woord, gevonden: match[0], bron: word.bron };
  }
  return undefined;
}

export const kostenSignaalwoord = defineRule({
  id: 'kosten-signaalwoord',
  scope: 'aanvraag',
  severity: 'warning',
  title: { nl: 'Omschrijving wijst op aanschaf of terugkerende kosten', en: 'Description points to a purchase or recurring costs' },
  docs: {
    description: {
      nl: 'Een begrotingsregel wordt niet alleen op zijn kostencategorie beoordeeld maar ook op zijn omschrijving: staat er een signaalwoord voor aanschaf in (aanschaf, koop, levering, luiers, sensoren, apparatuur, …), dan kan het om de aanschaf van hulpmiddelen gaan, die niet uit de doorbraakmiddelen mag (§4.1); staat er een signaalwoord voor terugkerende kosten in (jaarlicentie, abonnement, per jaar, jaarlijks, structureel, …), dan kan het om structurele kosten gaan, terwijl structurele financiering geborgd moet zijn (seed 004). Welke kostencategorie er ook bij staat: de regel is een reden voor aanvullende beoordeling en noemt het woord en de bron. De woorden staan met hun bron in referentielijsten.yaml. Regels in een niet-financierbare categorie meldt kostencategorie-niet-financierbaar al.',
      en: 'A budget line is judged not only by its cost category but also by its description: a signal word for a purchase (aanschaf, koop, levering, luiers, sensoren, apparatuur, …) may mean buying medical aids, which the doorbraakmiddelen may not pay (§4.1); a signal word for recurring costs (jaarlicentie, abonnement, per jaar, jaarlijks, structureel, …) may mean structural costs, while structural financing must be secured (seed 004). Whatever category the line is booked under, it is a reason for additional review naming the word and the source. The words and their sources are in referentielijsten.yaml. Lines in a non-fundable category are already reported by kostencategorie-niet-financierbaar.',
    },
    source: 'Nota VWS 26 maart 2026, §4.1 (aanschaf hulpmiddelen niet financierbaar); Beleidskeuzes doorbraakmiddelen (seed 004): structurele financiering geborgd',
    example: 'begroting:\n  - { categorie: implementatie, omschrijving: "Aanschaf 2.000 sensorluiers", jaar: 2027, bedrag: 150000 }',
  },
  messages: {
    purchase: {
      nl: 'omschrijving "{omschrijving}" noemt "{gevonden}": aanschaf van hulpmiddelen is niet financierbaar ({bron}); boek alleen implementatie of kennisdeling, of licht toe waarom dit geen aanschaf is',
      en: 'description "{omschrijving}" says "{gevonden}": buying medical aids cannot be funded ({bron}); book only implementation or knowledge sharing, or explain why this is no purchase',
    },
    recurring: {
      nl: 'omschrijving "{omschrijving}" noemt "{gevonden}": terugkerende kosten horen niet in de eenmalige doorbraakmiddelen ({bron}); vraag alleen eenmalige kosten aan en borg de structurele financiering elders',
      en: 'description "{omschrijving}" says "{gevonden}": recurring costs do not belong in the one-off doorbraakmiddelen ({bron}); request only one-off costs and secure the structural financing elsewhere',
    },
  },
  check({ aanvraag, modelplan, frame }) {
    const words = frame.referentielijsten?.signaalwoorden;
    if (!modelplan || !words) return [];
    const out: RawFinding<Id>[] = [];
    aanvraag.begroting.forEach((regel, i) => {
      const categorie = modelplan.kostencategorieen.find((c) => c.id === regel.categorie);
      const pointer = `/begroting/${i}/omschrijving`;
      const purchase = categorie?.financierbaar === false ? undefined : firstSignal(regel.omschrijving, words.aanschaf);
      if (purchase) out.push({ pointer, messageId: 'purchase', args: { omschrijving: regel.omschrijving, gevonden: purchase.gevonden, bron: purchase.bron }, reviewReason: true });
      // A line already marked structureel: true is reported by eenmalige-investering.
      const recurring = regel.structureel === true ? undefined : firstSignal(regel.omschrijving, words.structureel);
      if (recurring) out.push({ pointer, messageId: 'recurring', args: { omschrijving: regel.omschrijving, gevonden: recurring.gevonden, bron: recurring.bron }, reviewReason: true });
    });
    return out;
  },
});
