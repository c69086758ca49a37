import path from 'node:path';
import type { Box } from '../../src/flowcharts/types.js';

export const ROOT = path.resolve(import.meta.dirname, '..', '..');
export const FIXTURES = path.join(ROOT, 'tests', 'fixtures', 'flujogramas');
export const STATES = ['baja-california', 'chiapas', 'chihuahua', 'ciudad-de-mexico', 'tabasco'];

/** Strict overlap of two boxes (touching edges do not count). */
export function overlaps(a: Box, b: Box, tol = 0.5): boolean {
  return a.x + tol < b.x + b.width && b.x + tol < a.x + a.width && a.y + tol < b.y + b.height && b.y + tol < a.y + a.height;
}

export function inside(inner: Box, outer: Box, tol = 0.5): boolean {
  return inner.x >= outer.x - tol && inner.y >= outer.y - tol && inner.x + inner.width <= outer.x + outer.width + tol && inner.y + inner.height <= outer.y + outer.height + tol;
}
