/**
 * Every schema violation in proyecto.yaml or the deck's slide list reaches the analyst as a
 * Spanish message with file and line — never «Error interno» and a stack.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.js';
import { copyProject } from './helpers.js';

const run = (root: string, script: string, args: string[]) => runCli(script, args, { root });

function lineOf(text: string, needle: string): number {
  return text.split('\n').findIndex((l) => l.includes(needle)) + 1;
}

function edit(root: string, file: string, from: string, to: string): number {
  const abs = path.join(root, file);
  const text = readFileSync(abs, 'utf8');
  expect(text).toContain(from);
  writeFileSync(abs, text.replace(from, to));
  return lineOf(text, from);
}

const NO_STACK = /Error interno|    at |ZodError/;

describe('proyecto.yaml and the slide list: Spanish errors with file and line', () => {
  const root = copyProject();

  it.each([
    ['umbral_supresion: 1', 'umbral_supresion: 5', 'umbral_supresion: 1', 'privacidad.umbral_supresion'],
    ['umbral_supresion: 0', 'umbral_supresion: 5', 'umbral_supresion: 0', 'privacidad.umbral_supresion'],
    ['an unknown page size', 'tamano_pagina: carta', 'tamano_pagina: oficio', 'estilo.docx.tamano_pagina'],
    ['a colour with #', 'primario: "0033A0"', 'primario: "#0033A0"', 'estilo.colores.primario'],
  ])('%s in proyecto.yaml', (_name, from, to, field) => {
    const line = edit(root, 'proyecto.yaml', from, to);
    try {
      // Every command reads proyecto.yaml through the same reader; one case tries all of them.
      const commands = field === 'privacidad.umbral_supresion' && to.endsWith('1')
        ? [['report.ts', ['chihuahua']], ['flujogramas.ts', ['chiapas']], ['validate.ts', ['chihuahua']]] as const
        : [['validate.ts', ['chihuahua']]] as const;
      for (const [script, args] of commands) {
        const r = run(root, script, [...args]);
        expect(r.code, `${script}: ${r.err}`).toBe(1);
        expect(r.err).toContain(`proyecto.yaml, línea ${line}`);
        expect(r.err).toContain(field);
        expect(r.err).not.toMatch(NO_STACK);
      }
    } finally {
      edit(root, 'proyecto.yaml', to, from);
    }
  });

  it('an unknown slide kind in the deck template', () => {
    const file = 'templates/presentacion/cie.yaml';
    const text = readFileSync(path.join(root, file), 'utf8');
    const first = /tipo: ([a-z-]+)/.exec(text.split('diapositivas:')[1]!)![0];
    const line = edit(root, file, first, 'tipo: diapositiva-rara');
    try {
      const r = run(root, 'validate.ts', ['chihuahua']);
      expect(r.code).toBe(1);
      expect(r.err).toContain(`${file}, línea ${line}`);
      expect(r.err).toMatch(/tipo de diapositiva desconocido \(«diapositiva-rara»\)/);
      expect(r.err).not.toMatch(NO_STACK);
    } finally {
      edit(root, file, 'tipo: diapositiva-rara', first);
    }
  });
});
