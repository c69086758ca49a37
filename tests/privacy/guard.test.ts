import { describe, expect, it } from 'vitest';
import JSZip from 'jszip';
import { UserError } from '../../src/util/errors.js';
import { BLOCK_MESSAGE, assertNoIdentifiers, chartParts, checkOutputs, ooxmlTextParts, scanOutputs, scanStateData } from '../../src/privacy/guard.js';
import { PLANTS, ROSTER, interview, makeState, organisation, segment } from './corpus.js';

/** Every place inside the state's inputs where an identifier can hide. */
const INPUT_PLACES: { place: string; build: (v: string) => ReturnType<typeof makeState>; file: string; line: number; field: string }[] = [
  { place: 'extracto', build: (v) => makeState({ segmentos: [segment('S1', 'E01', 'Sin problema.'), segment('S2', 'E01', `Me dijo que era ${v} y se fue.`)] }), file: 'data/prueba/segmentos.csv', line: 3, field: 'extracto' },
  { place: 'extracto en la 2.ª línea de la celda', build: (v) => makeState({ segmentos: [segment('S1', 'E01', `Primera línea\nluego ${v}`)] }), file: 'data/prueba/segmentos.csv', line: 2, field: 'extracto' },
  { place: 'celda de tabla (cargo)', build: (v) => makeState({ entrevistas: [interview('E01', true, { cargo: `Fiscal ${v}` })] }), file: 'data/prueba/entrevistas.csv', line: 2, field: 'cargo' },
  { place: 'recomendación', build: (v) => makeState({ recomendaciones: [{ id: 'R1', etapa: 'deteccion', texto: `Revisar ${v}.`, institucion_id: 'fge', prioridad: 'alta', plazo: 'corto' }] }), file: 'data/prueba/recomendaciones.csv', line: 2, field: 'texto' },
  { place: 'campo de organización (nombre)', build: (v) => makeState({ organizaciones: [organisation({ nombre: `Albergue ${v}` })] }), file: 'data/prueba/organizaciones.csv', line: 2, field: 'nombre' },
  { place: 'narrativa', build: (v) => makeState({ narrativa: { contexto: `### Contexto\n\nPárrafo.\n\nOtro párrafo con ${v}.\n` } }), file: 'data/prueba/narrativa/contexto.md', line: 5, field: 'narrativa contexto' },
  { place: 'estado.yaml', build: (v) => makeState({ config: { autores: ['Equipo técnico', `Contacto ${v}`] } }), file: 'data/prueba/estado.yaml', line: 0, field: 'autores[1]' },
];

describe('scanStateData: identificadores plantados en cada lugar', () => {
  for (const place of INPUT_PLACES) {
    it.each(PLANTS)(`${place.place}: $kind ($masked)`, (p) => {
      const problems = scanStateData(place.build(p.value), ROSTER);
      expect(problems).toHaveLength(1);
      const pr = problems[0]!;
      expect(pr.file).toBe(place.file);
      expect(pr.field).toBe(place.field);
      expect(pr.line ?? 0).toBe(place.line ? place.line + (place.place.includes('2.ª línea') ? 1 : 0) : 0);
      expect(pr.message).toContain(p.kind);
      expect(pr.message).toContain(`«${p.masked}»`);
      expect(JSON.stringify(problems)).not.toContain(p.value);
    });
  }

  it('el contacto institucional público está permitido (teléfono y correo), pero no otros identificadores', () => {
    expect(scanStateData(makeState({ organizaciones: [organisation()] }), ROSTER)).toEqual([]);
    const bad = scanStateData(makeState({ organizaciones: [organisation({ contacto_institucional: 'Tel. 962 625 1100, responsable GOMJ800101HCSRRN09' })] }), ROSTER);
    expect(bad.map((p) => p.field)).toEqual(['contacto_institucional']);
    expect(bad[0]!.message).toContain('CURP');
  });

  it('datos limpios: sin problemas', () => {
    const data = makeState({ segmentos: [segment('S1', 'E01', 'En 2021 se canalizaron casos conforme al artículo 52 fracción V; costo $1,234.50.')] });
    expect(scanStateData(data, ROSTER)).toEqual([]);
  });
});

async function docx(text: string, coreTitle = 'Diagnóstico'): Promise<Buffer> {
  const z = new JSZip();
  const half = Math.floor(text.length / 2);
  // the identifier is split across two runs, as Word does
  z.file('word/document.xml', `<w:document><w:body><w:p><w:r><w:t>Inicio</w:t></w:r></w:p><w:p><w:r><w:t xml:space="preserve">${esc(text.slice(0, half))}</w:t></w:r><w:r><w:t>${esc(text.slice(half))}</w:t></w:r></w:p></w:body></w:document>`);
  z.file('docProps/core.xml', `<cp:coreProperties><dc:title>${esc(coreTitle)}</dc:title><dc:creator>Organización de Prueba</dc:creator></cp:coreProperties>`);
  return z.generateAsync({ type: 'nodebuffer' });
}
function esc(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
}
async function pptx(parts: Record<string, string>): Promise<Buffer> {
  const z = new JSZip();
  for (const [k, v] of Object.entries(parts)) z.file(k, v);
  return z.generateAsync({ type: 'nodebuffer' });
}

const OUTPUT_PLACES: { place: string; parts: (v: string) => Promise<{ output: string; part: string; text: string }[]>; part: string }[] = [
  { place: 'gemelo Markdown', parts: async (v) => [{ output: 'reports/prueba/diagnostico-prueba.md', part: 'markdown', text: `# Capítulo\n\n> «${v}»\n` }], part: 'markdown' },
  { place: 'texto del DOCX (en dos runs)', parts: async (v) => ooxmlTextParts(await docx(`Dato: ${v}.`), 'x.docx'), part: 'word/document.xml' },
  { place: 'metadatos docProps/core.xml', parts: async (v) => ooxmlTextParts(await docx('Inicio', `Informe ${v}`), 'x.docx'), part: 'docProps/core.xml' },
  { place: 'notas del orador', parts: async (v) => ooxmlTextParts(await pptx({ 'ppt/notesSlides/notesSlide1.xml': `<p:notes><p:txBody><a:p><a:r><a:t>Decir que ${esc(v)}</a:t></a:r></a:p></p:txBody></p:notes>` }), 'x.pptx'), part: 'ppt/notesSlides/notesSlide1.xml' },
  { place: 'etiqueta de gráfica nativa', parts: async (v) => ooxmlTextParts(await pptx({ 'ppt/charts/chart1.xml': `<c:chartSpace><c:cat><c:strRef><c:strCache><c:pt idx="0"><c:v>2021</c:v></c:pt><c:pt idx="1"><c:v>${esc(v)}</c:v></c:pt></c:strCache></c:strRef></c:cat></c:chartSpace>` }), 'x.pptx'), part: 'ppt/charts/chart1.xml' },
  { place: 'texto alternativo de imagen', parts: async (v) => ooxmlTextParts(await pptx({ 'ppt/slides/slide1.xml': `<p:sld><p:pic><p:nvPicPr><p:cNvPr id="2" name="Imagen" descr="Foto de ${esc(v)}"/></p:nvPicPr></p:pic></p:sld>` }), 'x.pptx'), part: 'ppt/slides/slide1.xml' },
  { place: 'hoja incrustada', parts: async (v) => {
    const inner = await pptx({ 'xl/sharedStrings.xml': `<sst><si><t>${esc(v)}</t></si></sst>` });
    const z = new JSZip(); z.file('ppt/embeddings/Libro1.xlsx', inner);
    return ooxmlTextParts(await z.generateAsync({ type: 'nodebuffer' }), 'x.pptx');
  }, part: 'ppt/embeddings/Libro1.xlsx!xl/sharedStrings.xml' },
  { place: 'ChartSpec (etiquetas)', parts: async (v) => chartParts([{ id: 'victimas-por-anio', title: 'Víctimas', labels: ['2021', v], series: [{ name: 'Mujeres' }] }], 'x.pptx'), part: 'gráfica victimas-por-anio' },
];

describe('scanOutputs: red de seguridad sobre todas las salidas', () => {
  for (const place of OUTPUT_PLACES) {
    it.each(PLANTS)(`${place.place}: $kind ($masked)`, async (p) => {
      const problems = scanOutputs(await place.parts(p.value), ROSTER);
      expect(problems).toHaveLength(1);
      expect(problems[0]!.field).toBe(place.part);
      expect(problems[0]!.message).toContain(p.kind);
      expect(problems[0]!.message).toContain(`«${p.masked}»`);
      expect(JSON.stringify(problems)).not.toContain(p.value);
    });
  }

  it('los contactos públicos (organización del proyecto y contacto institucional) están permitidos en las salidas', async () => {
    const data = makeState({ organizaciones: [organisation()] });
    const problems = await checkOutputs(data, {
      markdown: { path: 'x.md', text: 'Contacto: info@organizacion.example.org. Albergue: tel. (962) 625-1100, contacto@albergue.example.org' },
      packages: [{ path: 'x.docx', bytes: await docx('Escriba a info@organizacion.example.org') }],
    }, ROSTER);
    expect(problems).toEqual([]);
    const leak = await checkOutputs(data, { markdown: { path: 'x.md', text: 'Otro teléfono: 961 123 4567' } }, ROSTER);
    expect(leak).toHaveLength(1);
  });

  it('assertNoIdentifiers lanza UserError en español con solo el tipo y el valor enmascarado', () => {
    const problems = scanOutputs([{ output: 'x.md', part: 'markdown', text: 'CURP GOMJ800101HCSRRN09' }]);
    expect(() => assertNoIdentifiers(problems)).toThrow(UserError);
    try {
      assertNoIdentifiers(problems);
    } catch (e) {
      expect((e as UserError).message).toBe(BLOCK_MESSAGE);
      expect((e as UserError).problems[0]!.message).toContain('GO**************09');
      expect(JSON.stringify((e as UserError).problems)).not.toContain('GOMJ800101HCSRRN09');
    }
    expect(() => assertNoIdentifiers([])).not.toThrow();
  });
});
