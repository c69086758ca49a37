/**
 * Property-based tests of the input side (issue #12): whatever bytes or tables an analyst's
 * tools produce, the decoder and the CSV loader either read them or answer with a UserError
 * naming the file and the line — never another exception, never a stack trace.
 * Runs are kept small (200 per property) for a 2-core CI; the seed is fixed so a failure can be
 * replayed (fast-check prints the counterexample and the path).
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseCsvText, toCsv } from '../../src/load/csv.js';
import { validateTable } from '../../src/load/rows.js';
import { cleanXmlText, decodeText, textPosition } from '../../src/load/text.js';
import { interviewSchema, organisationSchema } from '../../src/schemas/datasets.js';
import { UserError, formatUserError } from '../../src/util/errors.js';

const RUNS = { numRuns: 200, seed: 20261201 };
const FILE = 'data/prueba/entrevistas.csv';
const XML_ILLEGAL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Either the value, or a UserError whose every problem names FILE and a line ≥ 1 and prints no stack. */
function outcome<T>(fn: () => T): { ok: T } | { error: UserError } {
  try {
    return { ok: fn() };
  } catch (e) {
    expect(e, `se lanzó algo que no es UserError: ${(e as Error)?.stack ?? String(e)}`).toBeInstanceOf(UserError);
    const err = e as UserError;
    expect(err.problems.length).toBeGreaterThan(0);
    for (const p of err.problems) {
      expect(p.file).toBe(FILE);
      expect(Number.isInteger(p.line) && p.line! >= 1, `problema sin línea: ${JSON.stringify(p)}`).toBe(true);
    }
    expect(formatUserError(err)).not.toMatch(/\n\s+at |Error: [A-Z]+:/);
    return { error: err };
  }
}

/** Fragments analysts' files are made of: separators, quotes, line ends, BOMs, accents, controls. */
const fragment = fc.oneof(
  fc.constantFrom(',', ';', '"', '""', '\n', '\r', '\r\n', '\uFEFF', ' ', 'sí', 'no', 'ñ', 'Juárez', '2025-03-10', '31/02/2025',
    'ENT-01', 'presencial', 'fge', 'gobierno_estatal', '\u000B', '\u000C', '\u0007', '\u0000', '\uFFFF', '\uD800', '😀', 'id', 'fecha', 'cargo'),
  fc.string({ maxLength: 8 }),
);
const csvish = fc.array(fragment, { maxLength: 60 }).map((parts) => parts.join(''));

const encode = (s: string, how: number): Uint8Array => {
  switch (how) {
    case 0: return Buffer.from(s, 'utf8');
    case 1: return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(s, 'utf8')]);
    case 2: return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(s, 'utf16le')]);
    default: return Buffer.from(s, 'latin1');
  }
};

describe('el cargador de CSV con cualquier entrada', () => {
  it('arbitrary bytes: loads or a UserError with file and line', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
      const r = outcome(() => validateTable(parseCsvText(decodeText(bytes, FILE).text, FILE), interviewSchema));
      if ('ok' in r) for (const p of r.ok.problems) expect(p.file === FILE && p.line! >= 1).toBe(true);
    }), RUNS);
  });

  it('CSV-like text in any encoding: loads or a UserError; loaded cells never hold what XML cannot', () => {
    fc.assert(fc.property(csvish, fc.integer({ min: 0, max: 3 }), fc.boolean(), (text, how, interviews) => {
      const r = outcome(() => {
        const table = parseCsvText(decodeText(encode(text, how), FILE).text, FILE);
        return { table, v: validateTable(table, interviews ? interviewSchema : organisationSchema) };
      });
      if (!('ok' in r)) return;
      for (const rec of r.ok.table.records) for (const v of rec.values) expect(v).not.toMatch(XML_ILLEGAL);
      for (const p of r.ok.v.problems) {
        expect(p.file).toBe(FILE);
        expect(p.line! >= 1 && p.line! <= text.length + 1).toBe(true);
      }
    }), RUNS);
  });

  it('any table written by toCsv reads back cell for cell, with the line of each record', () => {
    const cell = fc.string({ maxLength: 12, unit: fc.constantFrom('a', 'ñ', ' ', ',', ';', '"', '\n', '\r\n', 'x', '1', '😀', '\u000B') });
    const header = fc.array(fc.stringMatching(/^[a-z][a-z_]{0,7}$/), { minLength: 1, maxLength: 5 });
    fc.assert(fc.property(header, fc.array(fc.array(cell, { maxLength: 6 }), { maxLength: 8 }), (head, rows) => {
      const table = parseCsvText(toCsv(head, rows), FILE);
      const norm = (v: string) => v.replace(/\r\n?/g, '\n').replace(/\u000B/g, '\n');
      const kept = rows.filter((r) => !r.every((v) => v.trim() === ''));
      expect(table.header).toEqual(head);
      expect(table.records.map((r) => r.values)).toEqual(kept.map((r) => r.map(norm)));
      // Each record starts one line after the previous one ends.
      let line = 2;
      let k = 0;
      for (const r of rows) {
        const breaks = r.reduce((n, v) => n + (v.replace(/\r\n?/g, '\n').match(/\n/g)?.length ?? 0), 0);
        if (!r.every((v) => v.trim() === '')) expect(table.records[k++]!.line).toBe(line);
        line += breaks + 1;
      }
    }), RUNS);
  });
});

// Strings without lone surrogates (a UTF-8 or UTF-16 file cannot hold them).
const wellFormed = fc.string({ maxLength: 80, unit: 'grapheme' });

describe('el decodificador de texto', () => {
  it('UTF-8 with and without BOM and UTF-16 LE/BE with BOM give back the text', () => {
    fc.assert(fc.property(wellFormed, fc.integer({ min: 0, max: 3 }), (s, how) => {
      fc.pre(!s.includes('\u0000') && !s.startsWith('\uFEFF') && !/^(PK\u0003\u0004|%PDF)/.test(s));
      const bytes = how === 0 ? Buffer.from(s, 'utf8')
        : how === 1 ? Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(s, 'utf8')])
          : how === 2 ? Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(s, 'utf16le')])
            : Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(s, 'utf16le').swap16()]);
      expect(decodeText(bytes, FILE).text).toBe(s);
    }), RUNS);
  });

  it('Windows-1252 text is read whole when it holds no valid UTF-8 multibyte sequence, otherwise refused as mixed', () => {
    const letters = 'áéíóúñÁÉÍÓÚÑüÜ¿¡“”–—€ abc,;\n';
    const high = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';
    const toBytes = (s: string) => Buffer.from([...s].map((c) => (high.includes(c) ? 0x80 + high.indexOf(c) : c.charCodeAt(0))));
    fc.assert(fc.property(fc.string({ minLength: 1, maxLength: 40, unit: fc.constantFrom(...letters) }), (s) => {
      fc.pre(/[^\x00-\x7f]/.test(s));
      const bytes = toBytes(s);
      let valid = true;
      try {
        new TextDecoder('utf-8', { fatal: true }).decode(bytes);
      } catch {
        valid = false;
      }
      fc.pre(!valid); // a valid UTF-8 file is UTF-8, by definition
      const r = outcome(() => decodeText(bytes, FILE));
      const multibyte = /[\xc2-\xf4][\x80-\xbf]/.test(bytes.toString('latin1'));
      if ('ok' in r) {
        expect(r.ok).toEqual({ text: s, encoding: 'windows-1252' });
      } else {
        expect(multibyte, 'solo se rechaza un archivo con secuencias UTF-8 válidas').toBe(true);
        expect(r.error.problems[0]!.message).toContain('mezcla codificaciones');
      }
    }), RUNS);
  });

  it('one stray Windows-1252 byte in UTF-8 text is reported at its own line and column', () => {
    const text = fc.string({ maxLength: 60, unit: fc.constantFrom('a', 'ñ', 'é', ' ', '\n', '\r\n', '\r', '😀', 'Ü', ',') });
    fc.assert(fc.property(text, text, fc.constantFrom(0xe9, 0xf3, 0xf1, 0x93, 0x94, 0xc1, 0xff), (before, after, stray) => {
      fc.pre(/[^\x00-\x7f]/.test(before + after));
      const bytes = Buffer.concat([Buffer.from(before, 'utf8'), Buffer.from([stray]), Buffer.from(after, 'utf8')]);
      const r = outcome(() => decodeText(bytes, FILE));
      expect('error' in r).toBe(true);
      if (!('error' in r)) return;
      const at = textPosition(before + '\u0000', before.length);
      expect(r.error.problems[0]).toMatchObject({ file: FILE, line: at.line, column: at.column });
      expect(r.error.problems[0]!.message).toContain(`línea ${at.line}, columna ${at.column}`);
    }), RUNS);
  });

  it('cleanXmlText: no vertical tab or form feed survives, every other illegal character is listed, length is kept', () => {
    fc.assert(fc.property(fc.string({ maxLength: 60, unit: 'binary' }), fc.constantFrom('\n' as const, ' ' as const), (s, breaks) => {
      const { text, illegal } = cleanXmlText(s, breaks);
      expect(text).toHaveLength(s.length);
      expect(text).not.toMatch(/[\u000B\u000C]/);
      const expected: number[] = [];
      for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        const hi = c >= 0xd800 && c <= 0xdbff;
        const lo = c >= 0xdc00 && c <= 0xdfff;
        const paired = (hi && i + 1 < text.length && text.charCodeAt(i + 1) >= 0xdc00 && text.charCodeAt(i + 1) <= 0xdfff);
        if (paired) { i++; continue; }
        if (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) expected.push(i);
        else if (c === 0xfffe || c === 0xffff || hi || lo) expected.push(i);
      }
      expect(illegal.map((x) => x.index)).toEqual(expected);
    }), RUNS);
  });
});
