/** Shared helpers of the DOCX writer tests: fixture Markdown, DocxInfo, image resolver. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { loadProjectConfig } from '../../src/config/project.js';
import type { DocxInfo, ImageResolver } from '../../src/write/docx/index.js';

export const FIXTURES = path.resolve(import.meta.dirname, '..', 'fixtures', 'docx');

export function fixture(name: string): string {
  return readFileSync(path.join(FIXTURES, name), 'utf8');
}

export function testInfo(overrides: Partial<DocxInfo> = {}): DocxInfo {
  const project = loadProjectConfig(path.resolve(import.meta.dirname, '..', '..'));
  return {
    title: 'Diagnóstico sobre Mecanismos de Detección, Valoración, Canalización y Atención de Víctimas de Trata de Personas en el estado de Aguascalientes',
    shortTitle: 'Diagnóstico sobre trata de personas — Aguascalientes',
    stateName: 'Aguascalientes',
    organisation: project.organizacion.nombre,
    programme: project.organizacion.programa,
    date: '2026-11-24',
    version: '0.3',
    status: 'borrador',
    sampleData: true,
    subject: 'Diagnóstico de mecanismos contra la trata de personas — Aguascalientes',
    keywords: ['trata de personas', 'diagnóstico', 'Aguascalientes'],
    // Three index levels, so the fixture's ### headings are listed too.
    style: { ...project.estilo, docx: { ...project.estilo.docx, niveles_indice: 3 } },
    indexes: true,
    ...overrides,
  };
}

/** `grafica:casos` → the fixture PNG (640×360); anything else is unknown. */
export const fixtureImages: ImageResolver = async (url) => {
  if (url !== 'grafica:casos') return undefined;
  return { data: readFileSync(path.join(FIXTURES, 'grafica-casos.png')), width: 640, height: 360, alt: 'Gráfica de víctimas por año' };
};
