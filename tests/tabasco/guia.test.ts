/** The interview guide: questions of the bank in the DOCX, consent choices, version fields; a new question changes only its twin. */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openZip, readPart, visibleText } from '../support/ooxml.js';
import { bytesOf, copyProject, renderState, REPO } from './helpers.js';

const DOCX = 'reports/tabasco/guia-entrevista-tabasco.docx';
const TWIN = 'reports/tabasco/guia-entrevista-tabasco.md';

describe('guía de entrevista (tabasco)', () => {
  it('puts the bank questions, the two consent choices and the approval fields in the DOCX; the committed twin is current', async () => {
    const out = await renderState(REPO, 'tabasco', 'guia_entrevista');
    const xml = await readPart(await openZip(bytesOf(out.get(DOCX))), 'word/document.xml');
    const text = visibleText(xml);
    expect(text).toContain('¿Existe una ruta de canalización acordada por la comisión? ¿Está por escrito y aprobada?');
    expect(text).toMatch(/2\.1\. ¿Qué instituciones detectan/);
    expect(text).toContain('Autorización de grabación');
    expect(text).toContain('Autorización de cita textual');
    expect(text).toContain('Revisado y aprobado por');
    expect(text).toContain('Notas de la entrevista');
    expect(readFileSync(path.join(REPO, TWIN), 'utf8')).toBe(String(out.get(TWIN)!.bytes));
  });

  it('a question added to the bank changes the guide twin and no other twin', async () => {
    const root = copyProject();
    const before = await renderState(root);
    const bank = path.join(root, 'data/tabasco/guia-entrevista.yaml');
    const added = '¿Cuántas personas integran el grupo de trabajo de canalización?';
    writeFileSync(bank, readFileSync(bank, 'utf8').replace(
      '      - id: can-seguimiento\n',
      `      - id: can-grupo\n        texto: ${added}\n        proposito: Conocer la capacidad del grupo de trabajo.\n        etapa: canalizacion\n      - id: can-seguimiento\n`,
    ));
    const after = await renderState(root);
    const twins = [...before.keys()].filter((k) => k.endsWith('.md'));
    expect(twins.length).toBeGreaterThan(0);
    const changed = twins.filter((k) => String(before.get(k)!.bytes) !== String(after.get(k)!.bytes));
    expect(changed).toEqual([TWIN]);
    expect(String(after.get(TWIN)!.bytes)).toContain(added);
  });
});
