// The esbuild options of every bundle in dist/, in one place: scripts/build.mjs
// writes them, and the bench measures the same bundles (sizes, cold start)
// instead of copies of the options that drift from what ships.
import { readFileSync } from 'node:fs';
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
// (test/unit/engine/lexicon.test.ts checks each one): the bundles ship the
// phrases alone, which halves what the lexicons weigh.
const withoutLexiconExamples = {
  name: 'without-lexicon-examples',
  setup(build) {
    build.onLoad({ filter: /[\\/]src[\\/]engine[\\/]lexicon[\\/][^\\/]+\.ts$/ }, (args) => {
      const source = readFileSync(args.path, 'utf8');
      const contents = source.replace(/,\s*example:\s*(['"`])(?:\\.|(?!\1)[^\\])*\1/g, '');
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
    plugins: [withoutLexiconExamples],
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
    'extension.js': { ...extension, plugins: [withoutLexiconExamples, markdownFrontEnd('chunk')], outfile: join(root, 'dist/extension.js') },
    // The browser host runs it in a web worker as CommonJS. `platform:
    // 'browser'` makes a Node built-in import fail the build; the metafile
    // lets test/unit/package/webBundle.test.ts check what is left.
    'web/extension.js': {
      ...extension,
      plugins: [withoutLexiconExamples, markdownFrontEnd('unavailable')],
      platform: 'browser',
      target: 'es2022',
      outfile: join(root, 'dist/web/extension.js'),
      metafile: true,
    },
    'cli.js': {
      ...common,
      plugins: [withoutLexiconExamples, markdownFrontEnd('chunk'), versionOnly],
      entryPoints: [join(root, 'src/cli/main.ts')],
      outfile: join(root, 'dist/cli.js'),
      banner: { js: '#!/usr/bin/env node' },
    },
    'markdown.js': { ...common, entryPoints: [join(root, 'src/engine/markdown/frontEnd.ts')], outfile: join(root, 'dist/markdown.js') },
  };
}
