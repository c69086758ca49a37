import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { mask, redactText, scanText } from '../../src/privacy/identifiers.js';
import { loadRoster, parseRoster } from '../../src/privacy/roster.js';
import { PLANTS, ROSTER } from './corpus.js';

describe('detectores de identificadores', () => {
  it.each(PLANTS)('detecta $kind ($masked) con valor enmascarado', (p) => {
    const text = `Primera línea.\nEn la entrevista se mencionó ${p.value}, lo cual no debe publicarse.`;
    const f = scanText(text, { roster: ROSTER });
    expect(f).toHaveLength(1);
    expect(f[0]!.kind).toBe(p.kind);
    expect(f[0]!.masked).toBe(p.masked);
    expect(f[0]!.masked).not.toContain(p.value);
    expect(f[0]!.line).toBe(2);
    expect(f[0]!.column).toBe(text.split('\n')[1]!.indexOf(p.value) + 1);
    expect(JSON.stringify(f)).not.toContain(p.value);
  });

  it('enmascara como en el ejemplo del issue', () => {
    expect(mask('GOMJ800101HCSRRN09')).toBe('GO**************09');
  });

  it('detecta más variantes de teléfono', () => {
    for (const t of ['55 12 34 56 78', '9611234567', '+52 1 55 1234 5678', '961-123-4567', '0052 961 123 4567', 'Cel: 5555-1234', 'WhatsApp 961 12 345 67', '01 (961) 123 4567']) {
      expect(scanText(`llamar al ${t} hoy`).map((f) => f.kind), t).toEqual(['teléfono']);
    }
  });

  it('detecta correos ofuscados y expedientes con otras formas', () => {
    expect(scanText('escriba a juana [arroba] example.com').map((f) => f.kind)).toEqual(['correo electrónico']);
    for (const t of ['la C.I. 789/2022', 'averiguación previa número 12/2010', 'expediente núm. 1234/2021-II', 'causa penal 45/2019', 'NUC: 07-2024-001234']) {
      expect(scanText(`según ${t}.`).map((f) => f.kind), t).toEqual(['número de expediente o carpeta']);
    }
  });

  it('no da falsos positivos en años, artículos, fechas, dinero, siglas ni claves INEGI', () => {
    const clean = [
      'Entre 2019, 2020 y 2021 se registraron 1,234 víctimas; el periodo 2015-2024 y 2019–2024.',
      'Conforme al artículo 52 fracción V de la Ley General, y los artículos 10, 11 y 12.',
      'El 2024-01-15, el 15/01/2024, el 15.01.2024 y el DOF 20-03-2025 se publicaron reformas.',
      'Un costo de $1,234.50, $9611234567 y 1234567890 pesos; MXN 5,551,234.',
      'La CIE y la CIP sesionaron; el CEAV y la FEVIMTRA participaron.',
      'Clave INEGI 0710100010, clave geoestadística 07 101 0001, CVEGEO 071010001, C.P. 30700.',
      'Se contaron 1 234 567 890 registros; ISBN 968-16-1234-5; folio 2024-000123.',
      'El expediente clínico y el expediente de 2024 no son números de carpeta.',
      'Horario: 09:00 a 17:00; versión 1.2.3; 12.5 % de las entrevistas.',
    ];
    for (const t of clean) expect(scanText(t), t).toEqual([]);
  });

  it('nombres del padrón: sin acentos ni mayúsculas, solo palabras completas', () => {
    expect(scanText('Habló MARÍA GUADALUPE HERNÁNDEZ RUIZ.', { roster: ROSTER })[0]?.kind).toBe('nombre del padrón privado');
    expect(scanText('Habló josué   pérez', { roster: ROSTER })[0]?.kind).toBe('nombre del padrón privado');
    expect(scanText('Josué Pérezgarcía no es el mismo', { roster: ROSTER })).toEqual([]);
    expect(scanText('sin padrón: María Guadalupe Hernández Ruiz')).toEqual([]);
  });

  it('lee el padrón (comentarios y líneas vacías ignorados) y un padrón ausente queda vacío', () => {
    const r = parseRoster(readFileSync('tests/fixtures/privacidad/nombres.txt', 'utf8'), 'nombres.txt');
    expect(r.names).toEqual(ROSTER.names);
    expect(loadRoster('no-existe', '/nonexistent').names).toEqual([]);
  });

  it('redacta para vista previa', () => {
    expect(redactText('CURP GOMJ800101HCSRRN09 fin')).toBe('CURP [dato suprimido] fin');
  });
});
