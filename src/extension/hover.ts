// Hovers: what a key is, why it matters for production and what a good answer
// looks like, from the section metadata; on text with a finding, the rule's
// rationale too.
import * as vscode from 'vscode';
import { DEFAULT_DOCS_URL, keyInfoAt, locate, RULE_METAS, type Finding, type KeyInfo } from '../engine';
import { toRange } from './convert';
import { isPlan, type PlanService } from './planService';

const RULES = new Map(RULE_METAS.map((meta) => [meta.id, meta]));

export class PlanHoverProvider implements vscode.HoverProvider {
  constructor(private readonly plans: PlanService) {}

  provideHover(document: vscode.TextDocument, position: vscode.Position): vscode.Hover | undefined {
    if (!isPlan(document)) return undefined;
    const text = document.getText();
    const where = locate(text, position);
    const parts: vscode.MarkdownString[] = [];
    let range: vscode.Range | undefined;

    if (where.key !== undefined && where.keyStart !== undefined && where.keyEnd !== undefined) {
      const path = [...where.container, where.key];
      const info = keyInfoAt(path);
      if (info && where.onKey) {
        parts.push(keyMarkdown(info, path));
        range = new vscode.Range(position.line, where.keyStart, position.line, where.keyEnd);
      }
    }

    const findings = (this.plans.resultFor(document)?.result.findings ?? []).filter((f) => toRange(f.range).contains(position));
    for (const finding of findings.slice(0, 3)) parts.push(findingMarkdown(finding));
    if (parts.length === 0) return undefined;
    return new vscode.Hover(parts, range ?? (findings[0] ? toRange(findings[0].range) : undefined));
  }
}

/** Section docs live beside the rule docs, one anchor per top-level section. */
function sectionDocs(topKey: string): string {
  return `${DEFAULT_DOCS_URL}#section-${topKey.replace(/_/g, '-')}`;
}

export function keyMarkdown(info: KeyInfo, path: readonly (string | number)[]): vscode.MarkdownString {
  const md = new vscode.MarkdownString();
  md.appendMarkdown(`**${escape(info.title)}** \`${path.filter((s) => typeof s === 'string').join('.')}\`\n\n`);
  md.appendMarkdown(`${escape(info.description)}\n\n`);
  if (info.good) md.appendMarkdown(`*Good:* ${escape(info.good)}\n\n`);
  if (info.values) md.appendMarkdown(`*Values:* ${info.values.map((v) => `\`${v}\``).join(', ')}\n\n`);
  md.appendMarkdown(`[Docs](${sectionDocs(String(path[0]))})`);
  return md;
}

function findingMarkdown(finding: Finding): vscode.MarkdownString {
  const md = new vscode.MarkdownString();
  const meta = RULES.get(finding.ruleId);
  md.appendMarkdown(`**${finding.ruleId}** ${escape(meta?.title ?? finding.name)}\n\n`);
  if (meta) md.appendMarkdown(`${escape(meta.rationale)}\n\n`);
  md.appendMarkdown(`[${finding.ruleId} docs](${finding.docs})`);
  return md;
}

/** Metadata text is ours, but keep Markdown from reading `*` or `_` in it as formatting. */
function escape(text: string): string {
  return text.replace(/[\\`*_{}[\]<>#|]/g, '\\$&');
}
