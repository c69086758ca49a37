/** The CIE deck, read back from the PPTX zip: titles, charts, tables, notes, bounds, bytes. */
import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildDeck, type SlideRecord } from '../../src/write/pptx/index.js';
import { netFindings, recommendationGist, valenceLine } from '../../src/write/pptx/slides/findings.js';
import { reviewDeck } from '../../src/review/deck.js';
import { fixtureAnalysis, fixtureStateData, VICTIMS_BY_YEAR } from '../fixtures/pptx/analysis.js';
import { chartSeries, extents, notesOf, numbered, openZip, readPart, SLIDE_CX, SLIDE_CY, slideTitle, tables, visibleText } from './helpers.js';

let bytes: Buffer;
let zip: JSZip;
let records: SlideRecord[] = [];
let slideParts: string[];

beforeAll(async () => {
  bytes = await buildDeck(fixtureAnalysis(), fixtureStateData(), [], { onSlides: (r) => { records = r; } });
  zip = await openZip(bytes);
  slideParts = numbered(zip, /^ppt\/slides\/slide\d+\.xml$/);
});

describe('slides in template order', () => {
  it('has one slide per planned slide, titles in the order of cie.yaml', async () => {
    expect(slideParts.length).toBe(records.length);
    const titles = await Promise.all(slideParts.map(async (p) => slideTitle(await readPart(zip, p))));
    const contentTitles = titles.filter(Boolean);
    expect(contentTitles).toEqual([
      'Agenda',
      'El mecanismo en una imagen',
      '¿Cómo se elaboró el diagnóstico?',
      'Víctimas de trata registradas en Chihuahua, 2019–2023',
      // long category labels: the second chart gets a slide of its own
      'Víctimas por sexo y grupo de edad',
      'Víctimas registradas por año, 2019–2023',
      'Detección: principales hallazgos',
      'Valoración e identificación: principales hallazgos',
      'Canalización: principales hallazgos',
      'Atención inmediata: principales hallazgos',
      'Marco normativo y herramientas oficiales por etapa',
      'Recomendaciones por etapa e institución responsable (1 de 4)',
      'Recomendaciones por etapa e institución responsable (2 de 4)',
      'Recomendaciones por etapa e institución responsable (3 de 4)',
      'Recomendaciones por etapa e institución responsable (4 de 4)',
      'Próximos pasos',
    ]);
    expect(records[0]!.kind).toBe('portada');
    expect(records[records.length - 1]!.kind).toBe('cierre');
  });

  it('the cover names the state, the CIE, the date, the version and the organisation', async () => {
    const text = visibleText(await readPart(zip, slideParts[0]!));
    expect(text).toContain('Chihuahua');
    expect(text).toContain('Consejo para la Prevención, Combate y Erradicación de la Trata de Personas');
    expect(text).toContain('24 de noviembre de 2026 · Versión 0.3 · Borrador');
    expect(text).toContain('Organización Internacional para las Migraciones');
    expect(text).toContain('Datos ilustrativos — no describen casos reales');
  });

  it('the agenda lists the sections that have slides, in template order (no flowcharts without flowcharts)', async () => {
    const text = visibleText(await readPart(zip, slideParts[1]!));
    const lines = text.split('\n').slice(1).filter((l) => !/^\d+$/.test(l)); // title and slide number out
    expect(lines).toEqual([
      'El mecanismo de atención a víctimas', 'Metodología', 'Contexto estadístico', 'Hallazgos por etapa del mecanismo',
      'Cobertura normativa y herramientas', 'Recomendaciones', 'Próximos pasos',
    ]);
  });

  it('the closing slide carries the contact from proyecto.yaml', async () => {
    const text = visibleText(await readPart(zip, slideParts[slideParts.length - 1]!));
    expect(text).toContain('contratrata-mx@ejemplo.org');
  });
});

describe('master', () => {
  it('16:9 slide of 13.333 × 7.5 in, Open Sans theme fonts, footer with state, Spanish date and sample notice', async () => {
    const pres = await readPart(zip, 'ppt/presentation.xml');
    expect(pres).toMatch(new RegExp(`<p:sldSz cx="${SLIDE_CX}" cy="${SLIDE_CY}"`));
    const theme = await readPart(zip, 'ppt/theme/theme1.xml');
    expect(theme).toContain('<a:latin typeface="Open Sans"');
    const layouts = await Promise.all(numbered(zip, /^ppt\/slideLayouts\/slideLayout\d+\.xml$/).map((p) => readPart(zip, p)));
    const content = layouts.find((x) => x.includes('type="title"'))!;
    expect(visibleText(content)).toContain('Chihuahua · 24 de noviembre de 2026 · Datos ilustrativos — no describen casos reales');
    expect(content).toContain('0033A0');
    expect(content).toContain('type="sldNum"');
  });

  it('without sample data, neither the cover nor the footer carries the notice', async () => {
    const real = await openZip(await buildDeck(fixtureAnalysis({ sampleData: false }), fixtureStateData({ sampleData: false })));
    const parts = Object.keys(real.files).filter((n) => /^ppt\/(slides|slideLayouts|slideMasters)\/[^/]+\.xml$/.test(n));
    for (const p of parts) expect(await readPart(real, p)).not.toContain('Datos ilustrativos');
  });
});

describe('native charts with the report\'s suppression', () => {
  it('charts are native chart parts with embedded workbooks', () => {
    const charts = numbered(zip, /^ppt\/charts\/chart\d+\.xml$/);
    expect(charts.length).toBe(3); // metodología 1 + estadísticas 2
    expect(numbered(zip, /^ppt\/embeddings\/.+\.xlsx$/).length).toBe(3);
  });

  it('victims per year: only non-suppressed values, no trace of the suppressed ones (chart XML and workbook)', async () => {
    const all = await Promise.all(numbered(zip, /^ppt\/charts\/chart\d+\.xml$/).map(async (p) => ({ p, xml: await readPart(zip, p) })));
    const years = all.find((c) => chartSeries(c.xml)[0]?.categories.join() === '2019,2020,2021,2022,2023')!;
    expect(years).toBeDefined();
    const [series] = chartSeries(years.xml);
    const shown = VICTIMS_BY_YEAR.map((v, idx) => ({ idx, v: v.count.value })).filter((x): x is { idx: number; v: number } => x.v !== null);
    expect(series!.values).toEqual(shown);
    expect(years.xml).not.toMatch(/<c:v>\s*<\/c:v>/);
    for (const raw of VICTIMS_BY_YEAR.filter((v) => v.count.suppressed).map((v) => v.raw)) expect(years.xml).not.toContain(`<c:v>${raw}</c:v>`);

    const rels = await readPart(zip, years.p.replace('charts/chart', 'charts/_rels/chart') + '.rels');
    const embedded = /Target="\.\.\/embeddings\/([^"]+\.xlsx)"/.exec(rels)![1]!;
    const book = await JSZip.loadAsync(await zip.file(`ppt/embeddings/${embedded}`)!.async('uint8array'));
    const sheet = await book.file('xl/worksheets/sheet1.xml')!.async('string');
    // numeric cells of the value column (the header is a shared string, t="s")
    const numbers = [...sheet.matchAll(/<c r="B\d+"(?: s="\d+")?><v>([^<]*)<\/v><\/c>/g)].map((m) => m[1]);
    expect(numbers).toEqual(shown.map((x) => String(x.v)));
    expect(sheet).not.toMatch(/<v>\s*<\/v>/);
  });

  it('the statistics slide prints the suppression note, the cut date and victims only through their text', async () => {
    const i = records.findIndex((r) => r.kind === 'estadisticas');
    const text = visibleText(await readPart(zip, slideParts[i]!));
    expect(text).toContain('se omiten por confidencialidad');
    expect(text).toContain('31 de octubre de 2026');
    const notes = await notesOf(zip, slideParts[i]!);
    expect(notes).toContain('2021: dato omitido por confidencialidad');
    expect(notes).toContain('menores de edad (0 a 17 años), <5');
  });
});

describe('native tables', () => {
  it('recommendations: four per slide, each once and in order, its short title (or gist) at 18 pt or more; the notes keep the whole text', async () => {
    const idx = records.map((r, i) => (r.kind === 'recomendaciones' ? i : -1)).filter((i) => i >= 0);
    expect(idx.length).toBe(4);
    const list = fixtureAnalysis().recommendations.list;
    const seen: string[] = [];
    const perSlide: number[] = [];
    let titled = 0;
    for (const i of idx) {
      const xml = await readPart(zip, slideParts[i]!);
      const lines = visibleText(xml).split('\n');
      const badges = lines.filter((l) => /^R\d+$/.test(l));
      seen.push(...badges);
      perSlide.push(badges.length);
      const notes = await notesOf(zip, slideParts[i]!);
      for (const b of badges) {
        const r = list[Number(b.slice(1)) - 1]!;
        // the slide shows the short title (titulo_corto) or else the start of the recommendation, a whole
        // phrase (no «…») of at most 60 characters; the data line names the institution
        const at = lines.indexOf(b);
        const gist = lines[at + 1]!;
        if (r.shortTitle) {
          titled++;
          expect(gist).toBe(r.shortTitle);
        } else expect(r.text.replace(/\s+/g, ' ').startsWith(gist), `${b}: ${gist}`).toBe(true);
        expect(gist.length, gist).toBeLessThanOrEqual(60);
        expect(gist).not.toMatch(/…$/);
        expect(lines[at + 2]).toBe(`${r.stageLabel} · ${r.institutionShort} · ${r.priorityLabel.toLowerCase()}, ${r.horizonLabel.toLowerCase()}`);
        expect(notes).toContain(r.text);
      }
      for (const m of xml.matchAll(/name="recomendación R\d+"[\s\S]*?sz="(\d+)"/g)) expect(Number(m[1])).toBeGreaterThanOrEqual(1800);
    }
    expect(seen).toEqual(Array.from({ length: 14 }, (_, k) => `R${k + 1}`));
    // filled evenly: no last slide with a recommendation alone
    expect(perSlide).toEqual([4, 4, 3, 3]);
    expect(titled).toBe(2);
  });

  it('recommendationGist: the first clause, cut before a subordinate part, never inside parentheses', () => {
    expect(recommendationGist('Actualizar el protocolo estatal de detección conforme a la ley de 2020, con un apartado para la frontera sur.')).toBe('Actualizar el protocolo estatal de detección conforme a la ley de 2020');
    expect(recommendationGist('Conformar un padrón estatal de intérpretes de lenguas indígenas (tsotsil, tseltal, mam, k\'iche\') formados en atención a víctimas, disponible para fiscalía, DIF y salud.', 80)).toBe('Conformar un padrón estatal de intérpretes de lenguas indígenas');
    expect(recommendationGist('Habilitar alojamiento de emergencia en Tapachula para mujeres víctimas y un espacio para hombres víctimas de explotación laboral.', 70)).toBe('Habilitar alojamiento de emergencia en Tapachula');
    expect(recommendationGist('Crear un refugio.')).toBe('Crear un refugio');
  });

  it('coverage: one row per stage with its counts, zeros in red', async () => {
    const i = records.findIndex((r) => r.kind === 'cobertura');
    const xml = await readPart(zip, slideParts[i]!);
    const [t] = tables(xml);
    expect(t!.length).toBe(12);
    expect(t![0]).toEqual(['Etapa del mecanismo', 'Instrumentos normativos', 'Herramientas oficiales', 'Herramientas en uso']);
    expect(t![1]).toEqual(['Detección', '3', '1', '1']);
    expect(t!.find((r) => r[0] === 'Situación migratoria')).toEqual(['Situación migratoria', '0', '0', '0']);
    expect(visibleText(xml)).toContain('Ceros en rojo.');
  });
});

describe('findings and figures read from the back of a room', () => {
  it('a stage slide: what works, mixed evidence, what does not; counts agree in number with their nouns', async () => {
    const i = records.findIndex((r) => r.title.startsWith('Canalización'));
    const text = visibleText(await readPart(zip, slideParts[i]!));
    expect(text).toMatch(/Lo que funciona/);
    expect(text).toMatch(/Lo que no funciona/);
    expect(text).not.toMatch(/\b(?:[02-9]|\d{2,}) (?:barrera|reto|avance|buena práctica)\b(?!s)/);
    expect(text).not.toMatch(/\b1 (?:barreras|retos|avances|buenas prácticas)\b/);
    const b = fixtureAnalysis().byStage.canalizacion;
    expect(text).toContain(`Se codificaron ${b.segments} fragmentos: ${valenceLine(b)}`);
    // no sentence starts with a digit (the data strip «3 instrumentos normativos · …» is not a sentence)
    expect(text.split('\n').filter((l) => /^\d/.test(l) && /[a-z]{4,}/.test(l) && !/ · /.test(l))).toEqual([]);
    // each code once on the slide
    for (const f of netFindings(b)) expect(text.split(f.label).length - 1, f.label).toBeLessThanOrEqual(1);
  });

  it('a code\'s net picture comes from all its valences, not from the top lists of each finding type', () => {
    const b = structuredClone(fixtureAnalysis().byStage.canalizacion);
    const code = b.codes.find((c) => c.mixed) ?? b.codes[0]!;
    // As if the code had fallen out of the top lists of barriers and challenges.
    b.barriers = b.barriers.filter((f) => f.code !== code.code);
    b.challenges = b.challenges.filter((f) => f.code !== code.code);
    const net = netFindings(b);
    expect(net.map((f) => f.code).sort()).toEqual(b.codes.map((c) => c.code).sort());
    const f = net.find((x) => x.code === code.code)!;
    const count = (vs: string[]) => code.byValence.filter((v) => vs.includes(v.valence)).reduce((t, v) => t + v.n, 0);
    expect(f.negative.n).toBe(count(['barrera', 'reto']));
    expect(f.positive.n).toBe(count(['avance', 'buena_practica']));
    expect(f.group).toBe(code.mixed ? 'mixed' : code.side === 'fortaleza' ? 'works' : 'fails');
  });

  it('the mechanism slide counts a stage\'s barriers from the same values as its stage slide', async () => {
    const a = fixtureAnalysis();
    const i = records.findIndex((r) => r.kind === 'mecanismo');
    const lines = visibleText(await readPart(zip, slideParts[i]!)).split('\n');
    const v = (k: string) => a.byStage.deteccion.byValence.find((r) => r.key === k)?.n ?? 0;
    const at = lines.indexOf('Detección');
    expect(lines.slice(at + 1, at + 4)).toEqual([String(v('barrera') + v('reto')), String(v('avance') + v('buena_practica')), String(a.byStage.deteccion.recommendations.length)]);
  });

  it('the deck review finds nothing: no run under 12 pt, body text at 18 pt, ≤ 600 characters, nothing cut or outside its box', async () => {
    expect(await reviewDeck(bytes, 'prueba')).toEqual([]);
  });
});

describe('speaker notes', () => {
  it('every slide has a notes slide with generated Spanish text', async () => {
    expect(numbered(zip, /^ppt\/notesSlides\/notesSlide\d+\.xml$/).length).toBe(slideParts.length);
    for (const p of slideParts) {
      const notes = await notesOf(zip, p);
      expect(notes.length, p).toBeGreaterThan(40);
    }
  });

  it('stage notes state the findings with their counts', async () => {
    const i = records.findIndex((r) => r.title.startsWith('Canalización'));
    const notes = await notesOf(zip, slideParts[i]!);
    expect(notes).toContain('En la etapa de canalización se codificaron 12 fragmentos');
    expect(notes).toContain('directorio interinstitucional desactualizado (8 menciones en 6 entrevistas)');
  });
});

describe('geometry', () => {
  it('every shape of every slide, layout and master lies within the 13.333 × 7.5 in slide', async () => {
    const parts = Object.keys(zip.files).filter((n) => /^ppt\/(slides|slideLayouts|slideMasters)\/[^/]+\.xml$/.test(n));
    let count = 0;
    for (const p of parts) {
      for (const e of extents(await readPart(zip, p))) {
        count++;
        expect(e.x, `${p} ${e.where}`).toBeGreaterThanOrEqual(0);
        expect(e.y, `${p} ${e.where}`).toBeGreaterThanOrEqual(0);
        expect(e.x + e.cx, `${p} ${e.where}`).toBeLessThanOrEqual(SLIDE_CX);
        expect(e.y + e.cy, `${p} ${e.where}`).toBeLessThanOrEqual(SLIDE_CY);
      }
    }
    expect(count).toBeGreaterThan(100);
  });

  it('no two text or shape boxes the builder placed overlap, except those drawn on purpose inside a card or bar', () => {
    for (const r of records) {
      const boxes = r.shapes.filter((s) => !/^(rectángulo|etapa |resumen |cifra |encabezado |cita|filete|dato )/.test(s.what) && s.what !== 'título');
      for (let a = 0; a < boxes.length; a++) {
        for (let b = a + 1; b < boxes.length; b++) {
          const A = boxes[a]!.box;
          const B = boxes[b]!.box;
          const overlap = Math.min(A.x + A.w, B.x + B.w) - Math.max(A.x, B.x) > 0.01 && Math.min(A.y + A.h, B.y + B.h) - Math.max(A.y, B.y) > 0.01;
          const nested = (o: typeof A, i: typeof A) => i.x >= o.x - 1e-6 && i.y >= o.y - 1e-6 && i.x + i.w <= o.x + o.w + 1e-6 && i.y + i.h <= o.y + o.h + 1e-6;
          if (overlap && !nested(A, B) && !nested(B, A)) {
            throw new Error(`diapositiva ${r.number} (${r.kind}): «${boxes[a]!.what}» se superpone con «${boxes[b]!.what}»`);
          }
        }
      }
    }
  });
});

describe('package', () => {
  it('same inputs, same bytes', async () => {
    await new Promise((r) => setTimeout(r, 1100));
    const again = await buildDeck(fixtureAnalysis(), fixtureStateData());
    expect(again.equals(bytes)).toBe(true);
  });

  it('core properties: title, subject, keywords and the document date only — no author, no company', async () => {
    const core = await readPart(zip, 'docProps/core.xml');
    expect(core).toContain('<dc:title>Diagnóstico de los mecanismos de atención a víctimas de trata en Chihuahua</dc:title>');
    expect(core).toContain('2026-11-24T12:00:00Z');
    expect(core).not.toContain('dc:creator');
    expect(core).not.toContain('lastModifiedBy');
    expect(await readPart(zip, 'docProps/app.xml')).toContain('<Company></Company>');
    for (const name of Object.keys(zip.files)) {
      if (!/\.(xml|rels)$/.test(name)) continue;
      const xml = await readPart(zip, name);
      expect(xml, name).not.toContain('Persona Autora');
      expect(xml, name).not.toContain('PptxGenJS');
    }
  });

  it('Spanish language on text runs', async () => {
    const xml = await readPart(zip, slideParts[2]!);
    expect(xml).toContain('lang="es-MX"');
    expect(xml).not.toContain('lang="en-US"');
  });
});
