/**
 * Reading the packages this project writes or receives (DOCX, PPTX, XLSX, pptxgenjs's output):
 * the parts in central-directory order, each inflated by Node's zlib only when asked for and
 * checked against its CRC. Why not JSZip: it inflates and decodes through a chain of JavaScript
 * stream workers, and the output guard read every package twice with it on every build.
 *
 * A package that `writeZip` made in this process is not read back at all: its parts come from
 * the writer (`writtenEntries`), the very strings and bytes it zipped.
 */
import zlib from 'node:zlib';
import { crc32, writtenEntries } from './zip-writer.js';

/** One part of a package: its name, its bytes, and its text (UTF-8) for XML parts. */
export interface PackagePart {
  readonly name: string;
  bytes(): Uint8Array;
  text(): string;
}

/** Parts held in memory (a compiled package, a renamed copy): text and bytes converted on demand. */
export function memoryPart(name: string, data: string | Uint8Array): PackagePart {
  return {
    name,
    bytes: () => (typeof data === 'string' ? Buffer.from(data, 'utf8') : data),
    text: () => (typeof data === 'string' ? data : utf8(data)),
  };
}

const utf8 = (bytes: Uint8Array) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');

/** Packages already read, so that a second reader (the guard reads each output twice) inflates nothing again. */
const alreadyRead = new WeakMap<Uint8Array, PackagePart[]>();

/** A package's file parts (folder entries left out), in the order of its central directory. */
export function readZip(input: Uint8Array | ArrayBuffer): PackagePart[] {
  const data = input instanceof ArrayBuffer ? new Uint8Array(input) : input;
  let parts = alreadyRead.get(data);
  if (!parts) {
    const written = writtenEntries(data);
    parts = written ? written.map((e) => memoryPart(e.name, e.data)) : unzip(data);
    alreadyRead.set(data, parts);
  }
  return [...parts];
}

function unzip(data: Uint8Array): PackagePart[] {
  const buf = Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  const eocd = findEndOfDirectory(buf);
  const count = buf.readUInt16LE(eocd + 10);
  let at = buf.readUInt32LE(eocd + 16);
  if (count === 0xffff || at === 0xffffffff) throw new Error('paquete ZIP64: no admitido');
  const parts: PackagePart[] = [];
  for (let i = 0; i < count; i++) {
    if (at + 46 > buf.length || buf.readUInt32LE(at) !== 0x02014b50) throw new Error('directorio central del ZIP dañado');
    const flags = buf.readUInt16LE(at + 8);
    const method = buf.readUInt16LE(at + 10);
    const crc = buf.readUInt32LE(at + 16);
    const packed = buf.readUInt32LE(at + 20);
    const size = buf.readUInt32LE(at + 24);
    const nameLength = buf.readUInt16LE(at + 28);
    const next = at + 46 + nameLength + buf.readUInt16LE(at + 30) + buf.readUInt16LE(at + 32);
    const local = buf.readUInt32LE(at + 42);
    // Names are UTF-8 when flagged (bit 11); otherwise CP437, which for ASCII names is the same.
    const name = buf.toString(flags & 0x0800 ? 'utf8' : 'latin1', at + 46, at + 46 + nameLength);
    at = next;
    if (name.endsWith('/')) continue;
    if (flags & 0x0001) throw new Error(`la parte ${name} está cifrada`);
    if (method !== 0 && method !== 8) throw new Error(`la parte ${name} usa un método de compresión no admitido (${method})`);
    if (local + 30 > buf.length || buf.readUInt32LE(local) !== 0x04034b50) throw new Error(`la cabecera local de ${name} está dañada`);
    const start = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
    if (start + packed > buf.length) throw new Error(`la parte ${name} está truncada`);
    let bytes: Uint8Array | undefined;
    const inflate = (): Uint8Array => {
      if (bytes) return bytes;
      const body = buf.subarray(start, start + packed);
      const out = method === 8 ? zlib.inflateRawSync(body) : body;
      if (out.length !== size || crc32(out) !== crc) throw new Error(`la parte ${name} no coincide con su CRC o su tamaño`);
      return (bytes = out);
    };
    parts.push({ name, bytes: inflate, text: () => utf8(inflate()) });
  }
  return parts;
}

function findEndOfDirectory(buf: Buffer): number {
  // The record is 22 bytes plus a comment of up to 65,535 bytes, at the very end.
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 22 - 0xffff); i--) {
    if (buf.readUInt32LE(i) === 0x06054b50) return i;
  }
  throw new Error('no es un archivo ZIP (falta el fin del directorio central)');
}
