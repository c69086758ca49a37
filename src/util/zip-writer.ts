/**
 * The zip writer of every package this project writes (src/util/deterministic-zip.ts): entries
 * in the given order, one fixed DOS date, DOS attributes, no folder entries, no comments, no
 * data descriptors — the layout JSZip 3.10 writes with `platform: 'DOS'`, so the bytes did not
 * change when it replaced JSZip's generator. Why not JSZip: it encodes strings to UTF-8, computes
 * CRCs and feeds pako through a chain of JavaScript stream workers, a third of a warm build's
 * time; here encoding and CRC are native and each entry is deflated in one call.
 *
 * Deflate is pako's (level 6), not Node's zlib: Node bundles Chromium's zlib, whose output may
 * differ between Node versions and CPUs, and the same inputs must give the same bytes anywhere.
 */
import { createRequire } from 'node:module';
import zlib from 'node:zlib';
import { liveLoopCache } from './live-loop.js';

const pako = createRequire(import.meta.url)('pako') as { deflateRaw(data: Uint8Array, options: { level: number }): Uint8Array };

export interface ZipEntry {
  name: string;
  data: string | Uint8Array;
  /** Deflate (XML and other text) or store (pictures and packages, already compressed). */
  deflate: boolean;
}

const CRC_TABLE = (() => {
  const t = new Int32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c;
  }
  return t;
})();

/** CRC-32 of the zip format: Node's (≥ 20.15) or the table-driven one. */
export const crc32: (data: Uint8Array) => number = typeof (zlib as { crc32?: unknown }).crc32 === 'function'
  ? (data) => (zlib as unknown as { crc32(d: Uint8Array): number }).crc32(data) >>> 0
  : (data) => {
    let c = -1;
    for (let i = 0; i < data.length; i++) c = CRC_TABLE[(c ^ data[i]!) & 0xff]! ^ (c >>> 8);
    return (c ^ -1) >>> 0;
  };

/** DOS time and date fields, read with the UTC getters (the same fields under any TZ). */
function dosDateTime(date: Date): { time: number; day: number } {
  return {
    time: (date.getUTCHours() << 11) | (date.getUTCMinutes() << 5) | Math.floor(date.getUTCSeconds() / 2),
    day: ((date.getUTCFullYear() - 1980) << 9) | ((date.getUTCMonth() + 1) << 5) | date.getUTCDate(),
  };
}

/**
 * What each package written in this process holds, for readers in the same process
 * (src/util/zip-reader.ts): the output guard then scans the very parts that were zipped instead
 * of inflating them again. Weak: an entry lives as long as the package's bytes.
 */
const written = new WeakMap<Uint8Array, readonly ZipEntry[]>();

/** The entries `writeZip` zipped into exactly this buffer, if it did. */
export function writtenEntries(zip: Uint8Array): readonly ZipEntry[] | undefined {
  return written.get(zip);
}

/**
 * In the live loop each text part's deflated bytes are remembered by its text: a rebuild zips
 * the same styles, relationships and, in the deck, most slides again (pako's per-call set-up
 * dominates small parts). Parts over 64 K characters, like the DOCX body that an edit changes
 * anyway, are deflated every time.
 */
const deflated = liveLoopCache<Uint8Array>(1000);
const KEPT_PART_CHARS = 65_536;

function deflateEntry(data: ZipEntry['data'], raw: Uint8Array): Uint8Array {
  const deflate = () => pako.deflateRaw(raw, { level: 6 });
  return typeof data === 'string' && data.length <= KEPT_PART_CHARS ? deflated(data, deflate) : deflate();
}

export function writeZip(entries: readonly ZipEntry[], date: Date): Buffer {
  const { time, day } = dosDateTime(date);
  const chunks: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const raw = typeof entry.data === 'string' ? Buffer.from(entry.data, 'utf8') : entry.data;
    // An empty entry is stored, as JSZip does.
    const deflate = entry.deflate && raw.length > 0;
    const body = deflate ? deflateEntry(entry.data, raw) : raw;
    const name = Buffer.from(entry.name, 'utf8');
    // A non-ASCII name is flagged UTF-8 (bit 11) and repeated in an Info-ZIP Unicode Path field, as JSZip does.
    const utf8 = name.length !== entry.name.length;
    const extra = utf8 ? unicodePath(name) : Buffer.alloc(0);
    const fields = Buffer.alloc(26);
    fields.writeUInt16LE(10, 0); // version needed to extract
    fields.writeUInt16LE(utf8 ? 0x0800 : 0, 2);
    fields.writeUInt16LE(deflate ? 8 : 0, 4);
    fields.writeUInt16LE(time, 6);
    fields.writeUInt16LE(day, 8);
    fields.writeUInt32LE(crc32(raw), 10);
    fields.writeUInt32LE(body.length, 14);
    fields.writeUInt32LE(raw.length, 18);
    fields.writeUInt16LE(name.length, 22);
    fields.writeUInt16LE(extra.length, 24);

    const local = Buffer.concat([signature(0x04034b50), fields, name, extra]);
    chunks.push(local, Buffer.from(body.buffer, body.byteOffset, body.byteLength));

    const tail = Buffer.alloc(14);
    // comment length, disk number, internal attributes, external attributes (DOS, none): zero
    tail.writeUInt32LE(offset, 10);
    const versionMadeBy = Buffer.alloc(2);
    versionMadeBy.writeUInt16LE(0x0014, 0); // DOS, version 2.0
    central.push(Buffer.concat([signature(0x02014b50), versionMadeBy, fields, tail, name, extra]));
    offset += local.length + body.length;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  const zip = Buffer.concat([...chunks, directory, end]);
  written.set(zip, entries.filter((e) => !e.name.endsWith('/')).map((e) => ({ ...e })));
  return zip;
}

function signature(n: number): Buffer {
  const b = Buffer.alloc(4);
  b.writeUInt32LE(n, 0);
  return b;
}

/** Info-ZIP Unicode Path extra field (0x7075): version 1, CRC of the header's name, the UTF-8 name. */
function unicodePath(name: Buffer): Buffer {
  const field = Buffer.alloc(9);
  field.writeUInt16LE(0x7075, 0);
  field.writeUInt16LE(5 + name.length, 2);
  field.writeUInt8(1, 4);
  field.writeUInt32LE(crc32(name), 5);
  return Buffer.concat([field, name]);
}
