/** A throw-away copy of the project (config, data, templates) so builds never touch the repo's outputs. */
import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { projectRoot } from '../../src/config/project.js';

export const REPO = projectRoot();

export function copyProject(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'diagnosticos-'));
  for (const item of ['proyecto.yaml', 'data', 'templates']) {
    cpSync(path.join(REPO, item), path.join(dir, item), { recursive: true });
  }
  return dir;
}

/** Reads a repo CSV with csv-parse directly: an independent path from the toolkit's loader. */
export function readCsvRecords(file: string): Record<string, string>[] {
  return parse(readFileSync(file, 'utf8'), { columns: true, skip_empty_lines: true, bom: true }) as Record<string, string>[];
}
