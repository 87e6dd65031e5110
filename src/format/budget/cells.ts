/** The cells, rows and sections every budget view is laid out in, and the figures' text (percent, signed euros, share bars). */
import type { Euros, PercentTenths, Subscription } from '../../budget/types.js';
import { formatEuros } from '../../i18n/ui.js';
import type { Lang } from '../../report/types.js';
import { budgetText as text } from './labels.js';

export type Tone = 'over' | 'ok' | 'muted';

export interface Cell {
  text: string;
  tone?: Tone;
}

export interface Row {
  cells: Cell[];
  /** A totals row (rendered bold) or a sub-row of the row above. */
  kind?: 'total' | 'sub';
}

export interface Section {
  title: string;
  columns: { header: string; align: 'left' | 'right' }[];
  rows: Row[];
  notes: string[];
}


const BAR_WIDTH = 10;
const NO_VALUE = '—';

export function formatPercent(tenths: PercentTenths, lang: Lang): string {
  if (tenths === null) return NO_VALUE;
  return `${tenths / 10n}${lang === 'nl' ? ',' : '.'}${tenths % 10n}%`;
}

export function signedEuros(amount: Euros | null, lang: Lang): string {
  if (amount === null) return NO_VALUE;
  return (amount > 0n ? '+' : '') + formatEuros(amount, lang);
}


/**
 * A text bar of requested against a reference, with the percentage: `████████░░ 83,2%`. A full bar
 * means at least 100%; beyond 100% the bar carries the over-subscription marker.
 */
export function shareBar(requested: Euros, reference: Euros | null, percentage: PercentTenths, subscription: Subscription | null, lang: Lang): Cell {
  if (reference === null) return { text: NO_VALUE, tone: 'muted' };
  const over = subscription === 'over';
  const marker = over ? ` ${text.overSubscribed[lang]}` : '';
  if (reference === 0n) return { text: NO_VALUE + marker, ...(over ? { tone: 'over' as const } : {}) };
  const scaled = (requested * BigInt(BAR_WIDTH)) / reference;
  const filled = scaled > BigInt(BAR_WIDTH) ? BAR_WIDTH : Number(scaled);
  const bar = '█'.repeat(filled) + '░'.repeat(BAR_WIDTH - filled);
  return { text: `${bar} ${formatPercent(percentage, lang)}${marker}`, tone: over ? 'over' : 'ok' };
}

