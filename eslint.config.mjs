// ESLint with typescript-eslint's recommended rules, flat config. Prettier
// owns the layout (.prettierrc.json); `npm run lint` runs both.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const nodeGlobals = Object.fromEntries(
  [
    'process',
    'console',
    'Buffer',
    'URL',
    'URLSearchParams',
    'TextEncoder',
    'TextDecoder',
    'setTimeout',
    'clearTimeout',
    'setInterval',
    'clearInterval',
    'setImmediate',
    'globalThis',
    'structuredClone',
    'fetch',
    'AbortController',
    'performance',
    '__dirname',
  ].map((name) => [name, 'readonly']),
);

const browserGlobals = ['window', 'document', 'getComputedStyle', 'requestAnimationFrame', 'MutationObserver', 'AbortSignal', 'Node', 'SVGElement', 'HTMLElement', 'Element'];

export default tseslint.config(
  { ignores: ['out/', 'dist/', 'node_modules/', '.vscode-test/', 'test-results/', 'media/panel.js', 'media/portfolio.js', 'src/engine/schema/validatePlan.generated.*'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    rules: {
      // An unused value is a leftover; a leading underscore says it is unused on purpose (destructuring it away).
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      // Three requires on purpose: the ajv validator is a CommonJS `export =` module, the CLI
      // reads its version from package.json (tsc would not copy it to out/), and SARIF loads
      // crypto only when it fingerprints.
      '@typescript-eslint/no-require-imports': ['error', { allow: ['validatePlan\\.generated$', 'package\\.json$', '^crypto$'] }],
    },
  },
  {
    files: ['**/*.mjs', '**/*.js'],
    languageOptions: { globals: nodeGlobals },
  },
  {
    // These harness scripts hand functions to playwright, which runs them in the page.
    files: ['scripts/vscode-web.mjs', 'scripts/vscode-web-installed.mjs', 'scripts/webview-probe.mjs'],
    languageOptions: { globals: Object.fromEntries(browserGlobals.map((name) => [name, 'readonly'])) },
  },
);
