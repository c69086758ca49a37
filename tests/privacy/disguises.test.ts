/** The scanner on disguised identifiers: found, placed at the original line/column, masked; look-alikes pass. */
import { describe, expect, it } from 'vitest';
import { redactText, scanText } from '../../src/privacy/identifiers.js';
import { normaliseForScan, originalRange } from '../../src/privacy/normalise.js';
import { DISGUISES, LOOK_ALIKES } from './disguises.js';

/** Letters and digits only, NFKC: what a reader would retype from the value. */
const compact = (s: string) => s.normalize('NFKC').replace(/[^\p{L}\p{N}]/gu, '');

describe('identificadores disfrazados', () => {
  it.each(DISGUISES)('$what', (d) => {
    const text = `Primera línea sin datos.\nEn la entrevista se mencionó ${d.value}, lo cual no debe publicarse.`;
    const at = text.indexOf(d.value);
    const found = scanText(text);
    expect(found.map((f) => f.kind)).toEqual([d.kind]);
    const f = found[0]!;
    // Position in the ORIGINAL text (invisible characters and full-width digits included).
    expect(f.line).toBe(2);
    expect(f.offset).toBeGreaterThanOrEqual(at);
    expect(f.offset + f.length).toBeLessThanOrEqual(at + d.value.length);
    expect(f.column).toBe(f.offset - text.indexOf('\n'));
    expect(f.length).toBeGreaterThanOrEqual(compact(d.value).replace(/^\p{L}+(?=\d)/u, '').length - 2);
    // Masked: neither the value nor what a reader would retype from it.
    expect(f.masked).not.toContain(d.value);
    expect(compact(f.masked)).not.toContain(compact(d.value).slice(2, -2));
    expect(compact(redactText(text))).not.toContain(compact(d.value).slice(2, -2));
  });

  it.each(LOOK_ALIKES)('no es un identificador: %s', (t) => {
    expect(scanText(t)).toEqual([]);
  });
});

describe('normalización con mapa a la posición original', () => {
  it('quita invisibles, unifica rayas y espacios, NFKC, y cada carácter recuerda de dónde viene', () => {
    const text = `a\u200Bb\u00ADc\u2013d\u00A0e９`;
    const n = normaliseForScan(text);
    expect(n.text).toBe('abc-d e9');
    expect(originalRange(n, 1, 3)).toEqual({ offset: 2, length: 3 }); // «b\u00ADc»
    expect(originalRange(n, 7, 8)).toEqual({ offset: text.length - 1, length: 1 });
  });

  it('un acento combinante se compone con su letra', () => {
    expect(normaliseForScan('Pe\u0301rez').text).toBe('Pérez');
  });
});

describe('contactos públicos escritos de otra forma', () => {
  it('el contacto declarado público pasa aunque se escriba disfrazado; otro dato no', async () => {
    const { scanOutputs } = await import('../../src/privacy/guard.js');
    const allow = ['Tel. 962 625 1100, contacto@albergue.example.org'];
    const parts = (text: string) => [{ output: 'salida.md', part: 'markdown', text }];
    expect(scanOutputs(parts('Informes: ９６２\u00A0６２５\u00A0１１００ o contacto arroba albergue punto example punto org.'), undefined, { allow })).toEqual([]);
    const blocked = scanOutputs(parts('Informes: 962 625 1101 o testigo arroba albergue punto example punto org.'), undefined, { allow });
    expect(blocked.map((p) => p.message)).toEqual([
      expect.stringContaining('teléfono («96* *** **01»)'),
      expect.stringContaining('correo electrónico'),
    ]);
  });
});
