// --format junit: JUnit XML, which most CI systems (GitLab, Jenkins, Azure
// Pipelines, CircleCI) show as a test report. One <testsuite> per plan; its
// first <testcase> is the plan's readiness (a failure when it is not ready,
// the reasons as the failure's text), then one <testcase> per finding:
// errors and warnings are failures, infos pass with the message as output.
import type { Finding } from '../../engine';
import { place, type PlanReport } from '../report';
import type { Formatter } from './formatter';
import { readinessLine } from './readiness';

/** Characters XML 1.0 cannot hold at all (most C0 controls, lone surrogates, U+FFFE/U+FFFF): shown escaped as text. */
const NOT_XML = /[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/gu;
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/** Allowed in XML but acted on by a terminal that prints the report (C1, bidi controls): written as character references, the same text to a reader. */
const REFERENCED = /[\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/** Text for an attribute value or element content. */
export function escapeXml(text: string): string {
  return text
    .replace(NOT_XML, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)
    .replace(/[&<>"']/g, (c) => ENTITIES[c])
    .replace(REFERENCED, (c) => `&#x${c.charCodeAt(0).toString(16)};`);
}

function attributes(values: Record<string, string | number>): string {
  return Object.entries(values)
    .map(([name, value]) => ` ${name}="${escapeXml(String(value))}"`)
    .join('');
}

function findingCase(file: string, f: Finding): string[] {
  const { line, column } = place(f);
  const head = `    <testcase${attributes({ classname: file, name: `${f.ruleId} ${f.name} at ${line}:${column}`, file, line })}>`;
  const detail = escapeXml(`${file}:${line}:${column}: ${f.message}\n${f.docs}`);
  const body = f.severity === 'info' ? `      <system-out>${detail}</system-out>` : `      <failure${attributes({ type: f.severity, message: f.message })}>${detail}</failure>`;
  return [head, body, '    </testcase>'];
}

function planSuite({ file, score, findings }: PlanReport): { xml: string[]; tests: number; failures: number } {
  const notReady = score.verdict !== 'ready';
  const failures = (notReady ? 1 : 0) + findings.filter((f) => f.severity !== 'info').length;
  const tests = 1 + findings.length;
  const readiness = notReady
    ? [
        `    <testcase${attributes({ classname: file, name: 'readiness', file })}>`,
        `      <failure${attributes({ type: 'not_ready', message: readinessLine(score) })}>${escapeXml(score.reasons.join('\n'))}</failure>`,
        '    </testcase>',
      ]
    : [`    <testcase${attributes({ classname: file, name: 'readiness', file })}/>`];
  return {
    tests,
    failures,
    xml: [`  <testsuite${attributes({ name: file, tests, failures, errors: 0, skipped: 0 })}>`, ...readiness, ...findings.flatMap((f) => findingCase(file, f)), '  </testsuite>'],
  };
}

export function formatJunit(reports: readonly PlanReport[]): string {
  const suites = reports.map(planSuite);
  const tests = suites.reduce((n, s) => n + s.tests, 0);
  const failures = suites.reduce((n, s) => n + s.failures, 0);
  return ['<?xml version="1.0" encoding="UTF-8"?>', `<testsuites${attributes({ name: 'poc-readiness', tests, failures, errors: 0 })}>`, ...suites.flatMap((s) => s.xml), '</testsuites>', ''].join(
    '\n',
  );
}

export const junit: Formatter = {
  name: 'junit',
  description: 'JUnit XML for CI test reports: per plan, its readiness and each finding',
  format: (reports) => formatJunit(reports),
};
