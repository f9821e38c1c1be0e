// Markdown plans (`*.poc.md`) in the editor. They keep Markdown's own
// language, so the Markdown preview, other Markdown extensions and spell
// checkers keep working on them; the plan features attach by file pattern.
// Diagnostics, quick fixes, the outline, the status item and the panel are
// the YAML plans' own (they read the engine's result); hovers and completion
// are here, because where the cursor is reads differently in Markdown.
import * as vscode from 'vscode';
import { keyInfoAt, markdownLocate, markdownPlansAvailable, missingSections, planFormat, renderKeyLine, renderSection, sectionKeys, type KeyInfo } from '../engine';
import { keyMarkdown } from './hover';
import { toRange } from './convert';
import type { PlanService } from './planService';

export const MARKDOWN_PLAN_SELECTOR: vscode.DocumentFilter = { language: 'markdown', pattern: '**/*.poc.md' };

let available: boolean | undefined;

/** A `*.poc.md` file open as Markdown, in a build that can read Markdown plans. */
export function isMarkdownPlan(document: vscode.TextDocument): boolean {
  if (document.languageId !== 'markdown' || planFormat(document.uri.path) !== 'markdown' || !/\.poc\.md$/i.test(document.uri.path)) return false;
  available ??= markdownPlansAvailable();
  return available;
}

export class MarkdownPlanHoverProvider implements vscode.HoverProvider {
  constructor(private readonly plans: PlanService) {}

  provideHover(document: vscode.TextDocument, position: vscode.Position): vscode.Hover | undefined {
    if (!isMarkdownPlan(document)) return undefined;
    const where = markdownLocate(document.getText(), position);
    const parts: vscode.MarkdownString[] = [];
    const info = where.path && keyInfoAt(where.path);
    if (info && where.path) parts.push(keyMarkdown(info, where.path));
    const findings = (this.plans.resultFor(document)?.result.findings ?? []).filter((f) => toRange(f.range).contains(position));
    for (const f of findings.slice(0, 3)) parts.push(new vscode.MarkdownString(`**${f.ruleId}** ${f.message.replace(/[\\*_[\]<>#|]/g, '\\$&')}\n\n[${f.ruleId} docs](${f.docs})`));
    if (parts.length === 0) return undefined;
    return new vscode.Hover(parts, where.keyRange ? toRange(where.keyRange) : findings[0] ? toRange(findings[0].range) : undefined);
  }
}

/** Section headings on a heading line; a section's keys on a line inside it. */
export class MarkdownPlanCompletionProvider implements vscode.CompletionItemProvider {
  provideCompletionItems(document: vscode.TextDocument, position: vscode.Position): vscode.CompletionItem[] | undefined {
    if (!isMarkdownPlan(document)) return undefined;
    const text = document.getText();
    const line = document.lineAt(position.line).text;
    const where = markdownLocate(text, position);
    if (where.heading) {
      const range = new vscode.Range(position.line, 0, position.line, line.length);
      return missingSections(text).map((info, i) => {
        const item = new vscode.CompletionItem({ label: `## ${info.title}`, description: info.key }, vscode.CompletionItemKind.Module);
        item.filterText = `${/^\s*#*/.exec(line)![0]} ${info.title} ${info.key}`;
        item.documentation = keyMarkdown(info, [info.key]);
        item.insertText = new vscode.SnippetString(renderSection(info).snippet);
        item.range = range;
        item.sortText = String(i).padStart(3, '0');
        return item;
      });
    }
    if (!where.section) return undefined;
    const lead = /^(\s*(?:[-*+]\s+)?)(?:\*\*)?[^:]*$/.exec(line.slice(0, position.character));
    if (!lead || line.slice(position.character).includes(':')) return undefined;
    const range = new vscode.Range(position.line, lead[1].length, position.line, line.length);
    const bullet = /[-*+]\s+$/.test(lead[1]);
    return sectionKeys(where.section, where.present).map((info: KeyInfo, i) => {
      const item = new vscode.CompletionItem({ label: info.title, description: info.key }, vscode.CompletionItemKind.Property);
      item.filterText = `**${info.title} ${info.key}`;
      item.documentation = keyMarkdown(info, [where.section!, info.key]);
      item.insertText = new vscode.SnippetString(renderKeyLine(where.section!, info, bullet ? '' : '- '));
      item.range = range;
      item.sortText = String(i).padStart(3, '0');
      return item;
    });
  }
}
