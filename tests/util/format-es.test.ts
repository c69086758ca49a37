import { describe, expect, it } from 'vitest';
import { formatDate, formatList, formatMonthYear, formatNumber, formatPercent, plural, withArticle } from '../../src/util/format-es.js';

describe('es-MX formatting', () => {
  it('numbers: comma thousands, point decimals', () => {
    expect(formatNumber(1234.5)).toBe('1,234.5');
    expect(formatNumber(1234)).toBe('1,234');
    expect(formatNumber(0.25, 2)).toBe('0.25');
  });
  it('percentages with a space before % and a dash for an empty whole', () => {
    expect(formatPercent(1, 8)).toBe('12.5 %');
    expect(formatPercent(1, 0)).toBe('—');
  });
  it('dates in words', () => {
    expect(formatDate('2026-11-24')).toBe('24 de noviembre de 2026');
    expect(formatMonthYear('2024-12-31')).toBe('diciembre de 2024');
  });
  it('lists with «y», «e» before an /i/ sound, «u» before /o/', () => {
    expect(formatList(['a', 'b', 'c'])).toBe('a, b y c');
    // Items with commas of their own: semicolons between all of them, the last one too.
    expect(formatList(['Kuira Sierra, A.C.', 'Mujeres del Desierto, A.C.', 'Guardia Nacional'])).toBe('Kuira Sierra, A.C.; Mujeres del Desierto, A.C.; y Guardia Nacional');
    expect(formatList(['El Colegio, sede Juárez', 'Fiscalía', 'Instituto Nacional de Migración'])).toBe('El Colegio, sede Juárez; Fiscalía; e Instituto Nacional de Migración');
    expect(formatList(['Fiscalía, sede Juárez', 'Guardia Nacional'])).toBe('Fiscalía, sede Juárez y Guardia Nacional');
    expect(formatList(['Chiapas', 'Hidalgo'])).toBe('Chiapas e Hidalgo');
    expect(formatList(['agua', 'hielo'])).toBe('agua y hielo'); // «hie-» is a diphthong: «y» stays
    expect(formatList(['salud', 'higiene'])).toBe('salud e higiene');
    expect(formatList(['siete', 'ocho'], 'o')).toBe('siete u ocho');
  });
  it('lists come from Intl.ListFormat (es-MX): numbers read with /o/, «ho-», one item, none', () => {
    expect(formatList(['diez', '8'], 'o')).toBe('diez u 8');
    expect(formatList(['diez', '11'], 'o')).toBe('diez u 11');
    expect(formatList(['diez', '18'], 'o')).toBe('diez o 18');
    expect(formatList(['ayer', 'hoy'], 'o')).toBe('ayer u hoy');
    expect(formatList(['Chiapas'])).toBe('Chiapas');
    expect(formatList([])).toBe('');
  });
  it('the post-fix ICU needs: «e»/«u» before an accented í/ó (after a silent h too)', () => {
    expect(formatList(['Grecia', 'Ítaca'])).toBe('Grecia e Ítaca');
    expect(formatList(['eléctrico', 'híbrido'])).toBe('eléctrico e híbrido');
    expect(formatList(['a', 'b', 'ínfimo'])).toBe('a, b e ínfimo');
    expect(formatList(['círculo', 'óvalo'], 'o')).toBe('círculo u óvalo');
    expect(formatList(['granero', 'hórreo'], 'o')).toBe('granero u hórreo');
    expect(formatList(['círculo', 'óvalo'])).toBe('círculo y óvalo'); // «y» before /o/ stays
  });
  it('singular and plural', () => {
    expect(plural(1, 'entrevista')).toBe('1 entrevista');
    expect(plural(3, 'institución')).toBe('3 instituciones');
    expect(plural(1200, 'víctima')).toBe('1,200 víctimas');
  });
  it('the article before an institution, with contractions', () => {
    expect(withArticle('Comisión Interinstitucional', 'ante')).toBe('ante la Comisión Interinstitucional');
    expect(withArticle('Consejo Estatal', 'a')).toBe('al Consejo Estatal');
    expect(withArticle('Consejo Estatal', 'de')).toBe('del Consejo Estatal');
    expect(withArticle('Sistema Estatal DIF', 'de')).toBe('del Sistema Estatal DIF');
    expect(withArticle('Lineamientos de ingreso al refugio')).toBe('los Lineamientos de ingreso al refugio');
    expect(withArticle('Servicios de Salud', 'de')).toBe('de los Servicios de Salud');
    expect(withArticle('Reglas de operación', 'a')).toBe('a las Reglas de operación');
    expect(withArticle('Casa de acogida')).toBe('la Casa de acogida');
    expect(withArticle('Secretaría Técnica')).toBe('la Secretaría Técnica');
  });
});
