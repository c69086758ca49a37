import path from 'node:path';

/** Repository-relative path with "/" separators, for messages. */
export function relativeToRoot(file: string, root: string): string {
  const rel = path.relative(root, file);
  return rel.startsWith('..') ? file : rel.split(path.sep).join('/');
}
