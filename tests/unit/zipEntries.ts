import { inflateRawSync } from 'node:zlib';

/**
 * The files in a zip archive, by name, read with nothing but Node: a .docx is a zip, and reading
 * it apart from the library that wrote it checks that it really is one. Throws on anything that
 * is not a well-formed archive of stored or deflated files.
 */
export function zipEntries(bytes: Uint8Array): Map<string, Buffer> {
  const zip = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (end < 0) throw new Error('Not a zip archive: no end of central directory');
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  const entries = new Map<string, Buffer>();
  for (let index = 0; index < count; index++) {
    if (zip.readUInt32LE(at) !== 0x02014b50) throw new Error(`Zip central directory entry ${index} is damaged`);
    const method = zip.readUInt16LE(at + 10);
    const compressedSize = zip.readUInt32LE(at + 20);
    const size = zip.readUInt32LE(at + 24);
    const nameLength = zip.readUInt16LE(at + 28);
    const local = zip.readUInt32LE(at + 42);
    const name = zip.toString('utf8', at + 46, at + 46 + nameLength);
    at += 46 + nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
    if (zip.readUInt32LE(local) !== 0x04034b50) throw new Error(`Zip entry ${name} has no local header`);
    const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    const data = zip.subarray(start, start + compressedSize);
    const content = method === 0 ? data : method === 8 ? inflateRawSync(data) : null;
    if (!content || content.length !== size) throw new Error(`Zip entry ${name} could not be read (method ${method})`);
    entries.set(name, content);
  }
  return entries;
}
