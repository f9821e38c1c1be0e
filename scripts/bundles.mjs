// The esbuild options of every bundle in dist/, in one place: scripts/build.mjs
// writes them, and the bench measures the same bundles (sizes, cold start)
// instead of copies of the options that drift from what ships.
import { readdirSync, readFileSync } from 'node:fs';
import { deflateRawSync } from 'node:zlib';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/**
 * yaml's ES module build: bundled CommonJS would reach every `isMap`,
 * `isScalar`... through an interop getter, a few percent of every lint, and
 * reads process.env on every token (a debug switch).
 */
export const YAML_ALIAS = { yaml: join(root, 'node_modules/yaml/browser/index.js') };

// A lexicon entry's example sentence is documentation and test data
// (test/unit/engine/lexicon.test.ts checks each one): the bundles leave it
// out. Its phrase is kept as its number in one table of every phrase,
// deflated and in base64 in place of src/engine/lexicon/packed.ts, which
// lexicon.ts unpacks on first use: 211 KB of phrases weigh about 99 KB so.
const LEXICON_DIR = join(root, 'src/engine/lexicon');
const STRING = String.raw`(['"\`])((?:\\.|(?!\1)[^\\])*)\1`;
const PHRASE = new RegExp(String.raw`phrase:\s*` + STRING, 'g');
const EXAMPLE = new RegExp(String.raw`,\s*example:\s*` + STRING, 'g');
// The same separator as src/engine/lexicon/lexicon.ts splits on (test/unit/cli/packed-lexicons.test.ts reads every phrase back).
const PACKED_SEPARATOR = '\u0000';

/** A template literal that builds its phrase from a constant (`to be ${PP}`) stays as written. */
const built = (quote, body) => quote === '`' && body.includes('${');

/** Every phrase of the lexicon files, in file order, and each file's numbers in that table. */
function phraseTable() {
  const phrases = [];
  const numbers = new Map();
  for (const name of readdirSync(LEXICON_DIR)
    .filter((f) => f.endsWith('.ts'))
    .sort()) {
    const file = join(LEXICON_DIR, name);
    const own = [];
    for (const m of readFileSync(file, 'utf8').matchAll(PHRASE)) {
      if (built(m[1], m[2])) continue;
      // The literal as the compiler reads it: our own source, with its escapes.
      const phrase = new Function(`return ${m[1]}${m[2]}${m[1]};`)();
      if (phrase.includes(PACKED_SEPARATOR)) throw new Error(`${name}: a phrase holds the packed table's separator`);
      own.push(phrases.push(phrase) - 1);
    }
    numbers.set(file, own);
  }
  return { phrases, numbers };
}

const INFLATE_WITH_ZLIB = `import { inflateRawSync } from 'node:zlib';
export function inflateBase64(packed: string): string {
  return inflateRawSync(Buffer.from(packed, 'base64')).toString('utf8');
}`;

// The four bundles of one build share one table: read the lexicon files and deflate them once.
let packedOnce;
function packedTable() {
  if (!packedOnce) {
    const { phrases, numbers } = phraseTable();
    const packed = Buffer.from(deflateRawSync(Buffer.from(phrases.join(PACKED_SEPARATOR), 'utf8'), { level: 9 })).toString('base64');
    packedOnce = { packed, numbers };
  }
  return packedOnce;
}

const packedLexicons = {
  name: 'packed-lexicons',
  setup(build) {
    const { packed, numbers } = packedTable();
    // The browser host has no zlib: fflate unpacks there (src/engine/lexicon/unpack.ts), zlib in Node, ten times faster cold.
    const node = build.initialOptions.platform !== 'browser';
    build.onLoad({ filter: /[\\/]src[\\/]engine[\\/]lexicon[\\/][^\\/]+\.ts$/ }, (args) => {
      if (args.path === join(LEXICON_DIR, 'packed.ts')) return { contents: `export const PACKED = ${JSON.stringify(packed)};`, loader: 'ts' };
      if (args.path === join(LEXICON_DIR, 'unpack.ts') && node) return { contents: INFLATE_WITH_ZLIB, loader: 'ts' };
      const own = numbers.get(args.path) ?? [];
      let at = 0;
      const contents = readFileSync(args.path, 'utf8')
        .replace(PHRASE, (literal, quote, body) => (built(quote, body) ? literal : `phrase: ${own[at++]}`))
        .replace(EXAMPLE, '');
      if (at !== own.length) throw new Error(`${args.path}: ${at} phrases read, ${own.length} in the table`);
      return { contents, loader: 'ts' };
    });
  },
};

// The CLI reads its version from package.json: the bundle gets that field
// alone, not the whole manifest (8.6 KB).
const versionOnly = {
  name: 'version-only',
  setup(build) {
    build.onLoad({ filter: /[\\/]package\.json$/ }, (args) => {
      if (args.path !== join(root, 'package.json')) return undefined;
      return { contents: JSON.stringify({ version: JSON.parse(readFileSync(args.path, 'utf8')).version }), loader: 'json' };
    });
  },
};

// The Markdown front end (src/engine/markdown/frontEnd.ts) and its
// CommonMark parser are more than half the size of the rest: the Node bundles
// (extension, CLI) load them from dist/markdown.js the first time a Markdown
// plan is read, so YAML users never load them. The chunk has its own copy of
// yaml and of the plan model's code (the two meet through yaml's registered
// symbols and one on the plan). The browser bundle, which cannot require a
// file beside it, gets ./unavailable in its place.
const markdownFrontEnd = (target) => ({
  name: 'markdown-front-end',
  setup(build) {
    build.onResolve({ filter: /^\.\/frontEnd$/ }, (args) => {
      if (!/[\\/]src[\\/]engine[\\/]markdown$/.test(args.resolveDir)) return undefined;
      return target === 'chunk' ? { path: './markdown.js', external: true } : { path: join(args.resolveDir, 'unavailable.ts') };
    });
  },
});

/** What every engine bundle shares. `production`: minified, no source map (`npm run build:prod`). */
export function commonOptions({ production }) {
  return {
    plugins: [packedLexicons],
    bundle: true,
    platform: 'node',
    target: 'node18',
    format: 'cjs',
    sourcemap: !production,
    minify: production,
    logLevel: 'warning',
    legalComments: 'none',
    alias: YAML_ALIAS,
  };
}

/**
 * The options of each engine bundle, by its file under dist/: the desktop
 * extension, the browser one, the CLI and the Markdown chunk the Node bundles
 * load on demand.
 */
export function bundleOptions({ production }) {
  const common = commonOptions({ production });
  const extension = { ...common, entryPoints: [join(root, 'src/extension/extension.ts')], external: ['vscode'] };
  return {
    'extension.js': { ...extension, plugins: [packedLexicons, markdownFrontEnd('chunk')], outfile: join(root, 'dist/extension.js') },
    // The browser host runs it in a web worker as CommonJS. `platform:
    // 'browser'` makes a Node built-in import fail the build; the metafile
    // lets test/unit/package/webBundle.test.ts check what is left.
    'web/extension.js': {
      ...extension,
      plugins: [packedLexicons, markdownFrontEnd('unavailable')],
      platform: 'browser',
      target: 'es2022',
      outfile: join(root, 'dist/web/extension.js'),
      metafile: true,
    },
    'cli.js': {
      ...common,
      plugins: [packedLexicons, markdownFrontEnd('chunk'), versionOnly],
      entryPoints: [join(root, 'src/cli/main.ts')],
      outfile: join(root, 'dist/cli.js'),
      banner: { js: '#!/usr/bin/env node' },
    },
    'markdown.js': { ...common, entryPoints: [join(root, 'src/engine/markdown/frontEnd.ts')], outfile: join(root, 'dist/markdown.js') },
  };
}
