/** The Spanish helpers available to the diagnostic templates. */
import type { HelperDelegate } from 'handlebars';
import { cita } from './cita.js';
import { conteo } from './conteo.js';
import { etiqueta } from './etiqueta.js';
import { fecha, mes_anio } from './fecha.js';
import { grafica, si_grafica } from './grafica.js';
import { con_articulo, oracion, separador, variante } from './gramatica.js';
import { lista } from './lista.js';
import { alguno, concat, filtrar, igual, longitud, mayor, mayuscula_inicial, minusculas, negar, opcional, si, sin_ceros, todos } from './logica.js';
import { escapeValue, md } from './md.js';
import { numero } from './numero.js';
import { plural } from './plural.js';
import { porcentaje } from './porcentaje.js';
import { ref } from './ref.js';
import { tabla, tabla_matriz } from './tabla.js';
import { titulo } from './titulo.js';

/** Helpers that print Markdown (their output is inserted as is; they escape data themselves). */
export const MARKDOWN_HELPERS: Record<string, HelperDelegate> = {
  numero, porcentaje, fecha, mes_anio, lista, plural, etiqueta, conteo, tabla, tabla_matriz, grafica, ref, cita, md,
  minusculas, mayuscula_inicial, titulo, separador, con_articulo, oracion, variante,
};

/** Block helpers. */
export const BLOCK_HELPERS: Record<string, HelperDelegate> = { si_grafica };

/**
 * Helpers that return a VALUE for another helper or a block (`{{#if (igual a b)}}`). Used
 * directly in a mustache their result is escaped like any data value.
 */
export const VALUE_HELPERS: Record<string, HelperDelegate> = { igual, mayor, todos, alguno, negar, longitud, opcional, concat, filtrar, sin_ceros, si };

/** Internal: the escaping the engine puts around every `{{path}}`. */
export const ESCAPE_HELPER = '__md';
export const INTERNAL_HELPERS: Record<string, HelperDelegate> = { [ESCAPE_HELPER]: escapeValue };
