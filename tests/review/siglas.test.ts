/**
 * #13 «Spanish»: acronyms listed in data/…/siglas.yaml are defined at their first use in the
 * running text and listed in «Siglas y acrónimos» (only the ones used); an acronym without an
 * entry is still reported by `npm run revisar` (texto.sigla-sin-definir).
 */
import path from 'node:path';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { afterAll, describe, expect, it } from 'vitest';
import { analyse } from '../../src/analyse/index.js';
import { loadProjectConfig } from '../../src/config/project.js';
import { readAcronyms } from '../../src/load/state.js';
import type { Problem } from '../../src/util/errors.js';
import { renderReportMarkdown } from '../../src/render/markdown/index.js';
import { applyAcronyms } from '../../src/render/markdown/siglas.js';
import { undefinedAcronyms } from '../../src/review/text.js';
import { twinBlocks } from '../../src/review/twin.js';
import { fixtureState } from '../fixtures/analyse/state.js';

const root = path.resolve(import.meta.dirname, '../..');
const project = loadProjectConfig(root);
const tmp = mkdtempSync(path.join(os.tmpdir(), 'siglas-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const glossary = (md: string) => md.slice(md.indexOf('## Siglas y acrónimos')).split(/\n## /)[0]!;

describe('siglas', () => {
  it('defines a planted acronym at its first use, lists it in the glossary and still reports one without a definition', async () => {
    const base = fixtureState({});
    const data = {
      ...base, root, project,
      siglas: { ZQXA: 'Zona de Quejas Xalapeña Autónoma', ZQXB: 'Sigla no usada' },
      narrativa: { metodologia: { file: 'data/prueba/narrativa/metodologia.md', markdown: 'La ZQXA coordina con la QWPZ. Después, la ZQXA informa.' } },
    };
    const md = await renderReportMarkdown(analyse(data), data);
    expect(md).toContain('La Zona de Quejas Xalapeña Autónoma (ZQXA) coordina con la QWPZ. Después, la ZQXA informa.');
    const g = glossary(md);
    expect(g).toContain('- **ZQXA**: Zona de Quejas Xalapeña Autónoma.');
    expect(g).not.toContain('ZQXB');
    const reported = undefinedAcronyms(twinBlocks(md)).map((f) => f.message);
    expect(reported.some((m) => m.includes('«QWPZ»'))).toBe(true);
    expect(reported.some((m) => m.includes('«ZQXA»'))).toBe(false);
  });

  it('leaves an acronym the text already defines, skips tables and headings, sorts the glossary', () => {
    const md = ['# Uno', '', '| GN | SRE |', '|---|---|', '| a | b |', '', 'La Secretaría de Relaciones Exteriores (SRE) y la GN.', '', '<!-- siglas -->', '', '## Notas', ''].join('\n');
    const r = applyAcronyms(md, { GN: 'Guardia Nacional', SRE: 'Secretaría de Relaciones Exteriores' });
    expect(r.used).toEqual(['GN', 'SRE']);
    expect(r.markdown).toContain('| GN | SRE |');
    expect(r.markdown).toContain('La Secretaría de Relaciones Exteriores (SRE) y la Guardia Nacional (GN).');
    expect(r.markdown).toContain('## Siglas y acrónimos\n\n- **GN**: Guardia Nacional.\n- **SRE**: Secretaría de Relaciones Exteriores.\n\n## Notas');
  });

  it('reads data/comun/siglas.yaml then the state\'s, with Spanish errors', () => {
    mkdirSync(path.join(tmp, 'data', 'comun'), { recursive: true });
    mkdirSync(path.join(tmp, 'data', 'prueba'), { recursive: true });
    writeFileSync(path.join(tmp, 'data', 'comun', 'siglas.yaml'), 'GN: Guardia Nacional\nSRE: Secretaría de Relaciones Exteriores\n');
    writeFileSync(path.join(tmp, 'data', 'prueba', 'siglas.yaml'), 'SRE: Secretaría de Relaciones Exteriores (estatal)\nmal: x\n');
    const problems: Problem[] = [];
    const s = readAcronyms('prueba', tmp, problems);
    expect(s.GN).toBe('Guardia Nacional');
    expect(problems).toHaveLength(1);
    expect(problems[0]!.file).toBe('data/prueba/siglas.yaml');
    expect(problems[0]!.message).toContain('mayúsculas');
    expect(readAcronyms('prueba', root, []).SEGOB).toBe('Secretaría de Gobernación');
  });
});
