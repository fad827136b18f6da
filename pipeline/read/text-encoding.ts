/**
 * Plain-text files: detect the encoding and decode. Swedish municipal text files come as UTF-8 (with or
 * without BOM), UTF-16 from Windows tools (usually with BOM, sometimes without), or Windows-1252/Latin-1
 * from older systems. Node's TextDecoder (full ICU) decodes all of them.
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
  return { text: new TextDecoder(encoding).decode(bytes), encoding };
}

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
