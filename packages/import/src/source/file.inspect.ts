import { createHash } from 'node:crypto';
import { createReadStream, statSync } from 'node:fs';
import { basename, extname } from 'node:path';
import { ImportRefusedError } from '../import.errors.js';

type FileFormat = 'csv' | 'xlsx';

export interface InspectedFile {
  path: string;
  name: string;
  format: FileFormat;
  sha256: string;
  bytes: number;
}

const ZIP = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
// Office encrypts a password-protected workbook into an OLE compound file, the format of old .xls files too.
const COMPOUND_FILE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0]);

/**
 * The first pass over a file, streamed: its SHA-256 (which recognises a re-import), and the
 * checks that refuse it before anything is written: the format, an empty file, and for CSV
 * text that is not UTF-8 (random bytes fail here, within the first chunk).
 */
export async function inspectFile(path: string): Promise<InspectedFile> {
  const name = basename(path);
  const format = formatOf(name);
  let bytes: number;
  try {
    bytes = statSync(path).size;
  } catch {
    throw new ImportRefusedError(`file: ${path} does not exist or cannot be read`);
  }
  if (bytes === 0) throw new ImportRefusedError(`file: ${name} is empty`);
  const hash = createHash('sha256');
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let offset = 0;
  for await (const chunk of createReadStream(path)) {
    const buffer = chunk as Buffer;
    if (offset === 0 && format === 'xlsx') checkWorkbookSignature(name, buffer);
    if (format === 'csv') checkText(name, decoder, buffer, offset);
    hash.update(buffer);
    offset += buffer.length;
  }
  if (format === 'csv') checkText(name, decoder, Buffer.alloc(0), offset, true);
  return { path, name, format, sha256: hash.digest('hex'), bytes };
}

function formatOf(name: string): FileFormat {
  const extension = extname(name).toLowerCase();
  if (extension === '.csv') return 'csv';
  if (extension === '.xlsx') return 'xlsx';
  throw new ImportRefusedError(`file: ${name} must be a .csv or .xlsx file`);
}

function checkWorkbookSignature(name: string, head: Buffer): void {
  if (head.subarray(0, 4).equals(ZIP)) return;
  if (head.subarray(0, 4).equals(COMPOUND_FILE)) {
    throw new ImportRefusedError(`file: ${name} is password-protected (or an old .xls workbook): save it as .xlsx without a password`);
  }
  throw new ImportRefusedError(`file: ${name} is not an XLSX workbook`);
}

function checkText(name: string, decoder: InstanceType<typeof TextDecoder>, chunk: Buffer, offset: number, last = false): void {
  const nul = chunk.indexOf(0);
  if (nul >= 0) throw new ImportRefusedError(`file: ${name} is not text (a NUL byte at byte ${offset + nul + 1}); a CSV file must be UTF-8 text`);
  try {
    decoder.decode(chunk, { stream: !last });
  } catch {
    throw new ImportRefusedError(`file: ${name} is not UTF-8 text (invalid bytes near byte ${offset + 1}): save it as "CSV UTF-8"`);
  }
}
