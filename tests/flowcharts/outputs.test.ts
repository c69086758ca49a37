import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import PptxGenJS from 'pptxgenjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildStateFlowcharts } from '../../src/pipeline/products/flujogramas.js';
import { loadProjectConfig } from '../../src/config/project.js';
import { changelogMarkdown } from '../../src/flowcharts/changelog.js';
import { escapeXml, renderPng, renderSvg } from '../../src/flowcharts/render.js';
import { layoutFlowchart, layoutFlowchartForSlides } from '../../src/flowcharts/layout/index.js';
import { loadFlowchartFile, loadStateFlowcharts } from '../../src/flowcharts/load.js';
import { flowchartsMarkdown } from '../../src/flowcharts/docx.js';
import { addFlowchartSlides, SLIDE } from '../../src/flowcharts/pptx.js';
import type { Flowchart } from '../../src/flowcharts/types.js';
import { docxText, openZip, pptxSlides, visibleText } from '../support/ooxml.js';
import { FIXTURES, ROOT } from './helpers.js';
import { runCli } from '../support/cli.js';

const project = loadProjectConfig(ROOT);
const style = project.estilo;
const EMU = 914400;

let chiapas: Flowchart[];
let build: Awaited<ReturnType<typeof buildStateFlowcharts>>;
beforeAll(async () => {
  chiapas = loadStateFlowcharts('chiapas', { root: ROOT });
  build = await buildStateFlowcharts('chiapas', ROOT, project);
});

const norm = (s: string) => s.replace(/\s+/g, ' ').trim();
const file = (suffix: string) => build.files.find((f) => f.target.endsWith(suffix))!;

describe('SVG and PNG', () => {
  it('the SVG contains every step label, lane name and condition (escaped)', async () => {
    for (const fc of chiapas) {
      const l = await layoutFlowchart(fc);
      const svg = l.parts.map((p) => renderSvg(l, p, style)).join('\n');
      const text = norm(svg.replace(/<\/tspan><tspan[^>]*>/g, ' ').replace(/<[^>]+>/g, ' '));
      for (const s of l.steps) expect(text).toContain(escapeXml(norm(`${s.number}. ${s.text}`)));
      for (const c of fc.transiciones.filter((t) => t.condicion)) expect(text).toContain(escapeXml(c.condicion!));
      for (const ln of l.parts.flatMap((p) => p.lanes)) expect(text).toContain(escapeXml(ln.headerLines.join(' ')));
      expect(svg).not.toMatch(/&(?!amp;|lt;|gt;|quot;|apos;)/);
    }
  });

  it('PNG bytes are deterministic', async () => {
    const l = await layoutFlowchart(chiapas[0]!);
    const a = await renderPng(l, l.parts[0]!, style);
    const b = await renderPng(await layoutFlowchart(chiapas[0]!), l.parts[0]!, style);
    expect(a.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
    expect(a.equals(b)).toBe(true);
    expect(a.length).toBeGreaterThan(20_000); // text was drawn (font registered)
  });
});

describe('DOCX', () => {
  it('contains the title, every step text, basis, time and version/status', async () => {
    const docx = file('flujogramas-chiapas.docx').bytes as Buffer;
    const text = norm(await docxText(docx));
    expect(text).toContain('Flujogramas de detección, canalización y protección por perfil — Chiapas');
    const withBasis = chiapas.flatMap((fc) => fc.pasos.filter((s) => s.fundamento));
    const withTime = chiapas.flatMap((fc) => fc.pasos.filter((s) => s.plazo));
    expect(withBasis.length, 'pasos con fundamento').toBeGreaterThan(0);
    expect(withTime.length, 'pasos con plazo').toBeGreaterThan(0);
    for (const s of withBasis) expect(text).toContain(norm(s.fundamento!));
    for (const s of withTime) expect(text).toContain(s.plazo!);
    for (const fc of chiapas) {
      for (const s of fc.pasos) expect(text).toContain(norm(s.texto));
      expect(text).toContain(`Versión ${fc.version}`);
    }
    // the status names the state's CIE by its declared acronym (estado.yaml → cie.siglas), as the report does
    expect(text).toContain('Validado con la CICTP');
    const zip = await openZip(docx);
    const xml = await zip.file('word/document.xml')!.async('string');
    expect((xml.match(/<wp:docPr [^>]*descr="Flujograma/g) ?? []).length).toBeGreaterThanOrEqual(chiapas.length);
    expect(Object.keys(zip.files).filter((n) => n.startsWith('word/media/')).length).toBeGreaterThanOrEqual(chiapas.length);
  });

  it('the article before the CIE follows its name: "con la Comisión…", "con el Consejo…"', async () => {
    const layouts = [await layoutFlowchart(chiapas[0]!)];
    const base = { slug: 'chiapas', nombre: 'Chiapas', datosDeMuestra: false };
    const comision = flowchartsMarkdown(layouts, { ...base, cie: 'Comisión Interinstitucional para el Combate de la Trata de Personas del Estado de Chiapas' });
    expect(comision).toContain('sesiones de trabajo con la Comisión Interinstitucional');
    expect(comision).not.toContain('con el Comisión');
    const consejo = flowchartsMarkdown(layouts, { ...base, cie: 'Consejo Estatal contra la Trata de Personas' });
    expect(consejo).toContain('sesiones de trabajo con el Consejo Estatal');
    expect(norm(await docxText(file('flujogramas-chiapas.docx').bytes as Buffer))).toContain('con la Comisión Interinstitucional');
  });

  it('the Markdown twin follows the writer conventions', () => {
    const md = file('flujogramas-chiapas.md').bytes as string;
    expect(md).toMatch(/!\[Flujograma [^\]]+\]\(flujograma:nna-1\)\n\nFigura: .+ \{#fig:nna-1\}/);
    expect(md).toContain('| N.º | Responsable | Paso | Fundamento legal | Plazo |');
  });
});

describe('PPTX', () => {
  it('slides contain every step text and every shape lies within the slide', async () => {
    const pptx = file('flujogramas-chiapas.pptx').bytes as Buffer;
    const slides = await pptxSlides(pptx);
    const text = norm(slides.map((s) => visibleText(s.xml)).join('\n'));
    for (const fc of chiapas) for (const s of fc.pasos) expect(text).toContain(norm(s.texto));
    const W = Math.round(SLIDE.width * EMU);
    const H = Math.round(SLIDE.height * EMU);
    let shapes = 0;
    for (const s of slides) {
      for (const m of s.xml.matchAll(/<a:off x="(-?\d+)" y="(-?\d+)"\/><a:ext cx="(\d+)" cy="(\d+)"\/>/g)) {
        const [x, y, cx, cy] = m.slice(1).map(Number) as [number, number, number, number];
        shapes++;
        expect(x, s.name).toBeGreaterThanOrEqual(0);
        expect(y, s.name).toBeGreaterThanOrEqual(0);
        expect(x + cx, s.name).toBeLessThanOrEqual(W + 1);
        expect(y + cy, s.name).toBeLessThanOrEqual(H + 1);
      }
    }
    expect(shapes).toBeGreaterThan(200);
  });

  it('addFlowchartSlides: an overview of the route, then every step in order at 18 pt with who does it and what follows; no picture', async () => {
    const fc = chiapas.find((f) => f.perfil === 'nna')!;
    const pptx = new PptxGenJS();
    pptx.layout = 'LAYOUT_WIDE';
    const layout = await layoutFlowchartForSlides(fc);
    const infos = addFlowchartSlides(pptx, layout, { title: 'NNA', style, footer: 'pie' });
    const slides = await pptxSlides((await pptx.write({ outputType: 'nodebuffer' })) as Buffer);
    expect(infos.map((i) => i.kind)).toEqual(['resumen', ...infos.slice(1).map(() => 'pasos')]);
    expect(infos[0]!.title).toBe('NNA');
    expect(infos[1]!.title).toMatch(/^NNA: pasos 1–\d+$/);
    expect(slides.some((s) => /<p:pic>/.test(s.xml))).toBe(false);
    expect(slides.some((s) => /prstGeom prst="diamond"/.test(s.xml))).toBe(true);
    const detail = norm(slides.slice(1).map((s) => visibleText(s.xml)).join('\n'));
    for (const st of layout.steps) expect(detail).toContain(norm(st.text));
    expect(detail).toMatch(/Sí → \d+/);
    for (const s of slides) for (const m of s.xml.matchAll(/sz="(\d+)"/g)) expect(Number(m[1]), s.name).toBeGreaterThanOrEqual(1200);
    expect(infos.slice(1).map((i) => i.notes).join('\n')).toContain(layout.steps.find((x) => x.fundamento)!.fundamento!);
  });

  it('with a host master: slides use it, the title goes to its placeholder, shapes stay in the content area', async () => {
    const fc = chiapas.find((f) => f.perfil === 'nna')!;
    const pptx = new PptxGenJS();
    pptx.layout = 'LAYOUT_WIDE';
    pptx.defineSlideMaster({
      title: 'HOST',
      objects: [
        { rect: { x: 0, y: 0, w: SLIDE.width, h: 1.0, fill: { color: '0033A0' } } },
        { placeholder: { options: { name: 'titulo', type: 'title', x: 0.5, y: 0.1, w: 12.3, h: 0.8 }, text: '' } },
      ],
      slideNumber: { x: 12.3, y: 7.05, w: 0.6, h: 0.3 },
    });
    const content = { x: 0.3, y: 1.2, width: 12.73, height: 5.7 };
    const infos = addFlowchartSlides(pptx, await layoutFlowchartForSlides(fc), {
      style, footer: 'pie', masterName: 'HOST', titlePlaceholder: 'titulo', content,
      fitTitle: (t) => ({ text: t, fontSize: 20 }),
    });
    const slides = await pptxSlides((await pptx.write({ outputType: 'nodebuffer' })) as Buffer);
    expect(infos.length).toBe(slides.length);
    expect(infos[0]!.title).toBe(fc.titulo);
    expect(infos[1]!.title).toMatch(/: pasos 1–\d+$/);
    const inArea = (b: { x: number; y: number; w: number; h: number }) => b.x >= content.x - 1e-3 && b.y >= content.y - 1e-3
      && b.x + b.w <= content.x + content.width + 1e-3 && b.y + b.h <= content.y + content.height + 1e-3;
    for (const [k, s] of slides.entries()) {
      expect(s.xml, s.name).toContain('type="title"');
      expect(s.xml, s.name).toContain('type="sldNum"');
      expect(visibleText(s.xml)).not.toContain('pie'); // the host master has the footer
      expect(norm(visibleText(s.xml))).toContain(norm(infos[k]!.title));
      for (const sh of infos[k]!.shapes) expect(inArea(sh), `${s.name} ${sh.what}`).toBe(true);
      for (const m of s.xml.matchAll(/<a:off x="(-?\d+)" y="(-?\d+)"\/><a:ext cx="(\d+)" cy="(\d+)"\/>/g)) {
        const [x, y, cx, cy] = m.slice(1).map((v) => Number(v) / EMU) as [number, number, number, number];
        if (y < 1.0 || y >= 7.0) continue; // placeholders of the master (title, slide number)
        expect(inArea({ x, y, w: cx, h: cy }), `${s.name} ${x},${y},${cx},${cy}`).toBe(true);
      }
    }
  });

  it('PPTX and DOCX bytes are deterministic', async () => {
    const again = await buildStateFlowcharts('chiapas', ROOT, project);
    for (const f of build.files) {
      const g = again.files.find((x) => x.target === f.target)!;
      expect(Buffer.from(g.bytes).equals(Buffer.from(f.bytes)), f.target).toBe(true);
    }
  });
});

describe('change log', () => {
  it('lists steps added, removed and changed field by field, and transitions', () => {
    const a = loadFlowchartFile(path.join(FIXTURES, 'data/comun/flujogramas/lgbti.yaml'), { root: FIXTURES });
    const b = loadStateFlowcharts('prueba', { root: FIXTURES })[0]!;
    const md = changelogMarkdown(a, b);
    expect(md).toContain('## Pasos agregados');
    expect(md).toContain('| dos | Carril C | Paso dos nuevo | LGV art. 8 | — |');
    expect(md).toContain('| uno: Paso uno modificado | Texto | Paso uno | Paso uno modificado |');
    expect(md).toContain('| uno: Paso uno modificado | Plazo | — | 24 horas |');
    expect(md).toContain('| uno: Paso uno modificado | Responsable | Carril B | Carril B renombrado |');
    expect(md).toContain('| Agregada | Paso uno modificado | Paso dos nuevo | — |');
    expect(md).toContain('| Quitada | Paso uno | Fin | — |');
    expect(md).toContain('- Renombrado: Carril B → Carril B renombrado');
    expect(changelogMarkdown(a, a)).toContain('Sin cambios');
  });
});

describe('CLI', () => {
  it('a broken flowchart: Spanish message without a stack, exit 1, previous outputs kept', () => {
    const tmp = mkdtempSync(path.join(os.tmpdir(), 'flujo-'));
    try {
      cpSync(path.join(ROOT, 'proyecto.yaml'), path.join(tmp, 'proyecto.yaml'));
      cpSync(path.join(FIXTURES, 'data'), path.join(tmp, 'data'), { recursive: true });
      const opts = { root: tmp, env: { SOURCE_DATE_EPOCH: '1767225600' } };
      const ok = runCli('flujogramas.ts', ['prueba'], opts);
      expect(ok.err).toBe('');
      expect(ok.code).toBe(0);
      expect(ok.out).toContain('reports/prueba/flujogramas/lgbti.png');
      expect(ok.out).toMatch(/Listo: \d+ archivos escritos/);
      const docx = path.join(tmp, 'reports/prueba/flujogramas-prueba.docx');
      const before = readFileSync(docx);
      const mtime = statSync(docx).mtimeMs;
      cpSync(path.join(FIXTURES, 'transicion-paso-desconocido.yaml'), path.join(tmp, 'data/prueba/flujogramas/lgbti.yaml'));
      const bad = runCli('flujogramas.ts', ['prueba'], opts);
      expect(bad.code).toBe(1);
      expect(bad.err).toContain('data/prueba/flujogramas/lgbti.yaml, línea 31 [a]: la transición de "uno" a "final" menciona el paso desconocido "final"');
      expect(bad.err).not.toMatch(/\n\s+at /);
      expect(readFileSync(docx).equals(before)).toBe(true);
      expect(statSync(docx).mtimeMs).toBe(mtime);
      const usage = runCli('flujogramas.ts', ['--desconocida'], opts);
      expect(usage.code).toBe(1);
      expect(usage.err).toContain('opción desconocida');
      const cambios = runCli('flujogramas.ts', ['--cambios', path.join(FIXTURES, 'data/comun/flujogramas/lgbti.yaml'), path.join(tmp, 'data/prueba/flujogramas/lgbti.yaml')], opts);
      expect(cambios.code).toBe(0);
      expect(cambios.out).toContain('# Cambios en el flujograma');
      expect(existsSync(path.join(tmp, 'slides/prueba/flujogramas-prueba.pptx'))).toBe(true);
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  });
});
