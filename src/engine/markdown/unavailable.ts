// What the browser bundle has in place of ./commonmark: VS Code for the Web
// runs the extension as one file and cannot load the parser's chunk, and
// inlining it would take the bundle over its size ceiling. Markdown plans are
// then not treated as plans there (the desktop app and the CLI read them).
import type { MdBlock } from './blocks';

export const available = false;

export function readBlocks(): MdBlock[] {
  throw new Error('Markdown plans (*.poc.md) are read by the desktop VS Code and the CLI; this build has no Markdown parser.');
}
