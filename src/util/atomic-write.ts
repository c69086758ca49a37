/**
 * All-or-nothing writes: outputs are staged next to their destination and renamed into
 * place only once every output of a build is ready, so a failed build never leaves a
 * half-written file and never overwrites the last good one.
 */
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export interface StagedFile {
  target: string;
  bytes: Buffer | string;
}

export function commitFiles(files: StagedFile[]): void {
  const staged: { tmp: string; target: string }[] = [];
  try {
    for (const f of files) {
      mkdirSync(path.dirname(f.target), { recursive: true });
      const tmp = path.join(path.dirname(f.target), `.${path.basename(f.target)}.${process.pid}.tmp`);
      writeFileSync(tmp, f.bytes);
      staged.push({ tmp, target: f.target });
    }
  } catch (e) {
    for (const s of staged) rmSync(s.tmp, { force: true });
    throw e;
  }
  // rename(2) is atomic within a file system; the temporaries sit beside their targets.
  for (const s of staged) renameSync(s.tmp, s.target);
}
