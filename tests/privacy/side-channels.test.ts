/**
 * Side channels (issue 18, item 4) as an analyst meets them, through the real commands:
 * `npm run validate` runs the input guard (never «datos correctos» on data holding an
 * identifier), and the flowchart change log goes through the output scan (nothing written,
 * nothing printed, the value masked in the message).
 */
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.js';
import { REPO, cleanProjects, makeProject } from '../data/helpers.js';

afterAll(cleanProjects);

const run = (script: string, args: string[], root: string) => runCli(script, args, { root });

const CURP_SPACED = 'GOMJ 800101 HCSRRN 09';
const PHONE = '656\u00A0123\u00A04567';

describe('npm run validate pasa por el guardián de entrada', () => {
  it('una CURP disfrazada en una celda: falla, sin «datos correctos», con el valor enmascarado', () => {
    const root = makeProject();
    const file = path.join(root, 'data', 'prueba', 'segmentos.csv');
    const text = readFileSync(file, 'utf8');
    const from = '"No tenemos un protocolo escrito, todo depende de quién atienda."';
    expect(text).toContain(from);
    writeFileSync(file, text.replace(from, `"No tenemos un protocolo escrito (caso ${CURP_SPACED}), todo depende de quién atienda."`));
    const r = run('validate.ts', ['prueba'], root);
    expect(r.code).toBe(1);
    expect(r.out).not.toContain('datos correctos');
    expect(r.err).toContain('data/prueba/segmentos.csv, línea 2');
    expect(r.err).toContain('CURP');
    expect(r.err).toContain('GO** ****** ****** 09');
    expect(r.out + r.err).not.toContain(CURP_SPACED);
    expect((r.out + r.err).replace(/\s/g, '')).not.toContain(CURP_SPACED.replace(/\s/g, ''));
    expect(r.err).not.toMatch(/\n\s+at /);
  });
});

describe('el registro de cambios de un flujograma pasa por el escaneo de salida', () => {
  /** Two versions of a base flowchart: the second adds a phone to a step's text. */
  function versions(): { root: string; a: string; b: string; out: string } {
    const root = makeProject();
    const dir = mkdtempSync(path.join(os.tmpdir(), 'cambios-'));
    const base = readFileSync(path.join(REPO, 'data', 'comun', 'flujogramas', 'nna.yaml'), 'utf8');
    const from = 'texto: Medidas urgentes de protección especial';
    expect(base).toContain(from);
    const a = path.join(dir, 'nna-a.yaml');
    const b = path.join(dir, 'nna-b.yaml');
    writeFileSync(a, base);
    writeFileSync(b, base.replace(from, `texto: Medidas urgentes de protección especial (avisar a la madre, cel. ${PHONE})`));
    return { root, a, b, out: path.join(dir, 'cambios.md') };
  }

  it('con --salida: no escribe nada y enmascara el teléfono', () => {
    const v = versions();
    const r = run('flujogramas.ts', ['--cambios', v.a, v.b, '--salida', v.out], v.root);
    expect(r.code).toBe(1);
    expect(existsSync(v.out)).toBe(false);
    expect(r.err).toContain('teléfono');
    expect(r.err).toContain('65*');
    expect(r.out + r.err).not.toContain(PHONE);
    expect((r.out + r.err).replace(/\D/g, '')).not.toContain('6561234567');
    expect(r.err).not.toMatch(/\n\s+at /);
  });

  it('sin --salida: no imprime el registro en la terminal', () => {
    const v = versions();
    const r = run('flujogramas.ts', ['--cambios', v.a, v.b], v.root);
    expect(r.code).toBe(1);
    expect(r.out).not.toContain('Medidas urgentes');
    expect(r.out + r.err).not.toContain(PHONE);
    expect((r.out + r.err).replace(/\D/g, '')).not.toContain('6561234567');
  });

  it('sin identificadores, el registro se escribe', () => {
    const v = versions();
    writeFileSync(v.b, readFileSync(v.b, 'utf8').replace(` (avisar a la madre, cel. ${PHONE})`, ' (con aviso a la familia)'));
    const r = run('flujogramas.ts', ['--cambios', v.a, v.b, '--salida', v.out], v.root);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(readFileSync(v.out, 'utf8')).toContain('con aviso a la familia');
  });
});
