/**
 * `npm run taller` as an analyst runs it, on a copy of the project: --check passes on the
 * committed twins; bad answers (also under `npm run validate`) give a Spanish error with
 * file, line and column, no stack trace, exit 1, and nothing written.
 */
import { cpSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO, runCli } from '../support/cli.js';
import { copyProject } from '../pipeline/helpers.js';

describe('npm run taller', () => {
  it('--check on the committed twins, and a wrong answer', () => {
    const root = copyProject();
    // copyProject copies the configuration, data and templates; the committed twins come from the repository.
    cpSync(path.join(REPO, 'reports/chihuahua/taller'), path.join(root, 'reports/chihuahua/taller'), { recursive: true });
    expect(runCli('taller.ts', ['chihuahua', '--check'], { root })).toMatchObject({ code: 0, out: expect.stringContaining('✔ Los textos de revisión del taller están al día (chihuahua)') });

    const answers = path.join(root, 'data/chihuahua/taller/respuestas.csv');
    writeFileSync(answers, readFileSync(answers, 'utf8').replace(/\npre,([^\n]*),p1,[a-d]\n/, '\npre,$1,p1,z\n'));
    const bad = runCli('taller.ts', ['chihuahua'], { root });
    expect(bad.code).toBe(1);
    expect(bad.err).toMatch(/data\/chihuahua\/taller\/respuestas\.csv.*línea 2.*columna 4/s);
    expect(bad.err).toContain('«z» no es una opción de la pregunta p1');
    expect(bad.err).not.toMatch(/\n\s+at /);
    expect(existsSync(path.join(root, 'slides/chihuahua/taller-chihuahua.pptx'))).toBe(false);
    // npm run validate checks the workshop's data too.
    const validate = runCli('validate.ts', ['chihuahua'], { root });
    expect(validate.code).toBe(1);
    expect(validate.err).toContain('«z» no es una opción de la pregunta p1');
  }, 120_000);
});
