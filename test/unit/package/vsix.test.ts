// The .vsix users install: packaged by vsce from the built repo exactly as
// `npm run package` does, then read back. It must hold what the extension runs
// on and nothing else (no sources, tests, source maps, dependencies or
// scripts), which is what .vscodeignore is for.
import * as assert from 'assert';
import { execFile } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { promisify } from 'util';
import { inflateRawSync } from 'zlib';

const ROOT = path.resolve(__dirname, '../../../..');
const MAX_BYTES = 1_000_000;

/** Every file in the .vsix must match one of these (paths inside the zip). */
const ALLOWED = [
  // vsce's own package metadata.
  /^\[Content_Types\]\.xml$/,
  /^extension\.vsixmanifest$/,
  /^extension\/package\.json$/,
  // vsce renames LICENSE and lower-cases the readme and changelog.
  /^extension\/(?:readme|changelog)\.md$/,
  /^extension\/LICENSE\.txt$/,
  // The desktop (Node) and the browser (VS Code for the Web) bundles.
  /^extension\/dist\/extension\.js$/,
  /^extension\/dist\/web\/extension\.js$/,
  // The Markdown front end the desktop bundle loads for *.poc.md plans.
  /^extension\/dist\/markdown\.js$/,
  /^extension\/language-configuration\.json$/,
  /^extension\/syntaxes\/[\w.-]+\.tmLanguage\.json$/,
  /^extension\/snippets\/[\w.-]+\.code-snippets$/,
  // The summary panel's stylesheet and script, and the file icons.
  /^extension\/media\/[\w.-]+\.(?:css|js)$/,
  /^extension\/media\/icons\/[\w.-]+\.svg$/,
  // The rule reference the docs actions open offline, and the published schemas.
  /^extension\/docs\/rules\.md$/,
  /^extension\/schemas\/[\w.-]+\.schema\.json$/,
  // The extension's icon.
  /^extension\/media\/icon\.png$/,
];

/** Files the summary panel loads from media/ (src/extension/panel.ts), which the manifest does not name. */
const PANEL_FILES = ['media/panel.css', 'media/panel.js', 'media/portfolio.css', 'media/portfolio.js'];

interface Manifest {
  main: string;
  browser: string;
  icon: string;
  repository: { url: string };
  contributes: {
    languages: { configuration?: string; icon?: { light: string; dark: string } }[];
    grammars: { path: string }[];
    snippets: { path: string }[];
  };
}

/** Every file the manifest points VS Code at, relative to the extension folder. */
function manifestFiles(manifest: Manifest): string[] {
  const { languages, grammars, snippets } = manifest.contributes;
  return [
    manifest.main,
    manifest.browser,
    manifest.icon,
    ...languages.flatMap((language) => [language.configuration, language.icon?.light, language.icon?.dark]),
    ...grammars.map((grammar) => grammar.path),
    ...snippets.map((snippet) => snippet.path),
  ]
    .filter((file): file is string => file !== undefined)
    .map((file) => path.posix.normalize(file));
}

/**
 * A zip's entries by name, from its central directory (the .vsix is a plain
 * zip; no dependency needed to read it). Stored and deflated entries only,
 * which is all vsce writes.
 */
function zipEntries(zip: Buffer): Map<string, Buffer> {
  const END_OF_DIRECTORY = 0x06054b50;
  const DIRECTORY_ENTRY = 0x02014b50;
  // The end record is 22 bytes plus a comment of up to 64 KB.
  let end = zip.length - 22;
  while (end >= 0 && zip.readUInt32LE(end) !== END_OF_DIRECTORY) end--;
  assert.ok(end >= 0, 'not a zip file: no end of central directory record');
  const count = zip.readUInt16LE(end + 10);
  let offset = zip.readUInt32LE(end + 16);
  const entries = new Map<string, Buffer>();
  for (let i = 0; i < count; i++) {
    assert.strictEqual(zip.readUInt32LE(offset), DIRECTORY_ENTRY, `corrupt central directory entry ${i}`);
    const method = zip.readUInt16LE(offset + 10);
    const compressedSize = zip.readUInt32LE(offset + 20);
    const nameLength = zip.readUInt16LE(offset + 28);
    const extraLength = zip.readUInt16LE(offset + 30);
    const commentLength = zip.readUInt16LE(offset + 32);
    const local = zip.readUInt32LE(offset + 42);
    const name = zip.toString('utf8', offset + 46, offset + 46 + nameLength);
    // The local header repeats the name and has its own extra field.
    const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    const raw = zip.subarray(start, start + compressedSize);
    assert.ok(method === 0 || method === 8, `${name}: compression method ${method}`);
    entries.set(name, method === 8 ? inflateRawSync(raw) : raw);
    offset += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

describe('the packaged .vsix', function () {
  // vsce walks the whole checkout, .vscode-test/ (a VS Code install) included:
  // 3 to 15 s here, depending on how many files .vscode-test/ holds.
  this.timeout(180_000);

  let size: number;
  let entries: string[];
  let files: Map<string, Buffer>;

  before(async () => {
    assert.ok(fs.existsSync(path.join(ROOT, 'dist/extension.js')), 'dist/extension.js is missing: run `npm run build` first');
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'poc-readiness-vsix-'));
    const vsix = path.join(dir, 'poc-readiness.vsix');
    try {
      const vsce = path.join(ROOT, 'node_modules/@vscode/vsce/vsce');
      // The flags of `npm run package`.
      await promisify(execFile)(process.execPath, [vsce, 'package', '--no-dependencies', '-o', vsix], { cwd: ROOT }).catch((error: { stderr?: string; stdout?: string; message: string }) => {
        throw new Error(`vsce package failed:\n${error.stderr || error.stdout || error.message}`);
      });
      size = fs.statSync(vsix).size;
      files = zipEntries(fs.readFileSync(vsix));
      entries = [...files.keys()];
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('holds only files the extension runs on: no sources, tests, source maps, dependencies or scripts', () => {
    const unexpected = entries.filter((entry) => !ALLOWED.some((pattern) => pattern.test(entry)));
    assert.deepStrictEqual(unexpected, [], `files that should be in .vscodeignore: ${unexpected.join(', ')}`);
  });

  it('holds every file the manifest points to, the summary panel assets, the readme and the licence', () => {
    const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as Manifest;
    const required = [...manifestFiles(manifest), ...PANEL_FILES, 'package.json', 'readme.md', 'LICENSE.txt'];
    const missing = required.filter((file) => !entries.includes(`extension/${file}`));
    assert.deepStrictEqual(missing, [], `packaged: ${entries.join(', ')}`);
  });

  // VS Code's Extensions view shows a README's images only from https URLs:
  // its sanitizer drops relative and data: sources and its CSP is
  // `img-src https: data:`. vsce rewrites the README's relative links to the
  // repository; each must name a file that is in it.
  it('links every README picture to its file in the repository, over https', () => {
    const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as Manifest;
    const base = `${manifest.repository.url.replace(/\.git$/, '')}/raw/HEAD/`;
    const readme = files.get('extension/readme.md')?.toString('utf8') ?? '';
    const images = [...readme.matchAll(/!\[[^\]]*\]\(([^)\s]+)/g)].map((m) => m[1]);
    assert.ok(images.length >= 1, 'the README shows no picture');
    const elsewhere = images.filter((image) => !image.startsWith(base));
    assert.deepStrictEqual(elsewhere, [], `README images not under ${base}`);
    const missing = images.map((image) => image.slice(base.length)).filter((file) => !fs.existsSync(path.join(ROOT, file)));
    assert.deepStrictEqual(missing, [], 'README images with no file in the repository');
  });

  it('has a 128 x 128 PNG icon', () => {
    const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as Manifest;
    const icon = files.get(`extension/${path.posix.normalize(manifest.icon)}`);
    assert.ok(icon, `${manifest.icon} is not packaged`);
    assert.deepStrictEqual(icon.subarray(0, 8), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), 'the icon is not a PNG');
    // IHDR, the first chunk: width and height, big-endian, at bytes 16 and 20.
    assert.deepStrictEqual([icon.readUInt32BE(16), icon.readUInt32BE(20)], [128, 128]);
  });

  it('is smaller than 1 MB', () => {
    assert.ok(size < MAX_BYTES, `the .vsix is ${size} bytes`);
  });
});
