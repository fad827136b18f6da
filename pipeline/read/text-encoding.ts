/**
 * Plain-text files: detect the encoding and decode. Swedish municipal text files come as UTF-8 (with or
 * without BOM), UTF-16 from Windows tools (usually with BOM, sometimes without), or Windows-1252/Latin-1
 * from older systems. Node's TextDecoder decodes all of them — except that Node 20 decodes "windows-1252" as
 * ISO-8859-1, leaving 0x80–0x9F as C1 control characters, so those 27 code points are mapped here.
 */

export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export interface DecodedText {
  text: string;
  encoding: TextEncoding;
}

/** How many leading bytes the NUL-byte heuristic looks at. */
const SNIFF_BYTES = 4096;
/** Share of NULs at even or odd positions above which a BOM-less file is taken for UTF-16. */
const UTF16_NUL_SHARE = 0.3;

export function decodeText(bytes: Uint8Array): DecodedText {
  const encoding = detectEncoding(bytes);
  // TextDecoder strips a matching BOM itself (ignoreBOM defaults to false).
  const text = new TextDecoder(encoding).decode(bytes);
  return { text: encoding === 'windows-1252' ? text.replace(/[\u0080-\u009f]/g, (c) => WINDOWS_1252_C1[c.charCodeAt(0) - 0x80] ?? c) : text, encoding };
}

/** Windows-1252's characters at 0x80–0x9F (€ ‚ ƒ „ … † ‡ ˆ ‰ Š ‹ Œ Ž ' ' " " • – — ˜ ™ š › œ ž Ÿ); undefined slots stay. */
const WINDOWS_1252_C1: ReadonlyArray<string | undefined> = [
  '\u20ac', undefined, '\u201a', '\u0192', '\u201e', '\u2026', '\u2020', '\u2021', '\u02c6', '\u2030', '\u0160', '\u2039', '\u0152', undefined, '\u017d', undefined,
  undefined, '\u2018', '\u2019', '\u201c', '\u201d', '\u2022', '\u2013', '\u2014', '\u02dc', '\u2122', '\u0161', '\u203a', '\u0153', undefined, '\u017e', '\u0178',
];

export function detectEncoding(bytes: Uint8Array): TextEncoding {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  const utf16 = utf16WithoutBom(bytes);
  if (utf16) return utf16;
  return isValidUtf8(bytes) ? 'utf-8' : 'windows-1252';
}

/**
 * Latin text in UTF-16 has a NUL in every other byte: at odd positions for little-endian ("A\0"), at even
 * positions for big-endian ("\0A"). Single-byte encodings almost never contain NULs.
 */
function utf16WithoutBom(bytes: Uint8Array): TextEncoding | null {
  const length = Math.min(bytes.length, SNIFF_BYTES) & ~1;
  if (length < 2) return null;
  let evenNuls = 0;
  let oddNuls = 0;
  for (let i = 0; i < length; i += 2) {
    if (bytes[i] === 0) evenNuls++;
    if (bytes[i + 1] === 0) oddNuls++;
  }
  const pairs = length / 2;
  if (oddNuls / pairs > UTF16_NUL_SHARE && evenNuls < oddNuls / 4) return 'utf-16le';
  if (evenNuls / pairs > UTF16_NUL_SHARE && oddNuls < evenNuls / 4) return 'utf-16be';
  return null;
}

function isValidUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}
