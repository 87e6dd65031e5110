/** `check --explain-score`: the score's make-up, element by element with the rules that decide it, in both languages. */
import { describe, expect, it } from 'vitest';
import { runInProcess } from '../helpers/cli.js';

const CONFORMING = 'examples/ai-spraakgestuurd-rapporteren-vvt.yaml';

describe('--explain-score', () => {
  it('shows the formula, every element with its weight and deciding rules, and the uncapped efficiency (nl)', async () => {
    const result = await runInProcess(['check', '--no-color', '--explain-score', CONFORMING]);
    expect(result.code).toBe(0);
    expect(result.stdout.split('\n').slice(2, 10)).toEqual([
      '  score 115,0 = conformiteit 100,0 × 70 + doelmatigheid 150,0 × 30, gedeeld door 100',
      '    randvoorwaarden: 3 van 3 voldaan, gewicht 30 (bepaald door randvoorwaarden)',
      '    mijlpalen: 4 van 4 voldaan, gewicht 25 (bepaald door mijlpalen-verplicht, mijlpaal-termijn, mijlpaal-looptijd)',
      '    kostenverdeling: 6 van 6 voldaan, gewicht 20 (bepaald door kostenverdeling)',
      '    businesscase: 1 van 1 voldaan, gewicht 15 (bepaald door fte-minimum, fte-plausibel)',
      '    looptijd: 12 van 12 voldaan, gewicht 10 (bepaald door looptijd, aandeel-2029)',
      '    doelmatigheid 150,0 = 100 × norm € 200.000 ÷ € 133.333 per bespaarde fte (meer fte per euro geeft een hogere score, tot de plausibele grens max_doelmatigheid van het modelplan)',
      '',
    ]);
  });

  it('in English with --lang en, and nothing of it without the flag', async () => {
    const en = await runInProcess(['check', '--no-color', '--explain-score', '--lang', 'en', CONFORMING]);
    expect(en.stdout.split('\n')[2]).toBe('  score 115.0 = conformity 100.0 × 70 + efficiency 150.0 × 30, divided by 100');
    expect(en.stdout).toContain('    efficiency 150.0 = 100 × norm € 200,000 ÷ € 133,333 per fte saved (more fte per euro scores higher, up to the modelplan’s plausible limit max_doelmatigheid)');
    const plain = await runInProcess(['check', '--no-color', CONFORMING]);
    expect(plain.stdout).not.toContain('conformiteit');
  });
});
