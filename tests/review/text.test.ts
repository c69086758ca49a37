/** Text checks of `npm run revisar`: each planted defect is reported, with where it is; clean text gives nothing. */
import { describe, expect, it } from 'vitest';
import { reviewText, sentences } from '../../src/review/text.js';
import { twinBlocks } from '../../src/review/twin.js';
import { pendingReason } from '../../src/review/rules.js';

const para = 'La coordinación entre la fiscalía y el sistema DIF permitió atender a las víctimas identificadas durante el periodo con un plan de restitución de derechos.';
const clean = [
  '# Detección',
  '',
  'El Instituto Nacional de Migración (INM) participa en la detección en puntos de internación; el INM refiere los casos a la fiscalía (véase el convenio núm. 29 de la OIT).',
  '',
  '## Barreras y retos',
  '',
  'En total, 12 instituciones señalaron 28 barreras y 1 reto en 1 entrevista.',
  '',
  '## Glosario y siglas',
  '',
  '- **OIT**: Organización Internacional del Trabajo.',
  '',
].join('\n');

const rules = (md: string) => reviewText(twinBlocks(md));

describe('text checks', () => {
  it('finds nothing in clean text (abbreviations, defined acronyms, agreeing counts)', () => {
    expect(rules(clean)).toEqual([]);
    expect(sentences('Convenio sobre el trabajo forzoso (núm. 29) de la OIT. Otra oración.')).toHaveLength(2);
  });

  it('reports a paragraph printed three times and a sentence printed four times, with their sections', () => {
    const md = [clean, '# Canalización', '', para, '', '## A', '', para, '', '## B', '', para, '', '# Atención', ''].join('\n')
      + ['A', 'B', 'C', 'D'].map((x) => `## Sección ${x}\n\nTexto propio ${x}. Las barreras y los retos describen los obstáculos que enfrentan las instituciones y las víctimas.\n`).join('\n');
    const f = rules(md);
    const p = f.find((x) => x.rule === 'texto.parrafo-repetido')!;
    expect(p.message).toContain('aparece 3 veces');
    expect(p.where).toContain('capítulo 2 «Canalización»');
    expect(p.where).toContain('2.1 A');
    const s = f.find((x) => x.rule === 'texto.frase-repetida')!;
    expect(s.message).toContain('Las barreras y los retos describen');
    expect(s.message).toContain('aparece 4 veces');
    // a repeated paragraph is not reported again sentence by sentence
    expect(f.filter((x) => x.rule === 'texto.frase-repetida')).toHaveLength(1);
  });

  it('counts a quotation\'s attribution as a label, not a sentence; the same line in prose still counts', () => {
    const quote = (x: string) => `> “Testimonio propio número ${x} sobre la atención que recibieron las víctimas.”\n>\n> — Persona entrevistada, organización de la sociedad civil\n`;
    const quoted = `${clean}\n# Testimonios\n\n${['A', 'B', 'C', 'D', 'E'].map(quote).join('\n')}`;
    expect(twinBlocks(quoted).filter((b) => b.kind === 'attribution')).toHaveLength(5);
    expect(rules(quoted)).toEqual([]);
    const prose = `${clean}\n# Testimonios\n\n${['A', 'B', 'C', 'D'].map((x) => `## ${x}\n\nTexto ${x}. Lo dijo una persona entrevistada de una organización de la sociedad civil.\n`).join('\n')}`;
    expect(rules(prose).map((f) => f.rule)).toEqual(['texto.frase-repetida']);
  });

  it('fails on repeated text: no text rule only warns any more (#13)', () => {
    expect(pendingReason('texto.frase-repetida')).toBeUndefined();
    expect(pendingReason('texto.parrafo-repetido')).toBeUndefined();
  });

  it('reports number–noun disagreement in prose and tables', () => {
    const md = `${clean}\n# Hallazgos\n\nSe registraron 28 barrera · 21 reto en la etapa y 1 menciones aisladas.\n\n| Etapa | Resumen |\n| --- | --- |\n| Detección | 3 entrevista |\n`;
    const f = rules(md).filter((x) => x.rule === 'texto.concordancia-numero');
    expect(f.map((x) => /«([^»]+)»/.exec(x.message)![1])).toEqual(['28 barrera', '21 reto', '1 menciones', '3 entrevista']);
    expect(f[0]!.message).toContain('«28 barreras»');
    expect(f[3]!.where).toContain('Tabla 1');
  });

  it('reports a sentence that starts with a digit', () => {
    const f = rules(`${clean}\n# Testimonios\n\nSe citan fragmentos con consentimiento. 23 fragmentos provienen de entrevistas sin consentimiento para citar.\n`);
    const d = f.filter((x) => x.rule === 'texto.inicia-con-cifra');
    expect(d).toHaveLength(1);
    expect(d[0]!.message).toContain('«23 fragmentos provienen');
    expect(d[0]!.where).toBe('capítulo 2 «Testimonios»');
  });

  it('reports an acronym never defined, at its first use', () => {
    const f = rules(`${clean}\n# Protección\n\nLa SSPC y la FGE coordinan las medidas; la FGE (Fiscalía General del Estado) las solicita.\n`);
    const a = f.filter((x) => x.rule === 'texto.sigla-sin-definir');
    expect(a.map((x) => /«([^»]+)»/.exec(x.message)![1])).toEqual(['SSPC']);
    expect(a[0]!.where).toBe('capítulo 2 «Protección»');
  });

  it('reports a section listed twice in one chapter (the index would show it twice)', () => {
    const md = '# Acceso a la justicia y reparación integral\n\n## Reparación integral\n\nTexto.\n\n## Acceso a la justicia\n\nTexto.\n\n## Reparación integral\n\nTexto.\n';
    const f = rules(md).filter((x) => x.rule === 'indice.seccion-repetida');
    expect(f).toHaveLength(1);
    expect(f[0]!.message).toContain('(1.1 y 1.3)');
  });
});
