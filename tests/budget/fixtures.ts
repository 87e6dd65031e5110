/** Hand-built frames and check-report files for the budget tests (no YAML, no engine). */
import type { Budgetkader, Frame, Modelplan } from '../../src/domain/types.js';
import type { ApplicationSummary, Decision, FileResult, Finding } from '../../src/report/types.js';
import { fileResult } from '../helpers/file-result.js';

export function budgetkader(overrides: Partial<Budgetkader> = {}): Budgetkader {
  return {
    soort: 'budgetkader',
    id: 'test-kader',
    versie: '1.0.0',
    status: 'concept',
    totaal: { bedrag: 1000, bron: 'test' },
    jaren: [2027, 2028, 2029],
    themas: [
      { id: 'ai', naam: 'AI', financieringsroute: 'zvw', richtbedrag: { bedrag: 400, bron: 'test' } },
      { id: 'medtech', naam: 'Medische technologie', financieringsroute: 'zvw', richtbedrag: { bedrag: 100, bron: 'test' } },
      {
        id: 'sociaal',
        naam: 'Sociaal domein',
        financieringsroute: 'spuk',
        richtbedrag: { bedrag: 200, bron: 'test' },
        per_jaar: [
          { jaar: 2027, bedrag: 100, bron: 'test' },
          { jaar: 2028, bedrag: 100, bron: 'test' },
        ],
      },
    ],
    plafonds: [{ id: 'zvw-plafond', naam: 'Zvw-plafond', financieringsroute: 'zvw', bedrag: 450, tot_en_met: 2028, bron: 'test' }],
    ...overrides,
  };
}

/** Only the fields the budget reads; the rest of a modelplan does not matter here. */
export function modelplan(id: string, thema: string, zorgpaden?: { id: string; naam: string }[], versie = '1.0.0'): Modelplan {
  return { soort: 'modelplan', id, versie, titel: `Titel ${id}`, thema, ...(zorgpaden ? { zorgpaden } : {}) } as Modelplan;
}

export function frame(kader: Budgetkader = budgetkader(), modelplannen: Modelplan[] = defaultModelplannen()): Frame {
  return { dir: '/test', budgetkader: kader, modelplannen };
}

export function defaultModelplannen(): Modelplan[] {
  return [
    modelplan('pad', 'ai', [
      { id: 'copd', naam: 'COPD' },
      { id: 'astma', naam: 'Astma' },
    ]),
    modelplan('spraak', 'ai'),
    modelplan('stoma', 'medtech'),
    modelplan('val', 'sociaal'),
  ];
}

export interface ApplicationSpec {
  file: string;
  thema?: string;
  route?: string;
  modelplan?: string;
  sector?: string;
  zorgpad?: string;
  uzovi?: string | null;
  perJaar?: Record<string, number>;
  decision?: Decision;
  fingerprint?: string;
  /** Receiving parties (ids); the total is split over them, the last gets the rest. Default: one party. */
  partijen?: string[];
  /** The review score total (0..100), for `--toewijzing rangorde`. */
  score?: number;
}

export function application(spec: ApplicationSpec): FileResult {
  const perJaar = spec.perJaar ?? { '2027': 10 };
  const totaal = Object.values(perJaar).reduce((a, b) => a + b, 0);
  const ids = spec.partijen ?? ['73730101'];
  const share = Math.floor(totaal / ids.length);
  const perOntvanger = ids
    .map((id, i) => ({ id, naam: `Partij ${id}`, sector: spec.sector ?? 'vvt', bedrag: i === ids.length - 1 ? totaal - share * (ids.length - 1) : share }))
    .sort((a, b) => (a.id < b.id ? -1 : 1));
  const summary: ApplicationSummary = {
    modelplan: { id: spec.modelplan ?? 'spraak', versie: '1.0.0' },
    titel: `Aanvraag ${spec.file}`,
    thema: spec.thema ?? 'ai',
    financieringsroute: spec.route ?? (spec.thema === 'sociaal' ? 'spuk' : 'zvw'),
    sector: spec.sector ?? 'vvt',
    aanvrager: 'Coalitie Test',
    totaal,
    perJaar,
    perOntvanger,
    fteBesparing: 1,
    euroPerFte: totaal,
    fingerprint: spec.fingerprint ?? `fp:${spec.file}`,
  };
  if (spec.zorgpad !== undefined) summary.zorgpad = spec.zorgpad;
  const uzovi = spec.uzovi === undefined ? '3311' : spec.uzovi;
  if (uzovi !== null) summary.coordinerendeVerzekeraar = { uzovi, naam: `Verzekeraar ${uzovi}` };
  const decision = spec.decision ?? 'standaard';
  const result: FileResult = fileResult({ file: spec.file, kind: 'aanvraag', findings: [], review: { decision, reasons: [] }, aanvraag: summary });
  if (spec.score !== undefined) result.score = { total: spec.score } as FileResult['score'];
  return result;
}

export function finding(file: string, ruleId: string, line: number, message: string, severity: Finding['severity'] = 'error'): Finding {
  return { ruleId, severity, file, pointer: '', messageId: 'm', args: {}, message, line, column: 1, endLine: line, endColumn: 2 };
}

export function invalidFile(file: string, findings: Finding[], kind: FileResult['kind'] = 'aanvraag'): FileResult {
  return fileResult({ file, kind, findings, review: { decision: 'ongeldig', reasons: [] } });
}
