/**
 * Text signals by concept, not by word list: a concept (begrip) of referentielijsten.yaml lists the
 * Dutch and English lemmas of one idea; a text matches when one of its words has the same Snowball
 * stem as a lemma (inflections: luiers/luier, purchased/purchase), when a lemma is a part of a
 * compound (sensorluiers, leasevloot, verpleeghuisafdelingen), when a phrase's words follow each
 * other (`per maand`), or when a separable verb's parts stand in one clause (`wijken … af`).
 * Case and diacritics never matter. A concept marked `ontkenning` ignores a match right after a
 * negation (`geen subsidie`).
 *
 * The stemmers are the Snowball ones for Dutch and English (@orama/stemmers): the reference
 * algorithms, maintained, no dependencies. Compound splitting is by affix on the known lemmas
 * (a lemma of at least MIN_COMPOUND letters at the start or the end of a word), which is what the
 * signal needs and keeps the tool free of a dictionary of every Dutch word.
 */
import { stemmer as dutchStem } from '@orama/stemmers/dutch';
import { stemmer as englishStem } from '@orama/stemmers/english';
import type { Aanvraag, Begrip, Signaalwoord } from '../domain/types.js';

/** A lemma this long or longer also counts as a part of a compound word. */
const MIN_COMPOUND = 4;
/** The rest of a compound word must be a word part too, not an inflection (sensor|en is stemmed). */
const MIN_REST = 3;
/** The parts of a separable verb stand at most this many words apart. */
const SEPARABLE_WINDOW = 6;
/** A negation this many words before a match cancels it (concepts with ontkenning). */
const NEGATION_WINDOW = 3;
const NEGATIONS = new Set(['geen', 'niet', 'zonder', 'nooit', 'no', 'not', 'without', 'never', 'none']);

/** One word (folded), shared by every token of it in every text: its forms and, per concept, the patterns it can start. */
interface Word {
  forms: readonly string[];
  /** By Compiled.id. */
  starts: (readonly number[] | undefined)[];
}

interface Token {
  text: string;
  forms: readonly string[];
  word: Word;
  /** Index of the clause (split at . ; : ! ? and newlines). */
  clause: number;
}

type Pattern = { kind: 'word'; forms: readonly string[]; root: readonly string[] } | { kind: 'phrase'; parts: Pattern[] } | { kind: 'separable'; first: Pattern; last: Pattern };

export interface SignalMatch {
  /** The lemma as written in the concept. */
  lemma: string;
  /** The words of the text that matched, as typed. */
  found: string;
}

function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/**
 * Memo tables, bounded: the vocabulary of a batch is small next to its words (every application
 * repeats zorg, medewerkers, tijd), and the same free text is read by several rules of one file. A
 * table that grows past its bound (a hostile text of endless new words, a language server session
 * of many edits) is cleared, never trusted stale: every entry is a pure function of its key.
 */
const WORDS_LIMIT = 50_000;
/** Tokens held for texts, in all: the texts of a few files (a large file's texts may have 10,000). */
const TOKENS_LIMIT = 100_000;
let tokensHeld = 0;
function remember<K, V>(table: Map<K, V>, key: K, value: V): V {
  if (table.size >= WORDS_LIMIT) table.clear();
  table.set(key, value);
  return value;
}

const wordsMemo = new Map<string, Word>();
const tokensMemo = new Map<string, readonly Token[]>();

function wordOf(folded: string): Word {
  return wordsMemo.get(folded) ?? remember(wordsMemo, folded, { forms: stemForms(folded), starts: [] });
}

function formsOf(word: string): readonly string[] {
  return wordOf(word).forms;
}

function stemForms(word: string): string[] {
  const dutch = dutchStem(word);
  // Dutch voices a final s or f before an ending (huis/huizen, brief/brieven): undo it in the stem.
  const unvoiced = dutch.replace(/z$/u, 's').replace(/v$/u, 'f');
  return [...new Set([word, dutch, unvoiced, englishStem(word)])];
}

/** How much the memo tables hold now (tests: they stay bounded). */
export function memoHeld(): { words: number; tokens: number } {
  return { words: wordsMemo.size, tokens: tokensHeld };
}

/** The words of a text with their stems and clause numbers (the text as typed, for the message). */
export function tokenize(text: string): readonly Token[] {
  const known = tokensMemo.get(text);
  if (known) return known;
  const tokens = tokenizeText(text);
  if (tokensHeld + tokens.length > TOKENS_LIMIT) {
    tokensMemo.clear();
    tokensHeld = 0;
  }
  tokensMemo.set(text, tokens);
  tokensHeld += tokens.length;
  return tokens;
}

function tokenizeText(text: string): Token[] {
  const out: Token[] = [];
  let clause = 0;
  for (const match of text.matchAll(/[\p{L}\p{N}]+|[.;:!?\n]/gu)) {
    const raw = match[0];
    if (/^[.;:!?\n]$/u.test(raw)) {
      clause += 1;
      continue;
    }
    const word = wordOf(fold(raw));
    out.push({ text: raw, forms: word.forms, word, clause });
  }
  return out;
}

function wordPattern(word: string): Pattern {
  const folded = fold(word);
  const forms = formsOf(folded);
  // Only the lemma as written is a compound part: a stem of the other language would be a false
  // part (English `financ` from financed inside the Dutch financiering).
  return { kind: 'word', forms, root: folded.length >= MIN_COMPOUND ? [folded] : [] };
}

function exactWord(word: string): Pattern {
  return { kind: 'word', forms: formsOf(fold(word.trim())), root: [] };
}

interface Compiled {
  /** Its index in Word.starts. */
  id: number;
  patterns: { lemma: string; pattern: Pattern }[];
}
let compiledCount = 0;
const compiledPatterns = new WeakMap<Begrip, Compiled>();

function patternOf(lemma: string): Pattern {
  const separable = lemma.split(/\s*…\s*|\s*\.\.\.\s*/u);
  // The parts of a separable verb are whole words (wijken … af, not wijkteams … af).
  if (separable.length === 2) return { kind: 'separable', first: exactWord(separable[0]!), last: exactWord(separable[1]!) };
  const words = fold(lemma)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w !== '');
  if (words.length === 1) return wordPattern(words[0]!);
  // Words of a phrase match by stem only: a part of a compound is not a phrase.
  return { kind: 'phrase', parts: words.map((w) => ({ kind: 'word', forms: formsOf(w), root: [] })) };
}

function wordMatches(p: Extract<Pattern, { kind: 'word' }>, token: Token): boolean {
  if (token.forms.some((f) => p.forms.includes(f))) return true;
  const text = token.forms[0]!;
  return p.root.some((root) => (text.startsWith(root) && text.length - root.length >= MIN_REST) || token.forms.some((f) => f.endsWith(root) && f.length - root.length >= MIN_REST));
}

/** The length in tokens of a match of `p` starting at `i`, or 0. */
function matchAt(p: Pattern, tokens: readonly Token[], i: number): number {
  const token = tokens[i];
  if (!token) return 0;
  if (p.kind === 'word') return wordMatches(p, token) ? 1 : 0;
  if (p.kind === 'phrase') {
    for (let k = 0; k < p.parts.length; k += 1) {
      const next = tokens[i + k];
      if (!next || next.clause !== token.clause || matchAt(p.parts[k]!, tokens, i + k) === 0) return 0;
    }
    return p.parts.length;
  }
  const first = matchAt(p.first, tokens, i);
  if (first === 0) return 0;
  for (let j = i + first; j < tokens.length && j <= i + first + SEPARABLE_WINDOW && tokens[j]!.clause === token.clause; j += 1) {
    const last = matchAt(p.last, tokens, j);
    if (last > 0) return j + last - i;
  }
  return 0;
}

function compiledOf(begrip: Begrip): Compiled {
  let compiled = compiledPatterns.get(begrip);
  if (!compiled) {
    compiled = { id: compiledCount++, patterns: [...begrip.nl, ...begrip.en].map((lemma) => ({ lemma, pattern: patternOf(lemma) })) };
    compiledPatterns.set(begrip, compiled);
  }
  return compiled;
}

function firstWord(p: Pattern): Extract<Pattern, { kind: 'word' }> {
  if (p.kind === 'word') return p;
  return firstWord(p.kind === 'phrase' ? p.parts[0]! : p.first);
}

/**
 * The patterns that can start at this token: a match of any pattern begins with its first word,
 * and whether a word matches depends on the word alone, so this is decided once per word.
 */
function startingAt(compiled: Compiled, token: Token): readonly number[] {
  const known = token.word.starts[compiled.id];
  if (known) return known;
  return (token.word.starts[compiled.id] = compiled.patterns.flatMap(({ pattern }, index) => (wordMatches(firstWord(pattern), token) ? [index] : [])));
}

function negated(tokens: readonly Token[], i: number): boolean {
  for (let j = Math.max(0, i - NEGATION_WINDOW); j < i; j += 1) {
    if (tokens[j]!.clause === tokens[i]!.clause && NEGATIONS.has(tokens[j]!.forms[0]!)) return true;
  }
  return false;
}

/** The first match of a concept in the text (in text order), or undefined. */
export function findConcept(text: string | readonly Token[], begrip: Begrip | undefined): SignalMatch | undefined {
  if (!begrip) return undefined;
  const tokens = typeof text === 'string' ? tokenize(text) : text;
  const compiled = compiledOf(begrip);
  for (let i = 0; i < tokens.length; i += 1) {
    for (const index of startingAt(compiled, tokens[i]!)) {
      const { lemma, pattern } = compiled.patterns[index]!;
      const length = matchAt(pattern, tokens, i);
      if (length === 0 || (begrip.ontkenning === true && negated(tokens, i))) continue;
      const found = length <= 2 ? tokens.slice(i, i + length).map((t) => t.text).join(' ') : `${tokens[i]!.text} … ${tokens[i + length - 1]!.text}`;
      return { lemma, found };
    }
  }
  return undefined;
}

/** Whether a number stands in the text (a count of things: 2.000, 400). */
export function hasCount(tokens: readonly Token[]): boolean {
  return tokens.some((t) => /^\d+$/u.test(t.forms[0]!) && !/^20\d\d$/u.test(t.forms[0]!));
}

/** A free text of an application with its pointer. */
export interface FreeText {
  pointer: string;
  text: string;
}

/**
 * The applicant's own free texts, where a principle may be admitted in words: the title, the
 * business case, every budget line and milestone description, the borging, the explanations of
 * the preconditions, the regional elaboration and the target group. Not the motivations of
 * declared deviations (those are the declaration).
 */
export function freeTexts(aanvraag: Aanvraag): FreeText[] {
  const out: FreeText[] = [{ pointer: '/titel', text: aanvraag.titel }, { pointer: '/businesscase/onderbouwing', text: aanvraag.businesscase.onderbouwing }];
  if (aanvraag.businesscase.maatschappelijke_businesscase !== undefined) out.push({ pointer: '/businesscase/maatschappelijke_businesscase', text: aanvraag.businesscase.maatschappelijke_businesscase });
  aanvraag.begroting.forEach((r, i) => out.push({ pointer: `/begroting/${i}/omschrijving`, text: r.omschrijving }));
  aanvraag.mijlpalen.forEach((m, i) => {
    if (m.omschrijving !== undefined) out.push({ pointer: `/mijlpalen/${i}/omschrijving`, text: m.omschrijving });
  });
  out.push({ pointer: '/borging/omschrijving', text: aanvraag.borging.omschrijving }, { pointer: '/borging/structurele_financiering', text: aanvraag.borging.structurele_financiering });
  aanvraag.randvoorwaarden.forEach((r, i) => {
    if (r.toelichting !== undefined) out.push({ pointer: `/randvoorwaarden/${i}/toelichting`, text: r.toelichting });
  });
  aanvraag.regionale_invulling?.forEach((r, i) => out.push({ pointer: `/regionale_invulling/${i}/invulling`, text: r.invulling }));
  if (aanvraag.inhoud?.doelgroep !== undefined) out.push({ pointer: '/inhoud/doelgroep', text: aanvraag.inhoud.doelgroep });
  return out;
}

/* Plain word lists (signaalwoorden): whole words, a trailing `*` for a longer word. */

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

