/**
 * scanText remembers its answers in the live loop (a rebuild scans again what did not change): the answer must
 * follow the roster and the skipped kinds, and what a caller does with it must not leak.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { rememberScans, scanText } from '../../src/privacy/identifiers.js';

// The answers are remembered in the live loop only.
beforeAll(() => rememberScans(true));
afterAll(() => rememberScans(false));

const text = 'Entrevista con Rosa Elena Quintero; teléfono 656 123 4567.';

describe('scanText memo', () => {
  test('the same text gives the same findings, as copies', () => {
    const a = scanText(text);
    expect(a.map((f) => f.kind)).toEqual(['teléfono']);
    a[0]!.masked = 'cambiado';
    a.push({ ...a[0]! });
    const b = scanText(text);
    expect(b).toHaveLength(1);
    expect(b[0]!.masked).not.toBe('cambiado');
  });

  test('follows the roster by its names, not by the object', () => {
    expect(scanText(text, { roster: { names: ['Luis Pérez'] } }).map((f) => f.kind)).toEqual(['teléfono']);
    expect(scanText(text, { roster: { names: ['Rosa Elena Quintero'] } }).map((f) => f.kind)).toEqual(['nombre del padrón privado', 'teléfono']);
    expect(scanText(text, { roster: { names: ['Luis Pérez'] } }).map((f) => f.kind)).toEqual(['teléfono']);
  });

  test('follows the skipped kinds', () => {
    expect(scanText(text, { skip: ['teléfono'] })).toEqual([]);
    expect(scanText(text).map((f) => f.kind)).toEqual(['teléfono']);
  });
});
