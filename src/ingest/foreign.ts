/**
 * Formats khulasa does not read, told by a file's name and by its first bytes, so that a refusal
 * says what the file is ("a PDF document") rather than only that it is not text. One table serves
 * both: the walk refuses a listed extension without opening the file, and a file whose name says
 * nothing (`article_12`, `M0001.arabic`, `x.dat`) by its signature.
 */

/** Bytes at an offset of the content (`at`, default 0): a string stands for its Latin-1 bytes. */
interface Signature {
  readonly at?: number;
  readonly bytes: string;
}

interface ForeignFormat {
  /** The format in words, as a refusal names it. */
  readonly what: string;
  /** File name endings (lower case, without the dot) that name the format. */
  readonly extensions: readonly string[];
  /** Any one of these starting the content identifies the format; none: known by its name only. */
  readonly signatures: readonly Signature[];
  /** A further condition on the first bytes (a ZIP that is a Word document, an MZ header that is a program). */
  readonly also?: (head: Uint8Array) => boolean;
  /** A text format (RTF, PostScript): not binary data, but not an article khulasa can read either. */
  readonly text?: true;
  /** What the refusal advises instead of the formats khulasa reads (a table is text, but not one article). */
  readonly advice?: string;
}

const MANY_ARTICLES = 'read as one text, a whole table would make one article: give one article per file, or a JSON lines file of articles';

const sig = (bytes: string, at = 0): Signature => ({ at, bytes });

/** Whether the first 64 KiB, read as Latin-1, hold `marker` (the name of a ZIP member, a MIME type). */
const holds =
  (marker: string) =>
  (head: Uint8Array): boolean =>
    Buffer.from(head.buffer, head.byteOffset, Math.min(head.length, 64 * 1024)).toString('latin1').includes(marker);

/** A Windows program: `MZ`, then at the offset the header gives at 0x3C, `PE\0\0`. */
const portableExecutable = (head: Uint8Array): boolean => {
  if (head.length < 0x40) return false;
  const at = head[0x3c]! | (head[0x3d]! << 8) | (head[0x3e]! << 16) | (head[0x3f]! << 24);
  return at > 0 && at + 4 <= head.length && head[at] === 0x50 && head[at + 1] === 0x45 && head[at + 2] === 0 && head[at + 3] === 0;
};

const ZIP = [sig('PK\x03\x04'), sig('PK\x05\x06'), sig('PK\x07\x08')];

/** Most specific first: a ZIP that is a Word document before the ZIP archive. */
const FORMATS: readonly ForeignFormat[] = [
  { what: 'a PDF document', extensions: ['pdf'], signatures: [sig('%PDF')] },
  // Not `.ps`, the Palestinian domain: a page saved under its host's name (`wafa.ps`) is told by its content.
  { what: 'a PostScript document', extensions: ['eps'], signatures: [sig('%!PS')], text: true },
  { what: 'an RTF document', extensions: ['rtf'], signatures: [sig('{\\rtf')], text: true },
  // Tables and dumps of many articles: read as one text they would make one article of a whole table.
  { what: 'a CSV or TSV table', extensions: ['csv', 'tsv'], signatures: [], text: true, advice: MANY_ARTICLES },
  { what: 'an SQL script', extensions: ['sql'], signatures: [], text: true, advice: MANY_ARTICLES },
  { what: 'a Word document', extensions: ['docx', 'docm', 'dotx', 'doc', 'dot'], signatures: ZIP, also: holds('word/') },
  { what: 'an Excel workbook', extensions: ['xlsx', 'xlsm', 'xls'], signatures: ZIP, also: holds('xl/') },
  { what: 'a PowerPoint presentation', extensions: ['pptx', 'ppt'], signatures: ZIP, also: holds('ppt/') },
  { what: 'an EPUB book', extensions: ['epub'], signatures: ZIP, also: holds('application/epub+zip') },
  { what: 'an OpenDocument file', extensions: ['odt', 'ods', 'odp', 'odg'], signatures: ZIP, also: holds('application/vnd.oasis.opendocument') },
  { what: 'a Java archive', extensions: ['jar', 'war'], signatures: ZIP, also: holds('META-INF/') },
  { what: 'a ZIP archive (as .docx, .xlsx and .epub files are)', extensions: ['zip', 'apk', 'ipa'], signatures: ZIP },
  { what: 'a Microsoft Office document of the 97-2003 format (OLE2)', extensions: [], signatures: [sig('\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1')] },
  { what: 'a tar archive', extensions: ['tar', 'tgz', 'tbz', 'tbz2', 'txz'], signatures: [sig('ustar', 257)], also: hasNul },
  { what: 'a 7-Zip archive', extensions: ['7z'], signatures: [sig("7z\xbc\xaf'\x1c")] },
  { what: 'a RAR archive', extensions: ['rar'], signatures: [sig('Rar!\x1a\x07')] },
  { what: 'a bzip2-compressed file', extensions: ['bz2'], signatures: '123456789'.split('').map((d) => sig(`BZh${d}1AY&SY`)) },
  { what: 'an xz-compressed file', extensions: ['xz', 'lzma'], signatures: [sig('\xfd7zXZ\x00')] },
  { what: 'a Zstandard-compressed file', extensions: ['zst'], signatures: [sig('\x28\xb5\x2f\xfd')] },
  { what: 'a disk image', extensions: ['iso', 'img', 'dmg', 'vhd', 'vmdk'], signatures: [] },
  { what: 'an SQLite database', extensions: ['sqlite', 'sqlite3', 'db', 'db3'], signatures: [sig('SQLite format 3\x00')] },
  {
    what: 'a file SQLite keeps beside a database',
    extensions: ['sqlite-wal', 'sqlite-shm', 'sqlite-journal', 'sqlite3-wal', 'sqlite3-shm', 'sqlite3-journal', 'db-wal', 'db-shm', 'db-journal'],
    signatures: [sig('\x37\x7f\x06\x82'), sig('\x37\x7f\x06\x83'), sig('\xd9\xd5\x05\xf9\x20\xa1\x63\xd7')],
  },
  { what: 'a PNG image', extensions: ['png', 'apng'], signatures: [sig('\x89PNG')] },
  { what: 'a JPEG image', extensions: ['jpg', 'jpeg', 'jpe', 'jfif'], signatures: [sig('\xff\xd8\xff')] },
  { what: 'a GIF image', extensions: ['gif'], signatures: [sig('GIF87a'), sig('GIF89a')] },
  { what: 'a WebP image', extensions: ['webp'], signatures: [sig('WEBP', 8)], also: isRiff },
  { what: 'a WAV audio file', extensions: ['wav'], signatures: [sig('WAVE', 8)], also: isRiff },
  { what: 'an AVI video', extensions: ['avi'], signatures: [sig('AVI ', 8)], also: isRiff },
  { what: 'a RIFF media file', extensions: [], signatures: [sig('RIFF')], also: hasNul },
  { what: 'a TIFF image', extensions: ['tif', 'tiff'], signatures: [sig('II*\x00'), sig('MM\x00*')] },
  { what: 'an icon', extensions: ['ico', 'cur', 'icns'], signatures: [sig('\x00\x00\x01\x00')] },
  { what: 'a BMP image', extensions: ['bmp'], signatures: [] },
  { what: 'an SVG image', extensions: ['svg', 'svgz'], signatures: [] },
  { what: 'a Photoshop image', extensions: ['psd'], signatures: [sig('8BPS\x00\x01')] },
  { what: 'a HEIF or AVIF image', extensions: ['heic', 'heif', 'avif'], signatures: ['heic', 'heix', 'mif1', 'avif'].map((b) => sig(`ftyp${b}`, 4)), also: hasNul },
  { what: 'an MP4 or QuickTime video or audio file', extensions: ['mp4', 'm4a', 'm4v', 'mov', '3gp'], signatures: [sig('ftyp', 4)], also: hasNul },
  { what: 'a Matroska or WebM video', extensions: ['mkv', 'webm', 'mka'], signatures: [sig('\x1a\x45\xdf\xa3')] },
  { what: 'an MP3 audio file', extensions: ['mp3'], signatures: [sig('ID3\x02'), sig('ID3\x03'), sig('ID3\x04')] },
  { what: 'an Ogg audio or video file', extensions: ['ogg', 'oga', 'ogv', 'opus'], signatures: [sig('OggS\x00')] },
  { what: 'a FLAC audio file', extensions: ['flac'], signatures: [sig('fLaC\x00')] },
  { what: 'a font', extensions: ['ttf', 'otf', 'woff', 'woff2', 'eot'], signatures: [sig('wOFF'), sig('wOF2'), sig('OTTO\x00'), sig('\x00\x01\x00\x00\x00')], also: hasNul },
  // Not `.so` (the Somali domain) or `.o`: told by content.
  { what: 'a Linux program or library (ELF)', extensions: ['elf'], signatures: [sig('\x7fELF')] },
  { what: 'a macOS program or library (Mach-O)', extensions: ['dylib'], signatures: ['\xfe\xed\xfa\xce', '\xfe\xed\xfa\xcf', '\xce\xfa\xed\xfe', '\xcf\xfa\xed\xfe'].map((b) => sig(b)) },
  { what: 'a Windows program or library', extensions: ['exe', 'dll', 'sys', 'msi'], signatures: [sig('MZ')], also: portableExecutable },
  { what: 'a Java class or a macOS universal program', extensions: ['class'], signatures: [sig('\xca\xfe\xba\xbe')] },
  { what: 'a WebAssembly module', extensions: ['wasm'], signatures: [sig('\x00asm')] },
  { what: 'a Parquet data file', extensions: ['parquet'], signatures: [sig('PAR1\x15')] },
  { what: 'a binary data file', extensions: ['bin', 'pyc', 'pkl', 'npy', 'npz'], signatures: [] },
];

function isRiff(head: Uint8Array): boolean {
  return starts(head, sig('RIFF'));
}

/** Binary formats whose signature is all printable ASCII are told from text that starts alike by a NUL in their header. */
function hasNul(head: Uint8Array): boolean {
  return head.subarray(0, 1024).includes(0);
}

function starts(head: Uint8Array, s: Signature): boolean {
  const at = s.at ?? 0;
  if (head.length < at + s.bytes.length) return false;
  for (let i = 0; i < s.bytes.length; i++) if (head[at + i] !== s.bytes.charCodeAt(i)) return false;
  return true;
}

const BY_EXTENSION: ReadonlyMap<string, string> = new Map(FORMATS.flatMap((f) => f.extensions.map((e) => [e, f.what] as const)));

/** What a file name says the file is, when it names a format khulasa does not read (`.pdf`, `.docx`, `.png`); else null. */
export function foreignByName(name: string): string | null {
  const m = /\.([^./\\]+)$/.exec(name);
  return m ? (BY_EXTENSION.get(m[1]!.toLowerCase()) ?? null) : null;
}

/**
 * What the first bytes say the content is, when they carry the signature of a format khulasa does not
 * read; else null. `binaryOnly` leaves out the text formats (RTF, PostScript), for the binary check.
 */
export function foreignByContent(head: Uint8Array, binaryOnly = false): string | null {
  for (const f of FORMATS) {
    if (binaryOnly && f.text) continue;
    if (f.signatures.some((s) => starts(head, s)) && (f.also === undefined || f.also(head))) return f.what;
  }
  return null;
}

/** Said after a refusal of a format khulasa does not read. */
export const READ_FORMATS = 'khulasa reads text, HTML, JSON, WARC and feeds';

const ADVICE: ReadonlyMap<string, string> = new Map(FORMATS.flatMap((f) => (f.advice === undefined ? [] : [[f.what, f.advice] as const])));

/** The detail of a refusal of `what` (a format named by `foreignByName` or `foreignByContent`): what it is, and what to give instead. */
export const refusalOf = (what: string): string => `${what}: ${ADVICE.get(what) ?? READ_FORMATS}`;
