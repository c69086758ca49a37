/** The private roster: read whatever a text editor saved, refused when unreadable, names matched however written. */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { scanText, type Roster } from '../../src/privacy/identifiers.js';
import { loadRoster, parseRoster } from '../../src/privacy/roster.js';
import { UserError, formatUserError } from '../../src/util/errors.js';

const ROSTER_TEXT = '# nombres que nunca deben publicarse\r\nPÉREZ GUTIÉRREZ, JOSÉ\r\nMaría Fernanda Ríos\r\n';
const NAMES = ['PÉREZ GUTIÉRREZ, JOSÉ', 'María Fernanda Ríos'];

/** A project root holding data/prueba/privado/nombres.txt with these bytes. */
function rosterRoot(bytes: Uint8Array | string): string {
  const root = mkdtempSync(path.join(os.tmpdir(), 'padron-'));
  mkdirSync(path.join(root, 'data', 'prueba', 'privado'), { recursive: true });
  writeFileSync(path.join(root, 'data', 'prueba', 'privado', 'nombres.txt'), bytes);
  return root;
}

function utf16(text: string, endian: 'le' | 'be'): Buffer {
  const le = Buffer.from(`\uFEFF${text}`, 'utf16le');
  if (endian === 'le') return le;
  const be = Buffer.alloc(le.length);
  for (let i = 0; i < le.length; i += 2) {
    be[i] = le[i + 1]!;
    be[i + 1] = le[i]!;
  }
  return be;
}

/** Windows-1252 bytes of a text made of Latin-1 characters. */
const cp1252 = (text: string) => Buffer.from(text, 'latin1');

describe('lectura del padrón privado', () => {
  it.each([
    ['UTF-8', Buffer.from(ROSTER_TEXT, 'utf8')],
    ['UTF-8 con BOM', Buffer.from(`\uFEFF${ROSTER_TEXT}`, 'utf8')],
    ['Windows-1252 («ANSI»)', cp1252(ROSTER_TEXT)],
    ['UTF-16 LE con BOM («Unicode»)', utf16(ROSTER_TEXT, 'le')],
    ['UTF-16 BE con BOM', utf16(ROSTER_TEXT, 'be')],
  ])('%s', (_name, bytes) => {
    const roster = loadRoster('prueba', rosterRoot(bytes));
    expect(roster.names).toEqual(NAMES);
    expect(roster.file).toBe('data/prueba/privado/nombres.txt');
    expect(scanText('Declaró José Pérez Gutiérrez.', { roster }).map((f) => f.kind)).toEqual(['nombre del padrón privado']);
  });

  it('sin archivo: padrón vacío', () => {
    expect(loadRoster('no-existe', os.tmpdir()).names).toEqual([]);
  });

  it.each([
    ['UTF-16 sin BOM', Buffer.from(ROSTER_TEXT, 'utf16le')],
    ['UTF-16 con BOM y bytes impares', Buffer.concat([utf16(ROSTER_TEXT, 'le'), Buffer.from([0x41])])],
    ['un archivo binario (un .docx renombrado)', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00, 0x08, 0x00])],
  ])('rechaza un padrón ilegible: %s', (_name, bytes) => {
    const root = rosterRoot(bytes);
    const err = (() => {
      try {
        loadRoster('prueba', root);
      } catch (e) {
        return e;
      }
    })();
    expect(err).toBeInstanceOf(UserError);
    const message = formatUserError(err as UserError);
    expect(message).toContain('No se pudo leer el padrón privado de nombres data/prueba/privado/nombres.txt');
    expect(message).toMatch(/UTF-8/);
    expect(message).not.toMatch(/\n\s+at /);
  });

  it('rechaza una carpeta en lugar del archivo', () => {
    const root = mkdtempSync(path.join(os.tmpdir(), 'padron-'));
    mkdirSync(path.join(root, 'data', 'prueba', 'privado', 'nombres.txt'), { recursive: true });
    expect(() => loadRoster('prueba', root)).toThrow(/padrón privado de nombres/);
  });
});

describe('coincidencia de nombres del padrón', () => {
  const roster: Roster = parseRoster(ROSTER_TEXT, 'nombres.txt');
  const hit = (text: string) => scanText(text, { roster }).filter((f) => f.kind === 'nombre del padrón privado');

  it.each([
    ['en otro orden', 'José Pérez Gutiérrez'],
    ['apellidos primero, en mayúsculas', 'PÉREZ GUTIÉRREZ, JOSÉ'],
    ['sin acentos ni mayúsculas', 'jose perez gutierrez'],
    ['con inicial intermedia', 'José L. Pérez Gutiérrez'],
    ['con inicial sin punto', 'José L Pérez Gutiérrez'],
    ['con o cirílica', 'J\u043Esé Pérez Gutiérrez'],
    ['con a y e cirílicas', 'M\u0430rí\u0430 F\u0435rnanda Ríos'],
    ['con p y c cirílicas', 'José \u0420érez Gutiérrez'],
    ['con ómicron griega', 'José Pérez Gutiérrez'.replace('o', '\u03BF')],
    ['con unión de ancho cero dentro del nombre', 'José Pér\u200Dez Gutié\u200Crrez'],
    ['con acento combinante', 'Jose\u0301 Pe\u0301rez Gutie\u0301rrez'],
    ['con apellidos unidos por guion', 'José Pérez-Gutiérrez'],
    ['en dos líneas', 'Ríos,\nMaría Fernanda'],
  ])('%s', (_what, name) => {
    const text = `Según la entrevista, ${name} acudió a la fiscalía.`;
    const found = hit(text);
    expect(found).toHaveLength(1);
    // The finding covers the name as written in the original text.
    expect(found[0]!.offset).toBe(text.indexOf(name));
    expect(found[0]!.length).toBe(name.length);
    expect(found[0]!.masked).not.toContain(name);
  });

  it.each([
    ['un solo apellido', 'El señor Pérez Gutiérrez acudió.'],
    ['otra palabra pegada', 'José Pérezgutiérrez acudió.'],
    ['palabras separadas por otras', 'José y Pérez con Gutiérrez acudieron.'],
    ['más de dos iniciales en medio', 'José A. B. C. Pérez Gutiérrez'],
  ])('no coincide: %s', (_what, text) => {
    expect(hit(text)).toEqual([]);
  });

  it('es rápido con un padrón grande (precompilado)', () => {
    const big: Roster = { names: Array.from({ length: 2000 }, (_, i) => `Nombre${String.fromCharCode(97 + (i % 26))}${i} Apellido${i} Segundo${i}`) };
    const text = 'Párrafo de una narrativa con nombres comunes: José, María, Pérez. '.repeat(2000);
    const t0 = performance.now();
    scanText(text, { roster: big });
    scanText(text, { roster: big });
    expect(performance.now() - t0).toBeLessThan(3000);
  });
});
