import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import {
  SECONDARY_TEXT, SUPPRESSION_NOTE, chartValue, countSuppressed, suppressCount, suppressSeries, suppressTable, type SuppressedTable,
} from '../../src/privacy/suppress.js';
import { formatNumber } from '../../src/util/format-es.js';
import { rng } from '../support/rng.js';
import { haveRealSesnsp, SESNSP_REAL } from '../support/sesnsp.js';

describe('suppressCount', () => {
  it('suprime 0 < n < umbral y muestra 0 y el resto en es-MX', () => {
    expect(suppressCount(0, 5)).toEqual({ value: 0, suppressed: false, text: '0' });
    expect(suppressCount(1, 5)).toEqual({ value: 1, suppressed: true, text: '<5' });
    expect(suppressCount(4, 5).text).toBe('<5');
    expect(suppressCount(5, 5)).toEqual({ value: 5, suppressed: false, text: '5' });
    expect(suppressCount(1234, 5).text).toBe('1,234');
    expect(suppressCount(9, 10).text).toBe('<10');
    expect(chartValue(suppressCount(3, 5))).toBeNull();
    expect(chartValue(suppressCount(7, 5))).toBe(7);
  });

  it('nota en español', () => {
    expect(SUPPRESSION_NOTE(5)).toMatch(/^Por confidencialidad, los valores entre 1 y 4 se muestran como «<5» y no se grafican; se suprimieron además otras celdas .*para que no puedan deducirse de los totales\.$/);
  });
});

describe('suppressSeries', () => {
  it('con un solo valor suprimido suprime además el siguiente más pequeño (el total se mantiene)', () => {
    const s = suppressSeries(['a', 'b', 'c', 'd'], [3, 0, 10, 40], 5);
    expect(s.cells.map((c) => c.text)).toEqual(['<5', '0', SECONDARY_TEXT, '40']);
    expect(s.total.text).toBe('53');
  });
  it('si no hay otro valor distinto de cero, suprime el total', () => {
    const s = suppressSeries(['a', 'b'], [3, 0], 5);
    expect(s.cells.map((c) => c.text)).toEqual(['<5', '0']);
    expect(s.total.suppressed).toBe(true);
  });
  it('con dos o más suprimidos no hace falta supresión secundaria', () => {
    const s = suppressSeries(['a', 'b', 'c'], [3, 2, 50], 5);
    expect(s.cells.map((c) => c.text)).toEqual(['<5', '<5', '50']);
    expect(s.total.text).toBe('55');
  });
});


/** Augmented grid: rows + totals row, cols + totals column. */
function grid(t: SuppressedTable) {
  const R = t.rows.length, C = t.cols.length;
  const g = t.cells.map((r, i) => [...r, t.rowTotals[i]!]);
  g.push([...t.colTotals, t.total]);
  return { g, R, C };
}

/** Rank of a matrix (Gaussian elimination with partial pivoting). */
function rank(m: number[][]): number {
  const a = m.map((r) => [...r]);
  let r = 0;
  const cols = a[0]?.length ?? 0;
  for (let c = 0; c < cols && r < a.length; c++) {
    let p = r;
    for (let i = r + 1; i < a.length; i++) if (Math.abs(a[i]![c]!) > Math.abs(a[p]![c]!)) p = i;
    if (Math.abs(a[p]![c]!) < 1e-9) continue;
    [a[r], a[p]] = [a[p]!, a[r]!];
    for (let i = 0; i < a.length; i++) {
      if (i === r) continue;
      const f = a[i]![c]! / a[r]![c]!;
      for (let k = c; k < cols; k++) a[i]![k]! -= f * a[r]![k]!;
    }
    r++;
  }
  return r;
}

/** Cells an attacker can compute exactly from the published table (linear equations of every line). */
function recoverable(t: SuppressedTable): string[] {
  const { g, R, C } = grid(t);
  const vars: [number, number][] = [];
  g.forEach((row, i) => row.forEach((c, j) => { if (c.suppressed) vars.push([i, j]); }));
  const eq: number[][] = [];
  for (let i = 0; i <= R; i++) eq.push(vars.map(([a, b]) => (a === i ? (b === C ? -1 : 1) : 0)));
  for (let j = 0; j <= C; j++) eq.push(vars.map(([a, b]) => (b === j ? (a === R ? -1 : 1) : 0)));
  const base = rank(eq);
  return vars.filter((_, k) => rank([...eq, vars.map((__, q) => (q === k ? 1 : 0))]) === base).map(([i, j]) => `${i},${j}`);
}

describe('suppressTable', () => {
  it('ejemplo: la celda pequeña no se deduce restando del total', () => {
    const t = suppressTable(['2021', '2022', '2023'], ['Mujer', 'Hombre', 'No identificado'], [[3, 10, 20], [8, 12, 30], [0, 0, 7]], 5);
    expect(t.cells.map((r) => r.map((c) => c.text))).toEqual([['<5', 'C', '20'], ['C', 'C', '30'], ['0', '0', '7']]);
    expect(t.rowTotals.map((c) => c.text)).toEqual(['33', '50', '7']);
    expect(t.total.text).toBe('90');
    expect(countSuppressed(t)).toEqual({ primary: 1, secondary: 3 });
    expect(recoverable(t)).toEqual([]);
  });

  it('una fila con un solo valor distinto de cero suprime también su total', () => {
    const t = suppressTable(['a', 'b'], ['x', 'y'], [[2, 0], [10, 20]], 5);
    expect(t.rowTotals[0]!.suppressed).toBe(true);
    expect(recoverable(t)).toEqual([]);
  });

  it('fuerza bruta: ninguna celda suprimida puede recuperarse por resta', () => {
    const rand = rng(20250101);
    let tables = 0, suppressedCells = 0;
    for (let n = 0; n < 400; n++) {
      const R = 1 + Math.floor(rand() * 5), C = 1 + Math.floor(rand() * 5);
      const values = Array.from({ length: R }, () => Array.from({ length: C }, () => {
        const x = rand();
        return x < 0.25 ? 0 : x < 0.55 ? 1 + Math.floor(rand() * 4) : 5 + Math.floor(rand() * 60);
      }));
      const t = suppressTable(Array.from({ length: R }, (_, i) => `f${i}`), Array.from({ length: C }, (_, j) => `c${j}`), values, 5);
      const { g } = grid(t);
      tables++;
      g.forEach((row, i) => row.forEach((cell, j) => {
        // zeros are never suppressed; small counts always are; visible text is the es-MX number
        if (cell.value === 0) expect(cell.text).toBe('0');
        if (cell.value > 0 && cell.value < 5) expect(cell.text).toBe('<5');
        if (!cell.suppressed) expect(cell.text).toBe(formatNumber(cell.value));
        if (cell.suppressed && cell.value >= 5) expect(cell.text).toBe(SECONDARY_TEXT);
        if (!cell.suppressed) return;
        suppressedCells++;
        // ≥2 suppressed cells in its row and in its column (totals line included), or a zero line
        const rowSup = row.filter((c) => c.suppressed).length;
        const colSup = g.map((r) => r[j]!).filter((c) => c.suppressed).length;
        const rowZero = row.every((c) => c.value === 0 || c === cell);
        const colZero = g.every((r) => r[j]!.value === 0 || r[j] === cell);
        expect(rowSup >= 2 || rowZero, `tabla ${n} fila ${i}`).toBe(true);
        expect(colSup >= 2 || colZero, `tabla ${n} columna ${j}`).toBe(true);
      }));
      expect(recoverable(t), `tabla ${n}: ${JSON.stringify(values)}`).toEqual([]);
    }
    expect(tables).toBe(400);
    expect(suppressedCells).toBeGreaterThan(1000);
  });
});

describe.skipIf(!haveRealSesnsp())('archivo nacional real del SESNSP', () => {
  it('Chiapas, trata de personas: 2021 (4 víctimas) se publica como «<5»', () => {
    const lines = readFileSync(SESNSP_REAL!).toString('latin1').split(/\r?\n/);
    const byYear = new Map<number, number>();
    for (const line of lines.slice(1)) {
      const c = line.split(',');
      if (c[1] !== '7' || c[4] !== 'Trata de personas') continue;
      const total = c.slice(9, 21).reduce((a, x) => a + (Number(x) || 0), 0);
      byYear.set(Number(c[0]), (byYear.get(Number(c[0])) ?? 0) + total);
    }
    expect(byYear.get(2021)).toBe(4);
    const years = [...byYear.keys()].sort();
    const s = suppressSeries(years.map(String), years.map((y) => byYear.get(y)!), 5);
    const i2021 = years.indexOf(2021);
    expect(s.cells[i2021]).toMatchObject({ suppressed: true, text: '<5' });
    expect(chartValue(s.cells[i2021]!)).toBeNull();
    expect(s.cells.filter((c) => c.suppressed).length).toBeGreaterThanOrEqual(2);
    expect(s.total.suppressed).toBe(false);
  });
});
