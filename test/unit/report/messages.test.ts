import * as assert from 'assert';
import { isPanelState, isRenderMessage, parsePanelMessage } from '../../../src/report';

const range = { start: { line: 3, character: 0 }, end: { line: 3, character: 9 } };

describe('panel messages', () => {
  it('accepts a reveal with a plan URI and a range, keeping only the known fields', () => {
    assert.deepStrictEqual(parsePanelMessage({ type: 'reveal', uri: 'file:///p.poc.yaml', range, extra: '<script>' }), {
      type: 'reveal',
      uri: 'file:///p.poc.yaml',
      range,
    });
  });

  it('accepts the commands the panel’s buttons send', () => {
    for (const type of ['ready', 'copyMarkdown', 'exportReport']) assert.deepStrictEqual(parsePanelMessage({ type, uri: 'x' }), { type });
  });

  it('ignores unknown, malformed and hostile messages', () => {
    const bad: unknown[] = [
      undefined,
      null,
      'reveal',
      [],
      { type: 'render', html: '<img>' },
      { type: 'openFile', uri: 'file:///etc/passwd' },
      { type: 'reveal', range },
      { type: 'reveal', uri: 42, range },
      { type: 'reveal', uri: 'file:///p', range: { start: { line: -1, character: 0 }, end: range.end } },
      { type: 'reveal', uri: 'file:///p', range: { start: { line: 1.5, character: 0 }, end: range.end } },
      { type: 'reveal', uri: 'file:///p', range: { start: { line: '3', character: 0 }, end: range.end } },
      { type: 'reveal', uri: 'file:///p', range: { start: range.end, end: range.start } },
      { type: 'reveal', uri: 'file:///p', range: { start: { line: 1e12, character: 0 }, end: { line: 1e12, character: 1 } } },
      { type: 'reveal', uri: 'file:///p', range: { start: { line: 1 }, end: range.end } },
    ];
    for (const message of bad) assert.strictEqual(parsePanelMessage(message), undefined, JSON.stringify(message));
  });

  it('restores only a state that names a plan', () => {
    assert.strictEqual(isPanelState({ uri: 'file:///p.poc.yaml' }), true);
    assert.strictEqual(isPanelState({ uri: '' }), false);
    assert.strictEqual(isPanelState({ uri: 3 }), false);
    assert.strictEqual(isPanelState(undefined), false);
  });

  it('lets the webview take only a render message with a body and the plan it belongs to', () => {
    assert.strictEqual(isRenderMessage({ type: 'render', html: '<p>x</p>', state: { uri: 'file:///p.poc.yaml' } }), true);
    for (const message of [
      { type: 'render', html: '<p>x</p>' },
      { type: 'render', html: 3, state: { uri: 'file:///p.poc.yaml' } },
      { type: 'render', html: '', state: { uri: '' } },
      { type: 'reveal', html: '', state: { uri: 'file:///p.poc.yaml' } },
      null,
      '<p>x</p>',
    ]) {
      assert.strictEqual(isRenderMessage(message), false, JSON.stringify(message));
    }
  });
});
