/**
 * Disguised identifiers end to end: planted in a narrative and in a CSV cell, `npm run report`'s
 * build stops with the file, line and kind, the value masked, and nothing is written.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { buildReport } from '../../src/pipeline/products/diagnostico.js';
import { BLOCK_MESSAGE } from '../../src/privacy/guard.js';
import { UserError, formatUserError } from '../../src/util/errors.js';
import { copyProject } from '../pipeline/helpers.js';
import { DISGUISES, LOOK_ALIKES, type Disguise } from './disguises.js';

const OUTPUTS = ['reports/chihuahua/diagnostico-chihuahua.docx', 'reports/chihuahua/diagnostico-chihuahua.md', 'slides/chihuahua/presentacion-cie-chihuahua.pptx'];
const NARRATIVE = 'data/chihuahua/narrativa/deteccion.md';
const CSV = 'data/chihuahua/segmentos.csv';
const EXCERPT = 'Las víctimas extranjeras en Juárez quieren cruzar a Estados Unidos; la tarjeta por razones humanitarias no les interesa porque no quieren quedarse.';

/** One copy of the project for the whole file; each test plants into it and the originals are restored after. */
const root = copyProject();
const originals = new Map<string, string>();
function plant(file: string, edit: (text: string) => string): void {
  const abs = path.join(root, file);
  if (!originals.has(file)) originals.set(file, readFileSync(abs, 'utf8'));
  writeFileSync(abs, edit(originals.get(file)!));
}
afterEach(() => {
  for (const [file, text] of originals) writeFileSync(path.join(root, file), text);
});

const compact = (s: string) => s.normalize('NFKC').replace(/[^\p{L}\p{N}]/gu, '');

async function expectBlocked(d: Disguise, file: string, line: number): Promise<void> {
  const err = await buildReport('chihuahua', { root }).catch((e: unknown) => e);
  expect(err).toBeInstanceOf(UserError);
  const message = formatUserError(err as UserError);
  expect(message).toContain(BLOCK_MESSAGE);
  expect(message).toContain(`${file}, línea ${line}`);
  expect(message).toContain(d.kind);
  expect(message).not.toContain(d.value);
  expect(compact(message)).not.toContain(compact(d.value).slice(2, -2));
  for (const out of OUTPUTS) expect(existsSync(path.join(root, out)), out).toBe(false);
}

describe('identificadores disfrazados bloquean la generación', () => {
  it.each(DISGUISES)('en una narrativa: $what', async (d) => {
    let line = 0;
    plant(NARRATIVE, (t) => {
      const base = t.endsWith('\n') ? t : `${t}\n`;
      line = base.split('\n').length + 1;
      return `${base}\nEn una entrevista se mencionó ${d.value} como dato de contacto.\n`;
    });
    await expectBlocked(d, NARRATIVE, line);
  });

  it.each(DISGUISES)('en una celda CSV: $what', async (d) => {
    plant(CSV, (t) => {
      expect(t).toContain(`,${EXCERPT},`);
      return t.replace(`,${EXCERPT},`, `,"Dato ${d.value}. ${EXCERPT}",`);
    });
    await expectBlocked(d, CSV, 2);
  });

  it('un nombre del padrón guardado en UTF-16, escrito con apellidos primero y una «о» cirílica', async () => {
    mkdirSync(path.join(root, 'data', 'chihuahua', 'privado'), { recursive: true });
    const rosterFile = path.join(root, 'data', 'chihuahua', 'privado', 'nombres.txt');
    writeFileSync(rosterFile, Buffer.from('\uFEFF# padrón\r\nJosé Pérez Gutiérrez\r\n', 'utf16le'));
    const written = 'PÉREZ GUTIÉRREZ, J\u043ES\u00C9';
    plant(CSV, (t) => t.replace(`,${EXCERPT},`, `,"Según ${written}, ${EXCERPT}",`));
    try {
      const err = await buildReport('chihuahua', { root }).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(UserError);
      const message = formatUserError(err as UserError);
      expect(message).toContain(`${CSV}, línea 2`);
      expect(message).toContain('nombre del padrón privado');
      expect(message).not.toContain(written);
      for (const out of OUTPUTS) expect(existsSync(path.join(root, out)), out).toBe(false);
    } finally {
      writeFileSync(rosterFile, '');
    }
  });

  it('un padrón ilegible detiene la generación con un mensaje en español', async () => {
    mkdirSync(path.join(root, 'data', 'chihuahua', 'privado'), { recursive: true });
    const rosterFile = path.join(root, 'data', 'chihuahua', 'privado', 'nombres.txt');
    writeFileSync(rosterFile, Buffer.from('José Pérez\r\n', 'utf16le')); // UTF-16 without BOM
    try {
      const err = await buildReport('chihuahua', { root }).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(UserError);
      expect(formatUserError(err as UserError)).toContain('No se pudo leer el padrón privado de nombres data/chihuahua/privado/nombres.txt');
      for (const out of OUTPUTS) expect(existsSync(path.join(root, out)), out).toBe(false);
    } finally {
      writeFileSync(rosterFile, '');
    }
  });

  it('los falsos positivos conocidos pasan el guardián de entrada (narrativa y CSV)', async () => {
    const { loadState } = await import('../../src/load/state.js');
    const { guardInputs } = await import('../../src/pipeline/privacy-gate.js');
    plant(NARRATIVE, (t) => `${t}\n\n${LOOK_ALIKES.join('\n\n')}\n`);
    plant(CSV, (t) => t.replace(`,${EXCERPT},`, `,"${LOOK_ALIKES.join(' ')} ${EXCERPT}",`));
    const data = await loadState('chihuahua', { root });
    expect(data.narrativa?.deteccion?.markdown).toContain(LOOK_ALIKES[0]);
    expect(() => guardInputs(data)).not.toThrow();
  });
});
