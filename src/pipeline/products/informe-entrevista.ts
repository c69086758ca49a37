/**
 * The report of the interview with the CIE's Technical Secretariat: the interview record
 * (entrevistas.csv + segmentos.csv coded by stage × valence, entrevista-notas.yaml) →
 * templates/analisis-rapido/informe-entrevista.md.hbs → DOCX + Markdown twin. Quotations only
 * when the interview consented to them (src/privacy/consent.ts). The same partial is the
 * interview chapter of the rapid analysis.
 */
import { interviewView } from '../../analyse/rapid.js';
import { interviewContext, renderDocumentMarkdown } from '../../render/rapid/index.js';
import type { Product } from '../product.js';
import { allowedContacts, compileDocx, coverInfo, guardedRapidState, rapidTargets, twinHeader } from './rapid-common.js';

export const informeEntrevista: Product = {
  id: 'informe_entrevista',
  nombre: 'informe de la entrevista',
  scope: 'estado',
  async render(req) {
    const { slug, rapid, config } = guardedRapidState(req, 'informe_entrevista');
    const entrevista = interviewView(rapid);
    const t = rapidTargets(req, slug, 'informe_entrevista');
    const markdown = twinHeader('del informe de la entrevista', config, slug)
      + renderDocumentMarkdown(req.root, 'analisis-rapido', 'informe-entrevista', { entrevista: interviewContext(entrevista), estado: config });
    const info = coverInfo(req.project, config, {
      title: 'Informe de la entrevista con la Secretaría Técnica de la comisión interinstitucional',
      subtitle: 'Análisis rápido de los mecanismos de detección, valoración, canalización y atención de víctimas de trata de personas',
      shortTitle: `Informe de la entrevista — ${config.nombre}`,
      subject: `Informe de la entrevista con la Secretaría Técnica — ${config.nombre}`,
      keywords: ['trata de personas', 'entrevista', config.nombre, config.cie.nombre],
      indexes: true,
    });
    const docx = await compileDocx(markdown, info, [], req.root, t.markdown);
    return {
      files: [{ target: t.docx, bytes: docx }, { target: t.markdown, bytes: markdown, twin: true }],
      privacy: { slug, allow: allowedContacts(rapid), authors: config.autores },
      summary: `informe de la entrevista (${entrevista.segmentos} fragmentos codificados)`,
    };
  },
};
