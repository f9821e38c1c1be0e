// Completion of the keys allowed at the cursor's level (with their
// explanation, inserting the key with its placeholder body) and of enum values.
import * as vscode from 'vscode';
import { keyInfoAt, keysAllowedAt, locate, renderKey, type KeyInfo } from '../engine';
import { keyMarkdown } from './hover';
import { isPlan } from './planService';

export class PlanCompletionProvider implements vscode.CompletionItemProvider {
  provideCompletionItems(document: vscode.TextDocument, position: vscode.Position): vscode.CompletionItem[] | undefined {
    if (!isPlan(document)) return undefined;
    const line = document.lineAt(position.line).text;
    const where = locate(document.getText(), position);
    if (where.key !== undefined && !where.onKey) return valueItems(keyInfoAt([...where.container, where.key]), line, position);
    if (line.slice(0, position.character).includes(':')) return undefined;
    return keyItems(where.container, where.siblings, line, position);
  }
}

function keyItems(container: readonly (string | number)[], siblings: readonly string[], line: string, position: vscode.Position): vscode.CompletionItem[] {
  // Replace the word being typed (and its colon and value, if the key is already there).
  const before = /[\w-]*$/.exec(line.slice(0, position.character))![0];
  const after = /^[\w-]*/.exec(line.slice(position.character))![0];
  const range = new vscode.Range(position.line, position.character - before.length, position.line, position.character + after.length);
  const present = new Set(siblings);
  return keysAllowedAt(container)
    .filter((info) => !present.has(info.key))
    .map((info, index) => {
      const item = new vscode.CompletionItem({ label: info.key, description: info.title }, vscode.CompletionItemKind.Property);
      const path = [...container, info.key];
      item.documentation = keyMarkdown(info, path);
      item.detail = info.title;
      item.insertText = new vscode.SnippetString(renderKey(info).snippet);
      item.range = range;
      item.sortText = String(index).padStart(3, '0');
      return item;
    });
}

function valueItems(info: KeyInfo | undefined, line: string, position: vscode.Position): vscode.CompletionItem[] | undefined {
  const values = info?.kind === 'enum' ? info.values : info?.kind === 'boolean' ? ['true', 'false'] : undefined;
  if (!values) return undefined;
  const before = /[\w-]*$/.exec(line.slice(0, position.character))![0];
  const range = new vscode.Range(position.line, position.character - before.length, position.line, position.character);
  return values.map((value, index) => {
    const item = new vscode.CompletionItem(value, vscode.CompletionItemKind.EnumMember);
    item.detail = info!.title;
    item.range = range;
    // The format's order (most production-relevant first), not the alphabet.
    item.sortText = String(index).padStart(3, '0');
    return item;
  });
}
