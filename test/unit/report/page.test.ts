import * as assert from 'assert';
import { contentSecurityPolicy, renderPanelPage } from '../../../src/report';

const page = renderPanelPage({
  cspSource: 'https://webview.test',
  nonce: 'n0nce+/=',
  styleUri: 'https://webview.test/media/panel.css',
  scriptUri: 'https://webview.test/media/panel.js',
  title: 'Readiness: <x>.poc.yaml',
  body: '<header>body</header>',
  state: { uri: 'file:///plans/a "b".poc.yaml' },
});

describe('panel page', () => {
  it('allows scripts only with the nonce and styles, images and fonts only from the webview', () => {
    assert.strictEqual(
      contentSecurityPolicy('https://webview.test', 'abc'),
      "default-src 'none'; img-src https://webview.test data:; style-src https://webview.test; script-src 'nonce-abc'; font-src https://webview.test",
    );
    const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(page);
    assert.strictEqual(meta?.[1], contentSecurityPolicy('https://webview.test', 'n0nce+/='));
  });

  it('loads the stylesheet and the script from media/, with no inline script or style', () => {
    assert.ok(page.includes('<link rel="stylesheet" href="https://webview.test/media/panel.css">'));
    assert.ok(page.includes('<script nonce="n0nce+/=" src="https://webview.test/media/panel.js"></script>'));
    assert.strictEqual([...page.matchAll(/<script/g)].length, 1);
    assert.ok(!/<style|\sstyle=|\son\w+=/.test(page));
  });

  it('starts with the summary already rendered and the plan it belongs to', () => {
    assert.ok(page.includes('<main id="summary" data-state="{&quot;uri&quot;:&quot;file:///plans/a \\&quot;b\\&quot;.poc.yaml&quot;}">\n<header>body</header>\n</main>'));
    assert.ok(page.includes('<title>Readiness: &lt;x&gt;.poc.yaml</title>'));
  });
});
