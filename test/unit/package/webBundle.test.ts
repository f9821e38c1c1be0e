// The browser bundle (package.json `browser`, dist/web/extension.js) runs in
// VS Code for the Web's extension host, a web worker: no Node built-in module
// and no Node global exists there. A reference to one would load fine and
// throw the first time that code runs, so the built bundle is read back as
// JavaScript and every such reference is reported.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as ts from 'typescript';

const ROOT = path.resolve(__dirname, '../../../..');
const BUNDLE = path.join(ROOT, 'dist/web/extension.js');

/** Globals Node has and a web worker lacks. */
const NODE_GLOBALS = new Set(['Buffer', 'process', 'setImmediate', 'clearImmediate', '__dirname', '__filename', 'global']);

interface NodeUse {
  what: string;
  line: number;
}

/** `require("x")` calls with x other than `vscode`, and reads of Node globals (feature tests with `typeof` excepted). */
function nodeUses(source: string): NodeUse[] {
  const file = ts.createSourceFile('extension.js', source, ts.ScriptTarget.ES2022, true, ts.ScriptKind.JS);
  const uses: NodeUse[] = [];
  const at = (node: ts.Node) => file.getLineAndCharacterOfPosition(node.getStart(file)).line + 1;
  const visit = (node: ts.Node): void => {
    if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'require') {
      const [arg] = node.arguments;
      const module = arg && ts.isStringLiteral(arg) ? arg.text : '(computed)';
      if (module !== 'vscode') uses.push({ what: `require(${JSON.stringify(module)})`, line: at(node) });
    } else if (ts.isIdentifier(node) && NODE_GLOBALS.has(node.text) && isGlobalRead(node)) {
      uses.push({ what: node.text, line: at(node) });
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return uses;
}

/** Whether `id` reads a global of that name, rather than naming a property, a declaration or a `typeof` test. */
function isGlobalRead(id: ts.Identifier): boolean {
  const parent = id.parent;
  if (ts.isPropertyAccessExpression(parent) && parent.name === id) return false;
  if ((ts.isPropertyAssignment(parent) || ts.isMethodDeclaration(parent) || ts.isPropertyDeclaration(parent)) && parent.name === id) return false;
  if ((ts.isVariableDeclaration(parent) || ts.isParameter(parent) || ts.isFunctionDeclaration(parent) || ts.isBindingElement(parent)) && parent.name === id) return false;
  if (ts.isTypeOfExpression(parent)) return false;
  return true;
}

describe('the browser bundle (VS Code for the Web)', () => {
  let source: string;

  before(() => {
    assert.ok(fs.existsSync(BUNDLE), `${BUNDLE} is missing: run \`npm run build\` first`);
    source = fs.readFileSync(BUNDLE, 'utf8');
  });

  it('loads no module but vscode and reads no Node global', () => {
    const uses = nodeUses(source).map((use) => `${use.what} at line ${use.line}`);
    assert.deepStrictEqual(uses, [], `Node APIs in ${path.relative(ROOT, BUNDLE)}`);
  });

  it('is the extension itself: it registers the POC plan providers', () => {
    assert.match(source, /registerHoverProvider/);
    assert.match(source, /pocReadiness\.openSummary/);
  });

  // The scan itself: it must see exactly what a web worker would trip over.
  it('the scan finds Node requires and globals and lets feature tests, properties and strings through', () => {
    const uses = nodeUses(
      [
        'const fs = require("fs"); const c = require("node:crypto"); const v = require("vscode");',
        'const n = Buffer.byteLength(s); setImmediate(f); const e = process.env.X;',
        'if (typeof Buffer === "function") {} const o = { process: 1, Buffer: 2 }; o.setImmediate = 3; const t = "Buffer";',
      ].join('\n'),
    ).map((use) => use.what);
    assert.deepStrictEqual(uses, ['require("fs")', 'require("node:crypto")', 'Buffer', 'setImmediate', 'process']);
  });
});
