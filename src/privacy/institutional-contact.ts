/**
 * The mapping of organisations publishes a contact channel per organisation, and only an
 * institutional one (BRIEF §6: no personal phones or e-mails in outputs). A contact passes
 * when every phone and e-mail in it is institutional:
 *
 * - an e-mail is personal when its domain is a free webmail provider or its local part looks
 *   like a person's name («nombre.apellido»);
 * - a phone is institutional only when the text right before it names an institutional line
 *   (oficina, conmutador, línea, recepción…) or it is a toll-free 800 number; a mobile,
 *   WhatsApp, «personal» or «particular» number, or a bare number, is not.
 *
 * Problems name the kind and the masked value only. Contacts that pass are the only values
 * the output scan allows (`institutionalContacts`).
 */
import type { Problem } from '../util/errors.js';
import { scanText, type Finding } from './identifiers.js';

const WEBMAIL = /@(?:gmail|googlemail|hotmail|outlook|live|msn|yahoo|ymail|icloud|me|aol|proton(?:mail)?|gmx|zoho|prodigy|terra)\.[a-z.]+$/i;
/** «ana.lopez», «jperez_m»: a local part of two alphabetic words. */
const PERSON_LOCAL = /^[a-záéíóúñ]+[._][a-záéíóúñ]+\d*$/i;
/** Words of a role mailbox («referencias.tabasco», «atencion.victimas»): not a person's name. */
const ROLE_WORD = /^(?:atencion|atención|contacto|referencias?|canalizacion|canalización|info|informes|informacion|información|oficina|recepcion|recepción|direccion|dirección|coordinacion|coordinación|proteccion|protección|victimas|víctimas|ayuda|servicios|programas?|tabasco|mexico|méxico)$/i;
const INSTITUTIONAL_LINE = /(?:oficina|conmutador|l[ií]nea|recepci[oó]n|institucional|atenci[oó]n|ext\.?|extensi[oó]n)\W*[^\n\d]{0,20}$/i;
const PERSONAL_LINE = /(?:cel(?:ular)?|m[oó]vil|whats\s?app|wa\b|personal|particular|privad[oa])[^\n\d]{0,25}$/i;

export interface ContactCheck {
  /** Where the contact was read, for problems. */
  file: string;
  line?: number;
  column?: number;
  /** Whose contact it is (the organisation's name), for messages. */
  owner: string;
  contact: string;
}

function personal(f: Finding, text: string): string | undefined {
  const value = text.slice(f.offset, f.offset + f.length).trim();
  if (f.kind === 'correo electrónico') {
    const local = value.split(/@|\s(?:at|arroba)\s/i)[0]!.trim();
    if (WEBMAIL.test(value.replace(/\s+/g, ''))) return 'es un correo de un servicio gratuito (personal), no del dominio de la organización';
    if (PERSON_LOCAL.test(local) && !local.split(/[._]/).some((w) => ROLE_WORD.test(w.replace(/\d+$/, '')))) return 'parece el correo de una persona («nombre.apellido»), no un buzón institucional';
    return undefined;
  }
  if (f.kind === 'teléfono') {
    const digits = value.replace(/\D/g, '');
    if (/^(?:01)?800\d{7}$/.test(digits)) return undefined;
    const before = text.slice(Math.max(0, f.offset - 40), f.offset);
    if (PERSONAL_LINE.test(before)) return 'es un número personal (celular, WhatsApp o particular)';
    if (!INSTITUTIONAL_LINE.test(before)) return 'no se indica que sea una línea institucional (escriba p. ej. «Tel. oficina …», «Conmutador … ext. …» o una línea 800)';
    return undefined;
  }
  return 'no es un dato de contacto institucional';
}

/** Problems (masked) for every personal phone, e-mail or other identifier in the contacts. */
export function checkInstitutionalContacts(contacts: ContactCheck[]): Problem[] {
  const problems: Problem[] = [];
  for (const c of contacts) {
    for (const f of scanText(c.contact)) {
      const why = personal(f, c.contact);
      if (!why) continue;
      problems.push({
        file: c.file, line: c.line, column: c.column, field: 'contacto_institucional',
        message: `el contacto de «${c.owner}» tiene un ${f.kind} que no es institucional («${f.masked}»): ${why}. El mapeo publica solo canales institucionales; corríjalo en los datos de origen`,
      });
    }
  }
  return problems;
}

/** The contacts that passed (allowed in outputs). */
export function institutionalContacts(contacts: ContactCheck[]): string[] {
  return contacts.filter((c) => checkInstitutionalContacts([c]).length === 0).map((c) => c.contact);
}

/** Identifiers in free text read from YAML (the guide, the interview notes), with the YAML line when known. */
export function scanYamlTexts(items: { file: string; line?: number; field: string; text: string }[]): Problem[] {
  const out: Problem[] = [];
  for (const it of items) {
    for (const f of scanText(it.text)) {
      out.push({ file: it.file, line: it.line, field: it.field, message: `se encontró ${f.kind === 'CURP' || f.kind === 'RFC' ? 'una' : 'un'} ${f.kind} («${f.masked}»); elimínelo o anonimícelo en los datos de origen` });
    }
  }
  return out;
}
