/**
 * CI gate of #13: `npm run revisar` on the built outputs of both sample states has no errors
 * (rules that only warn for now are listed, with their reason, in src/review/rules.ts). The
 * layout checks run where LibreOffice and poppler-utils are installed (the outputs are then
 * built with page numbers, as `npm run report` builds them) and are skipped with a message
 * elsewhere. A defect planted in a built twin makes the review fail.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import JSZip from 'jszip';
import { afterAll, describe, expect, it } from 'vitest';
import { loadProjectConfig, outputPath } from '../../src/config/project.js';
import { buildReport } from '../../src/pipeline/products/diagnostico.js';
import { reviewState } from '../../src/pipeline/review.js';
import { paginationUnavailable } from '../../src/write/pagination.js';

const ROOT = path.resolve(import.meta.dirname, '..', '..');
const out = mkdtempSync(path.join(os.tmpdir(), 'revisar-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));
const layout = !paginationUnavailable();
if (!layout) console.warn(`[revisar] ${paginationUnavailable()}: se omite la revisión de páginas.`);

describe.each(['chiapas', 'chihuahua'])('npm run revisar %s', (slug) => {
  it('has no errors on the built outputs', { timeout: 600_000 }, async () => {
    await buildReport(slug, { root: ROOT, outRoot: out, paginate: true });
    const r = await reviewState(slug, { root: ROOT, outRoot: out });
    const errors = r.findings.filter((f) => f.severity === 'error');
    expect(errors.map((f) => `[${f.rule}] ${f.where}: ${f.message}`)).toEqual([]);
    expect(r.skipped.length).toBe(layout ? 0 : 1);
  });

  it('fails on a defect planted in the built twin (a section twice in one chapter)', { timeout: 120_000 }, async () => {
    const twin = outputPath(loadProjectConfig(ROOT).salidas.gemelo, slug, out);
    const md = readFileSync(twin, 'utf8');
    writeFileSync(twin, md.replace(/^## Barreras y retos$/m, '## Actores de primer contacto\n\nTexto.\n\n## Actores de primer contacto\n\nTexto.\n\n## Barreras y retos'));
    const r = await reviewState(slug, { root: ROOT, outRoot: out, layout: false });
    expect(r.findings.filter((f) => f.severity === 'error').map((f) => f.rule)).toContain('indice.seccion-repetida');
    writeFileSync(twin, md);
  });

  it('reports an institution under a variant name, in the twin and on a slide, with where (nombres.variante)', { timeout: 120_000 }, async () => {
    const cfg = loadProjectConfig(ROOT).salidas;
    const twin = outputPath(cfg.gemelo, slug, out);
    const pptx = outputPath(cfg.presentacion, slug, out);
    const md = readFileSync(twin, 'utf8');
    const bytes = readFileSync(pptx);
    // the generic «CIE» for the state's own, declared with another acronym in estado.yaml
    writeFileSync(twin, md.replace(/^## Barreras y retos$/m, 'El CIE aprobó la ruta estatal en su última sesión.\n\n## Barreras y retos'));
    const zip = await JSZip.loadAsync(bytes);
    const slide = await zip.file('ppt/slides/slide3.xml')!.async('string');
    zip.file('ppt/slides/slide3.xml', slide.replace(/<a:t>[^<]+<\/a:t>/, '<a:t>Acuerdos con el CIE</a:t>'));
    writeFileSync(pptx, await zip.generateAsync({ type: 'nodebuffer' }));
    const r = await reviewState(slug, { root: ROOT, outRoot: out, layout: false });
    const found = r.findings.filter((f) => f.rule === 'nombres.variante' && f.severity === 'error');
    expect(found.map((f) => f.where)).toEqual([expect.stringMatching(/^capítulo \d+ «[^»]+» › \d+\.\d+ /), expect.stringMatching(/, diapositiva 3$/)]);
    for (const f of found) expect(f.message).toContain('«CIE» nombra aquí a');
    writeFileSync(twin, md);
    writeFileSync(pptx, bytes);
  });

  it('reviews the deck too (reviewDeck): a run planted at 8 pt is reported on its slide', { timeout: 120_000 }, async () => {
    const pptx = outputPath(loadProjectConfig(ROOT).salidas.presentacion, slug, out);
    const bytes = readFileSync(pptx);
    const at8 = (fs: { rule: string; message: string }[]) => fs.filter((f) => f.rule === 'deck.font-min' && f.message.includes(' 8 pt')).length;
    const before = at8((await reviewState(slug, { root: ROOT, outRoot: out, layout: false })).findings);
    const zip = await JSZip.loadAsync(bytes);
    const slide = await zip.file('ppt/slides/slide2.xml')!.async('string');
    zip.file('ppt/slides/slide2.xml', slide.replace(/<a:rPr\b([^>]*?)(\/?)>/, (_m, attrs: string, close: string) => `<a:rPr${attrs.replace(/\ssz="\d+"/, '')} sz="800"${close}>`));
    writeFileSync(pptx, await zip.generateAsync({ type: 'nodebuffer' }));
    const r = await reviewState(slug, { root: ROOT, outRoot: out, layout: false });
    expect(at8(r.findings)).toBeGreaterThan(before);
    writeFileSync(pptx, bytes);
  });
});
