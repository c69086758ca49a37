/** The one helper for paths shown to people: repository-relative, with "/" separators. */
import path from 'node:path';

/** `abs` relative to `root` with "/" separators; absolute when it lies outside the root. */
export function displayPath(root: string, abs: string): string {
  const rel = path.relative(root, path.resolve(abs));
  return rel.startsWith('..') || path.isAbsolute(rel) ? path.resolve(abs) : rel.split(path.sep).join('/');
}
