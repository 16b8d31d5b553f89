/**
 * Input files are UTF-8 text (a UTF-8 byte-order mark is allowed). Anything else is named for
 * what it is — UTF-16, UTF-32, a spreadsheet or other binary file, or text in another encoding —
 * with the byte and line where it stops being UTF-8, instead of a confusing parse error.
 */

/** Input files larger than this are refused before reading (docs/cli.md "Limits"). */
export const MAX_INPUT_BYTES = 64 * 1024 * 1024;

const SAVE = 'save it as UTF-8';

function lineOf(bytes: Uint8Array, at: number): number {
  let line = 1;
  for (let i = 0; i < at; i++) if (bytes[i] === 10) line++;
  return line;
}

/** Offset of the first byte that does not continue valid UTF-8 (b.length when all valid). */
export function firstInvalidUtf8(b: Uint8Array): number {
  let i = 0;
  while (i < b.length) {
    const c = b[i]!;
    const n =
      c < 0x80
        ? 0
        : c >= 0xc2 && c <= 0xdf
          ? 1
          : c >= 0xe0 && c <= 0xef
            ? 2
            : c >= 0xf0 && c <= 0xf4
              ? 3
              : -1;
    if (n < 0) return i;
    for (let j = 1; j <= n; j++) {
      const x = b[i + j];
      if (x === undefined || (x & 0xc0) !== 0x80) return i;
    }
    i += n + 1;
  }
  return b.length;
}

/** The file's text, or a one-line reason why it is not UTF-8 text. */
export function decodeUtf8(bytes: Uint8Array): { text: string } | { problem: string } {
  const b = bytes;
  if (b[0] === 0xff && b[1] === 0xfe && b[2] === 0 && b[3] === 0)
    return { problem: `is UTF-32 (little-endian) text, not UTF-8; ${SAVE}` };
  if (b[0] === 0 && b[1] === 0 && b[2] === 0xfe && b[3] === 0xff)
    return { problem: `is UTF-32 (big-endian) text, not UTF-8; ${SAVE}` };
  if (b[0] === 0xff && b[1] === 0xfe)
    return { problem: `is UTF-16 (little-endian) text, not UTF-8; ${SAVE}` };
  if (b[0] === 0xfe && b[1] === 0xff)
    return { problem: `is UTF-16 (big-endian) text, not UTF-8; ${SAVE}` };
  if (b[0] === 0x50 && b[1] === 0x4b && b[2] === 3 && b[3] === 4)
    return {
      problem:
        'is a ZIP file (an .xlsx workbook?), not text; export the sheet as a UTF-8 CSV or give a JSON file',
    };
  if (b[0] === 0xd0 && b[1] === 0xcf && b[2] === 0x11 && b[3] === 0xe0)
    return { problem: 'is an old Office (.xls/.doc) file, not text; export it as UTF-8 CSV' };
  if (b[0] === 0x25 && b[1] === 0x50 && b[2] === 0x44 && b[3] === 0x46)
    return { problem: 'is a PDF, not text' };
  // UTF-16 without a byte-order mark: NUL bytes alternate with ASCII.
  const sample = Math.min(b.length, 4096);
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < sample; i++)
    if (b[i] === 0) {
      if (i % 2 === 0) evenNul++;
      else oddNul++;
    }
  if (sample >= 4 && oddNul > sample / 4 && evenNul === 0)
    return { problem: `is UTF-16 (little-endian, no byte-order mark) text, not UTF-8; ${SAVE}` };
  if (sample >= 4 && evenNul > sample / 4 && oddNul === 0)
    return { problem: `is UTF-16 (big-endian, no byte-order mark) text, not UTF-8; ${SAVE}` };
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(b);
    const nul = text.indexOf('\u0000');
    if (nul >= 0)
      return {
        problem: `is not a text file (it holds a NUL byte on line ${lineOf(b, new TextEncoder().encode(text.slice(0, nul)).length)})`,
      };
    return { text };
  } catch {
    const at = firstInvalidUtf8(b);
    const byte = b[at] ?? 0;
    return {
      problem: `is not UTF-8 text (byte 0x${byte.toString(16).toUpperCase().padStart(2, '0')} at offset ${at}, line ${lineOf(b, at)}; Latin-1/Windows-1252?); ${SAVE}`,
    };
  }
}
