/**
 * The real templates (templates/diagnostico) rendered from the analysis of a small fixture
 * state (tests/fixtures/analyse/state.ts), and from an empty one: every chapter heading,
 * no placeholders, valid Markdown for the DOCX writer.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import { analyse } from '../../src/analyse/index.js';
import { loadProjectConfig } from '../../src/config/project.js';
import type { StateData } from '../../src/load/types.js';
import { renderReport, renderReportMarkdown, type FlowchartsContext } from '../../src/render/markdown/index.js';
import { UserError } from '../../src/util/errors.js';
import { fixtureState, SECRET } from '../fixtures/analyse/state.js';

const root = path.resolve(import.meta.dirname, '../..');
const project = loadProjectConfig(root);
const chapters = project.diagnostico.capitulos;

const HEADINGS: Record<string, string> = {
  'resumen-ejecutivo': 'Resumen ejecutivo',
  metodologia: 'Metodología',
  'marco-normativo': 'Marco normativo',
  'mapeo-institucional': 'Mapeo institucional',
  'contexto-estadistico': 'Contexto estadístico',
  deteccion: 'Detección',
  valoracion: 'Valoración e identificación',
  canalizacion: 'Canalización',
  atencion: 'Atención a víctimas',
  proteccion: 'Protección, situación migratoria y retorno',
  'acceso-justicia': 'Acceso a la justicia y reparación integral',
  hallazgos: 'Hallazgos',
  recomendaciones: 'Recomendaciones',
  anexos: 'Anexos',
};

function state(overrides: Partial<StateData> = {}): StateData {
  const base = fixtureState(overrides);
  return { ...base, root, project, narrativa: overrides.narrativa ?? {} };
}

function emptyState(): StateData {
  const s = state();
  const empty = <T,>(d: { name: string; files: string[]; rows: T[]; locations: unknown[] }) => ({ ...d, rows: [] as T[], locations: [] });
  return {
    ...s,
    entrevistas: empty(s.entrevistas), segmentos: empty(s.segmentos), marco_normativo: empty(s.marco_normativo),
    herramientas: empty(s.herramientas), organizaciones: empty(s.organizaciones), recomendaciones: empty(s.recomendaciones),
    estadisticas: { ...s.estadisticas, rows: [] },
  } as StateData;
}

type MdNode = { type: string; depth?: number; value?: string; url?: string; children?: MdNode[] };
const parse = (md: string) => unified().use(remarkParse).use(remarkGfm).parse(md) as MdNode;
function walk(n: MdNode, f: (n: MdNode) => void): void {
  f(n);
  for (const c of n.children ?? []) walk(c, f);
}
const text = (n: MdNode): string => (n.type === 'text' ? n.value ?? '' : (n.children ?? []).map(text).join(''));

function checkMarkdown(md: string): void {
  // Every chapter, in config order, as a level-1 heading.
  const h1 = md.split('\n').filter((l) => l.startsWith('# ')).map((l) => l.slice(2));
  expect(h1).toEqual(chapters.map((c) => HEADINGS[c]));
  // No placeholders or leaked objects.
  for (const bad of ['undefined', '[object Object]', '{{', '}}', 'NaN', 'null']) expect(md, bad).not.toContain(bad);
  // Deterministic layout.
  expect(md.endsWith('\n') && !md.endsWith('\n\n')).toBe(true);
  expect(md).not.toMatch(/[ \t]+$/m);
  expect(md).not.toMatch(/\n\n\n/);
  expect(md).not.toMatch(/^ {4}/m);

  const tree = parse(md);
  const captions = new Set<string>();
  const figures = new Set<string>();
  const children = tree.children ?? [];
  children.forEach((n, i) => {
    if (n.type === 'table') {
      // Caption before, source after, no empty table.
      expect(text(children[i - 1]!)).toMatch(/^Tabla: .+ \{#tbl:[A-Za-z0-9_-]+\}$/);
      expect(text(children[i + 1]!)).toMatch(/^Fuente: /);
      expect(n.children!.length).toBeGreaterThan(1);
    }
    if (n.type === 'paragraph' && n.children?.[0]?.type === 'image') {
      expect(n.children[0].url).toMatch(/^(grafica|flujograma):[a-z0-9-]+$/);
      expect(text(children[i + 1]!)).toMatch(/^Figura: .+ \{#fig:[a-z0-9-]+\}$/);
      expect(text(children[i + 2]!)).toMatch(/^Fuente: /);
    }
  });
  for (const m of md.matchAll(/\{#tbl:([A-Za-z0-9_-]+)\}/g)) {
    expect(captions.has(m[1]!), `id de tabla repetido: ${m[1]}`).toBe(false);
    captions.add(m[1]!);
  }
  for (const m of md.matchAll(/\{#fig:([A-Za-z0-9_-]+)\}/g)) figures.add(m[1]!);
  // Every cross-reference points to a caption of the document.
  for (const m of md.matchAll(/@(tbl|fig):([A-Za-z0-9_-]+)/g)) {
    expect((m[1] === 'tbl' ? captions : figures).has(m[2]!), `referencia sin destino: ${m[0]}`).toBe(true);
  }
  // Landscape sections are balanced.
  expect(md.match(/<!-- horizontal -->/g)?.length ?? 0).toBe(md.match(/<!-- \/horizontal -->/g)?.length ?? 0);
}

describe('the diagnostic templates', () => {
  test('render every chapter of a small fixture state', async () => {
    const data = state({ narrativa: { metodologia: { file: 'data/prueba/narrativa/metodologia.md', markdown: 'Narrativa *propia* del estado.\n\n### Contexto local\n\nTexto.' } } });
    const md = await renderReportMarkdown(analyse(data), data);
    checkMarkdown(md);
    expect(md).toContain('Narrativa *propia* del estado.\n\n### Contexto local');
    expect(md).toContain('Se realizaron 5 entrevistas en 4 instituciones de 3 sectores, del 1 de marzo de 2026 al 31 de marzo de 2026.');
    expect(md).toContain('> “No nos han capacitado para reconocer a una víctima.”');
    expect(md).not.toContain(SECRET);
    // Victim counts only suppressed: 2021 had 2 victims.
    expect(md).toMatch(/\| 2021 \| <5 \|/);
    expect(md).toContain('<!-- horizontal -->');
  });

  test('render every chapter, with a sentence instead of each table, when the state has no data yet', async () => {
    const data = emptyState();
    const md = await renderReportMarkdown(analyse(data), data);
    checkMarkdown(md);
    expect(md).toContain('A la fecha de corte no se habían registrado entrevistas');
  });

  test('is deterministic', async () => {
    const data = state();
    const a = await renderReportMarkdown(analyse(data), data);
    const b = await renderReportMarkdown(analyse(state()), state());
    expect(a).toBe(b);
  });

  test('the annex shows the flowcharts as numbered figures on landscape pages, with version, status and date', async () => {
    const data = state();
    const figura = (n: number) => ({
      url: `flujograma:nna-${n}`, id: `flujograma-nna-${n}`,
      alt: `Flujograma NNA (parte ${n} de 2): 1. Detección *inicial* [DIF_estatal]`,
      caption: `Niñas, niños y adolescentes — Prueba (parte ${n} de 2)`,
      source: 'elaboración propia; versión 0.2 (validado con el CIE), 21 de abril de 2026.',
    });
    const flujogramas: FlowchartsContext = {
      documento: { titulo: 'Flujogramas de detección, canalización y protección por perfil — Prueba', archivo: 'flujogramas-prueba.docx' },
      lista: [{
        perfil: 'nna', perfilNombre: 'Niñas, niños y adolescentes', titulo: 'Flujograma NNA', version: '0.2', estatus: 'Validado con el CIE',
        fecha: '21 de abril de 2026', pasos: 14, partes: 2, figuras: [figura(1), figura(2)],
      }],
    };
    const md = await renderReportMarkdown(analyse(data), data, { flujogramas });
    checkMarkdown(md);
    const annex = md.slice(md.indexOf('## Flujogramas por perfil de víctima'), md.indexOf('## Directorio de instituciones'));
    expect(annex).toContain('«Flujogramas de detección, canalización y protección por perfil — Prueba» (flujogramas-prueba.docx)');
    expect(annex).toContain([
      '<!-- horizontal -->',
      '',
      '![Flujograma NNA (parte 1 de 2): 1. Detección \\*inicial\\* \\[DIF\\_estatal\\]](flujograma:nna-1)',
      '',
      'Figura: Niñas, niños y adolescentes — Prueba (parte 1 de 2) {#fig:flujograma-nna-1}',
      '',
      'Fuente: elaboración propia; versión 0.2 (validado con el CIE), 21 de abril de 2026.',
      '',
      '![',
    ].join('\n'));
    expect(annex).toMatch(/\{#fig:flujograma-nna-2\}\n\nFuente: .+\n\n<!-- \/horizontal -->\n/);
    // the image alt text keeps the step text once the Markdown is parsed
    const alts: string[] = [];
    walk(parse(annex), (n) => { if (n.type === 'image') alts.push((n as MdNode & { alt: string }).alt); });
    expect(alts[0]).toBe('Flujograma NNA (parte 1 de 2): 1. Detección *inicial* [DIF_estatal]');
  });

  test('the annex says so when the state has no flowcharts (without the context field too)', async () => {
    const data = state();
    const md = await renderReportMarkdown(analyse(data), data);
    checkMarkdown(md);
    expect(md).toContain('## Flujogramas por perfil de víctima\n\nChiapas no cuenta todavía con flujogramas');
    expect(md).not.toContain('flujograma:');
    const empty = await renderReportMarkdown(analyse(data), data, { flujogramas: { documento: { titulo: 'x', archivo: 'x.docx' }, lista: [] } });
    expect(empty).toBe(md);
  });
});

describe('renderReport: one parse for the structure check and the DOCX writer', () => {
  const preamble = '<!-- Gemelo de prueba -->\n\n';

  test('returns the preamble and the report, and the parse of exactly that text', async () => {
    const data = state({ narrativa: { metodologia: { file: 'data/prueba/narrativa/metodologia.md', markdown: 'Narrativa *propia*.\n\n### Contexto local\n\nTexto.' } } });
    const { markdown, tree } = await renderReport(analyse(data), data, { preamble });
    expect(markdown).toBe(preamble + (await renderReportMarkdown(analyse(data), data)));
    // Positions included: the DOCX writer's line numbers come from this tree.
    expect(tree).toEqual(parse(markdown));
  });

  test('a structure problem names the template and the line of the final text (preamble and acronym section counted)', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'plantillas-'));
    try {
      cpSync(path.join(root, 'templates', 'diagnostico'), dir, { recursive: true });
      // An unclosed fence at the very end of a chapter's template swallows every later chapter.
      const file = path.join(dir, 'metodologia.md.hbs');
      writeFileSync(file, `${readFileSync(file, 'utf8').trimEnd()}\n\n\`\`\`\nsin cerrar\n`);
      const data = state();
      const error = await renderReport(analyse(data), data, { preamble, templatesDir: dir, twin: 'gemelo.md' }).then(() => undefined, (e: unknown) => e);
      expect(error).toBeInstanceOf(UserError);
      const problem = (error as UserError).problems[0]!;
      expect(problem.file).toMatch(/metodologia\.md\.hbs$/);
      const line = Number(/en la línea (\d+) de gemelo\.md/.exec(problem.message)?.[1]);
      // The fence's line in the text that would have been written takes the place of the next
      // chapter's heading in the good report (preamble included).
      const good = (preamble + (await renderReportMarkdown(analyse(data), data))).split('\n');
      expect(line).toBe(good.indexOf('# Marco normativo') + 1);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
