/**
 * The interview guide of a new state: the question bank (data/<estado>/guia-entrevista.yaml)
 * → templates/guia-entrevista/guia.md.hbs → the DOCX instrument (cover, purpose, informed
 * consent with recording and quotation as separate choices, numbered questions with room for
 * notes, version and approval fields) and its Markdown twin. It reads only the question bank
 * and estado.yaml, so a change of a question changes only this twin.
 */
import { guideView } from '../../analyse/rapid.js';
import { loadQuestionBank } from '../../load/rapid.js';
import { loadStateConfig } from '../../load/state.js';
import { renderDocumentMarkdown } from '../../render/rapid/index.js';
import { assertNoIdentifiers } from '../../privacy/guard.js';
import { scanYamlTexts } from '../../privacy/institutional-contact.js';
import type { Product } from '../product.js';
import { assertListed, compileDocx, coverInfo, rapidTargets, twinHeader } from './rapid-common.js';

export const guiaEntrevista: Product = {
  id: 'guia_entrevista',
  nombre: 'guía de entrevista',
  scope: 'estado',
  async render(req) {
    const slug = req.slug!;
    const config = loadStateConfig(slug, req.root);
    assertListed(config, slug, 'guia_entrevista');
    const { bank, file } = loadQuestionBank(slug, req.root);
    const texts = [
      bank.titulo, bank.dirigida_a, bank.cierre, ...bank.proposito, ...Object.values(bank.consentimiento).flat(),
      ...bank.versiones.flatMap((v) => [v.cambios, v.revisado_y_aprobado_por ?? '']),
      ...bank.secciones.flatMap((s) => [s.titulo, ...s.preguntas.flatMap((q) => [q.texto, q.proposito, ...(q.sondeos ?? [])])]),
    ];
    assertNoIdentifiers(scanYamlTexts(texts.map((text) => ({ file, field: 'guía', text }))));

    const guia = guideView(bank);
    const t = rapidTargets(req, slug, 'guia_entrevista');
    const markdown = twinHeader('de la guía de entrevista', config, slug) + renderDocumentMarkdown(req.root, 'guia-entrevista', 'guia', { guia, estado: config });
    const last = bank.versiones[bank.versiones.length - 1]!;
    const info = coverInfo(req.project, config, {
      title: bank.titulo,
      subtitle: bank.subtitulo,
      shortTitle: `Guía de entrevista — ${config.nombre}`,
      subject: `Guía de entrevista semiestructurada — ${config.nombre}`,
      keywords: ['trata de personas', 'guía de entrevista', config.nombre, config.cie.nombre],
      date: last.fecha,
      version: last.version,
      status: last.estado === 'aprobada' ? 'final' : 'borrador',
      indexes: false,
    });
    const docx = await compileDocx(markdown, info, [], req.root, t.markdown);
    return {
      files: [{ target: t.docx, bytes: docx }, { target: t.markdown, bytes: markdown, twin: true }],
      privacy: { slug, authors: config.autores },
      summary: `guía de entrevista (${guia.total_preguntas} preguntas, versión ${guia.version})`,
    };
  },
};
