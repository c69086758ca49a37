/** docx.js styles of the organisation's report format (from proyecto.yaml → estilo); the page itself is `render/page/geometry.ts`. */
import { AlignmentType, BorderStyle, type IStylesOptions, LineRuleType, TabStopType } from 'docx';
import type { ProjectConfig } from '../../config/project.js';

export type ReportStyle = ProjectConfig['estilo'];

/** Style ids used by the builders and the post-processor. */
export const STYLE = {
  caption: 'Caption',
  source: 'Fuente',
  figure: 'Figura',
  tocHeading: 'TOCHeading',
  tableOfFigures: 'TableofFigures',
  tableHeader: 'TablaEncabezado',
  tableText: 'TablaTexto',
  tableHeaderCompact: 'TablaEncabezadoCompacta',
  tableTextCompact: 'TablaTextoCompacta',
  header: 'Header',
  footer: 'Footer',
  coverOrganisation: 'PortadaOrganizacion',
  coverTitle: 'PortadaTitulo',
  coverSubtitle: 'PortadaSubtitulo',
  coverState: 'PortadaEstado',
  coverDetails: 'PortadaDatos',
  coverNotice: 'PortadaAviso',
} as const;

/** Half-points. */
const pt = (points: number) => Math.round(points * 2);

export function docxStyles(style: ReportStyle): IStylesOptions {
  const c = style.colores;
  const font = style.fuente;
  const body = style.docx.texto === 'justificado' ? AlignmentType.JUSTIFIED : AlignmentType.LEFT;
  const heading = (size: number, color: string, before: number, after: number, pageBreakBefore = false) => ({
    run: { font, size: pt(size), bold: true, color },
    paragraph: { alignment: AlignmentType.LEFT, keepNext: true, keepLines: true, pageBreakBefore, spacing: { before, after } },
  });
  const plain = (id: string, name: string, run: object, paragraph: object, basedOn = 'Normal') => ({
    id, name, basedOn, next: 'Normal', quickFormat: true, run: { font, ...run }, paragraph,
  });
  const toc = (level: number) =>
    plain(`TOC${level}`, `toc ${level}`, level === 1 ? { bold: true } : {}, {
      alignment: AlignmentType.LEFT,
      indent: { left: (level - 1) * 360 },
      spacing: { before: level === 1 ? 120 : 0, after: 40 },
      tabStops: [{ type: TabStopType.RIGHT, position: 9000, leader: 'dot' }],
    });
  return {
    default: {
      document: {
        run: { font, size: pt(10.5), language: { value: 'es-MX', eastAsia: 'es-MX', bidirectional: 'ar-SA' } },
        paragraph: { alignment: body, spacing: { after: 120, line: 276, lineRule: LineRuleType.AUTO } },
      },
      title: heading(24, c.primario, 0, 240),
      heading1: heading(16, c.primario, 0, 240, true),
      heading2: heading(13, c.primario, 240, 120),
      heading3: heading(11.5, c.primario, 200, 80),
      heading4: heading(10.5, c.tinte, 160, 60),
      heading5: heading(10.5, c.tinte, 120, 60),
      heading6: heading(10.5, c.tinte, 120, 60),
      hyperlink: { run: { color: c.secundario, underline: {} } },
      footnoteText: { run: { size: pt(8.5) }, paragraph: { alignment: AlignmentType.LEFT, spacing: { after: 40, line: 240 } } },
    },
    paragraphStyles: [
      plain(STYLE.caption, 'caption', { size: pt(9.5), bold: true, color: c.primario }, { alignment: AlignmentType.LEFT, spacing: { before: 120, after: 80 } }),
      plain(STYLE.source, 'Fuente', { size: pt(8), color: c.gris }, { alignment: AlignmentType.LEFT, spacing: { before: 60, after: 200, line: 240 } }),
      // Single line spacing: a picture in a 1.15-spaced paragraph is taller in Word than in LibreOffice.
      plain(STYLE.figure, 'Figura', {}, { alignment: AlignmentType.CENTER, keepNext: true, spacing: { before: 120, after: 0, line: 240, lineRule: LineRuleType.AUTO } }),
      plain(STYLE.tocHeading, 'TOC Heading', { size: pt(16), bold: true, color: c.primario }, { alignment: AlignmentType.LEFT, spacing: { before: 0, after: 240 } }),
      toc(1), toc(2), toc(3),
      plain(STYLE.tableOfFigures, 'table of figures', {}, {
        alignment: AlignmentType.LEFT, spacing: { after: 60 }, tabStops: [{ type: TabStopType.RIGHT, position: 9000, leader: 'dot' }],
      }),
      plain(STYLE.tableText, 'Tabla texto', { size: pt(9) }, { alignment: AlignmentType.LEFT, spacing: { before: 20, after: 20, line: 240 } }),
      plain(STYLE.tableHeader, 'Tabla encabezado', { size: pt(9), bold: true, color: 'FFFFFF' }, { alignment: AlignmentType.LEFT, keepNext: true, spacing: { before: 40, after: 40, line: 240 } }),
      plain(STYLE.tableTextCompact, 'Tabla texto compacta', { size: pt(8) }, { alignment: AlignmentType.LEFT, spacing: { before: 10, after: 10, line: 240 } }, STYLE.tableText),
      plain(STYLE.tableHeaderCompact, 'Tabla encabezado compacta', { size: pt(8), bold: true, color: 'FFFFFF' }, { alignment: AlignmentType.LEFT, keepNext: true, spacing: { before: 30, after: 30, line: 240 } }, STYLE.tableHeader),
      plain(STYLE.header, 'header', { size: pt(8), color: c.gris }, {
        alignment: AlignmentType.RIGHT, spacing: { after: 0 }, border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: c.primario, space: 4 } },
      }),
      plain(STYLE.footer, 'footer', { size: pt(8), color: c.gris }, { alignment: AlignmentType.RIGHT, spacing: { after: 0 } }),
      plain(STYLE.coverOrganisation, 'Portada organización', { size: pt(12), bold: true, color: c.primario }, { alignment: AlignmentType.LEFT, spacing: { after: 60 } }),
      plain(STYLE.coverTitle, 'Portada título', { size: pt(24), bold: true, color: c.primario }, { alignment: AlignmentType.LEFT, spacing: { before: 2400, after: 240, line: 264, lineRule: LineRuleType.AUTO } }),
      plain(STYLE.coverSubtitle, 'Portada subtítulo', { size: pt(14), color: c.tinte }, { alignment: AlignmentType.LEFT, spacing: { after: 240 } }),
      plain(STYLE.coverState, 'Portada estado', { size: pt(18), bold: true, color: c.secundario }, { alignment: AlignmentType.LEFT, spacing: { before: 240, after: 1200 } }),
      plain(STYLE.coverDetails, 'Portada datos', { size: pt(11), color: c.gris }, { alignment: AlignmentType.LEFT, spacing: { after: 60 } }),
      plain(STYLE.coverNotice, 'Portada aviso', { size: pt(10), bold: true, color: c.rojo }, {
        alignment: AlignmentType.LEFT, spacing: { before: 600, after: 0 },
        border: {
          top: { style: BorderStyle.SINGLE, size: 8, color: c.rojo, space: 6 },
          bottom: { style: BorderStyle.SINGLE, size: 8, color: c.rojo, space: 6 },
        },
      }),
    ],
    characterStyles: [{ id: 'IndexLink', name: 'Index Link', basedOn: 'DefaultParagraphFont', run: {} }],
  };
}
