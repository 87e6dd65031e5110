/**
 * Every bundled example gets exactly the findings, decision, reasons and score the README states.
 * Runs through the real CLI (in-process), so this is what an applicant sees.
 */
import { readdirSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Decision, FileResult, Report } from '../../src/report/types.js';
import { EXAMPLES, runInProcess } from '../helpers/cli.js';

type Row = [ruleId: string, messageId: string, severity: string, line: number, column: number, pointer: string];

interface Expected {
  decision: Decision;
  findings: Row[];
  /** Rule IDs of the review reasons, in order. */
  reasons: string[];
  /** total, conformiteit, doelmatigheid; null when the application cannot be scored. */
  score: [number, number, number] | null;
}

const EXPECTED: Record<string, Expected> = {
  'ai-spraakgestuurd-rapporteren-vvt.yaml': { decision: 'standaard', findings: [], reasons: [], score: [115, 100, 150] },
  'digitaal-zorgpad-copd-msz.yaml': { decision: 'standaard', findings: [], reasons: [], score: [105, 100, 116.7] },
  'medtech-slim-incontinentiemateriaal-vvt.yaml': { decision: 'standaard', findings: [], reasons: [], score: [105.6, 100, 118.8] },
  'sociaal-domein-valpreventie.yaml': { decision: 'standaard', findings: [], reasons: [], score: [120, 100, 166.7] },
  'afwijking-gemotiveerd-capaciteitsplanning-msz.yaml': {
    decision: 'aanvullende-beoordeling',
    findings: [['kostenverdeling', 'aboveMax', 'info', 44, 16, '/begroting/0/categorie']],
    reasons: ['kostenverdeling'],
    score: [103.7, 96.7, 120],
  },
  'afwijking-niet-gemeld-emdr-ggz.yaml': {
    decision: 'aanvullende-beoordeling',
    findings: [
      ['mijlpaal-termijn', 'late', 'warning', 120, 12, '/mijlpalen/2/datum'],
      ['aandeel-2029', 'milestonesTooMuch', 'warning', 121, 13, '/mijlpalen/2/bedrag'],
    ],
    reasons: ['mijlpaal-termijn', 'aandeel-2029'],
    score: [100, 92.8, 116.7],
  },
  'regionale-invulling-digitale-triage.yaml': {
    decision: 'aanvullende-beoordeling',
    findings: [
      ['regionale-invulling', 'filledIn', 'info', 135, 5, '/regionale_invulling/0'],
      ['regionale-invulling', 'filledIn', 'info', 137, 5, '/regionale_invulling/1'],
    ],
    reasons: ['regionale-invulling', 'regionale-invulling'],
    score: [108.5, 100, 128.3],
  },
  'regelfouten-vacuumtherapie.yaml': {
    decision: 'ongeldig',
    findings: [
      ['zorgverzekeraars', 'same', 'error', 37, 12, '/zorgverzekeraars/tweede/uzovi'],
      ['bovengrens', 'exceeded', 'error', 44, 1, '/begroting'],
      ['kostencategorie-niet-financierbaar', 'notFundable', 'error', 55, 16, '/begroting/2/categorie'],
    ],
    reasons: ['zorgverzekeraars', 'bovengrens', 'kostencategorie-niet-financierbaar'],
    score: null,
  },
  'wlz-zorg-op-zvw-route-incontinentie.yaml': {
    decision: 'ongeldig',
    findings: [
      ['zorgdomein-signaal', 'outsideZvw', 'warning', 7, 8, '/titel'],
      ['zorgdomein-signaal', 'outsideZvw', 'warning', 22, 13, '/aanvrager/leden/1/naam'],
      ['zorgdomein', 'outsideZvw', 'error', 51, 16, '/begroting/1/ontvanger'],
      ['zorgdomein', 'outsideZvw', 'error', 61, 16, '/begroting/3/ontvanger'],
      ['zorgdomein', 'outsideZvw', 'error', 71, 16, '/begroting/5/ontvanger'],
      ['zorgdomein', 'outsideZvw', 'error', 81, 16, '/begroting/7/ontvanger'],
      ['zorgdomein', 'outsideZvw', 'error', 91, 16, '/begroting/9/ontvanger'],
      ['financiering-buiten-zvw', 'outsideZvw', 'warning', 101, 29, '/borging/structurele_financiering'],
      ['financiering-buiten-zvw', 'outsideZvw', 'warning', 105, 18, '/randvoorwaarden/0/toelichting'],
    ],
    reasons: ['zorgdomein', 'zorgdomein', 'zorgdomein', 'zorgdomein', 'zorgdomein'],
    score: null,
  },
  'schemafouten.yaml': {
    decision: 'ongeldig',
    findings: [
      ['schema', 'required', 'error', 3, 1, ''],
      ['schema', 'expected', 'error', 26, 12, '/aanvrager/leden/1/agb'],
      ['schema', 'expected', 'error', 35, 18, '/businesscase/fte_besparing'],
      ['schema', 'required', 'error', 55, 5, '/begroting/3'],
      ['schema', 'unknownKeySuggestion', 'error', 56, 5, '/begroting/3/omschrijvnig'],
      ['schema', 'expected', 'error', 59, 13, '/begroting/3/bedrag'],
    ],
    reasons: ['schema', 'schema', 'schema', 'schema', 'schema', 'schema'],
    score: null,
  },
  'yaml-syntaxfout.yaml': {
    decision: 'ongeldig',
    findings: [['yaml-syntaxis', 'badIndent', 'error', 13, 1, '']],
    reasons: ['yaml-syntaxis'],
    score: null,
  },
};

let report: Report;
beforeAll(async () => {
  const result = await runInProcess(['check', '--format', 'json', 'examples/']);
  expect(result.code).toBe(1);
  report = JSON.parse(result.stdout) as Report;
});

const file = (name: string): FileResult => report.files.find((f) => f.file === `examples/${name}`)!;

describe('the bundled examples', () => {
  it('are exactly the files the table describes', () => {
    expect(readdirSync(EXAMPLES).filter((n) => n.endsWith('.yaml')).sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  it('cover all three review decisions', () => {
    expect(report.summary.decisions).toEqual({ ongeldig: 4, 'aanvullende-beoordeling': 3, standaard: 4 });
  });

  for (const [name, expected] of Object.entries(EXPECTED)) {
    describe(name, () => {
      it('has exactly its findings, at their lines and columns', () => {
        expect(file(name).findings.map((f): Row => [f.ruleId, f.messageId, f.severity, f.line, f.column, f.pointer])).toEqual(expected.findings);
      });
      it(`is ${expected.decision}, with its reasons`, () => {
        expect(file(name).review?.decision).toBe(expected.decision);
        expect(file(name).review?.reasons.map((r) => r.ruleId)).toEqual(expected.reasons);
      });
      it('has its score', () => {
        const score = file(name).score;
        expect(score ? [score.total, score.conformiteit, score.doelmatigheid] : null).toEqual(expected.score);
      });
    });
  }

  it('says on the SPUK route, and only there, that standaard means conformity with this tool’s assumed frame', async () => {
    expect(report.files.filter((f) => f.review?.kader).map((f) => [f.file, f.review!.decision, f.review!.kader!.soort])).toEqual([
      ['examples/sociaal-domein-valpreventie.yaml', 'standaard', 'aanname'],
    ]);
    const text = await runInProcess(['check', '--no-color', 'examples/sociaal-domein-valpreventie.yaml']);
    expect(text.stdout.split('\n').slice(0, 3)).toEqual([
      'examples/sociaal-domein-valpreventie.yaml  [standaard]  score 120,0  gevraagd € 600.000, € 150.000 per bespaarde fte',
      '  let op: standaard op de SPUK-route betekent: conform het kader van deze tool, een aanname; de seeds beschrijven voor het sociaal domein geen aanvragen, modelplannen of bovengrens (nota §3: "aparte afspraken"; §4.3)',
      '  geen bevindingen',
    ]);
    const markdown = await runInProcess(['check', '--format', 'markdown', '--lang', 'en', 'examples/sociaal-domein-valpreventie.yaml']);
    expect(markdown.stdout).toContain('### This tool’s frame (assumption)\n\n- **examples/sociaal-domein-valpreventie.yaml**: standard on the SPUK route means: conforming to this tool’s frame, an assumption;');
  });

  it('reads like a person wrote it', () => {
    const messages = file('schemafouten.yaml').findings.map((f) => f.message);
    expect(messages).toEqual([
      'contactpersoon: verplicht veld ontbreekt',
      'aanvrager.leden[1].agb: verwacht een AGB-code van 8 cijfers, gevonden "1234567"',
      'businesscase.fte_besparing: verwacht een aantal fte zoals 12.5, gevonden "veel"',
      'begroting[3].omschrijving: verplicht veld ontbreekt',
      'begroting[3]: onbekend veld "omschrijvnig"; bedoelde u "omschrijving"?',
      "begroting[3].bedrag: verwacht een bedrag in hele euro's, gevonden \"1.000,50\"",
    ]);
  });

  it('carries the declared motivation into the review reason', () => {
    const reason = file('afwijking-gemotiveerd-capaciteitsplanning-msz.yaml').review!.reasons[0]!;
    expect(reason.message).toMatch(/^aandeel "licenties-en-ict" is 45% van het totaal; de norm is hooguit 40% \(aanname\) \(gemelde afwijking, motivering: "Licenties en ICT nemen 45% /);
  });
});
