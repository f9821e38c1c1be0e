import * as assert from 'assert';
import { renderNoticeBody, renderSummaryBody, type Summary } from '../../../src/report';
import { bad, good, HOSTILE_PLAN, summarize } from './support';

const panel = (summary: Summary) => renderSummaryBody(summary, { interactive: true });
const report = (summary: Summary) => renderSummaryBody(summary, { interactive: false });

/** The text of every element matching `<tag class="...className...">text</tag>`, tags stripped. */
function texts(html: string, className: string): string[] {
  const pattern = new RegExp(`<(\\w+) class="[^"]*\\b${className}\\b[^"]*"[^>]*>(.*?)</\\1>`, 'g');
  return [...html.matchAll(pattern)].map((m) => m[2].replace(/<[^>]+>/g, ''));
}

/** Every attribute name used in the markup (quoted values, where escaped plan text lives, skipped). */
function attributeNames(html: string): string[] {
  const names = new Set<string>();
  for (const [tag] of html.matchAll(/<[a-zA-Z][^>]*>/g)) {
    for (const m of tag.replace(/"[^"]*"/g, '""').matchAll(/\s([\w:-]+)=/g)) names.add(m[1]);
  }
  return [...names].sort();
}

function bbox(points: string): { width: number; height: number } {
  const xy = points.split(' ').map((p) => p.split(',').map(Number));
  const xs = xy.map((p) => p[0]);
  const ys = xy.map((p) => p[1]);
  return { width: Math.max(...xs) - Math.min(...xs), height: Math.max(...ys) - Math.min(...ys) };
}

function icebergShapes(html: string) {
  const tip = /<polygon class="ice-above[^"]*" points="([^"]+)"/.exec(html);
  const mass = /<polygon class="ice-below[^"]*" points="([^"]+)"/.exec(html);
  assert.ok(tip && mass, 'the iceberg has a tip and a mass');
  return { tip: bbox(tip[1]), mass: bbox(mass[1]) };
}

describe('summary HTML', () => {
  describe('escaping', () => {
    const html = panel(summarize(HOSTILE_PLAN, 'x"><img src=y>.poc.yaml'));

    it('shows a title written as an <img> tag as text', () => {
      assert.ok(html.includes('<h1 class="plan-title"><bdi>&lt;img src=x onerror=alert(1)&gt;</bdi></h1>'), html.slice(0, 600));
    });

    it('escapes the owner, the file name, the currency and metric kinds wherever they appear', () => {
      assert.ok(html.includes('Owner: <bdi>[click](javascript:alert(1)) **boss** | &lt;b&gt;</bdi> · <bdi>x&quot;&gt;&lt;img src=y&gt;.poc.yaml</bdi>'));
      assert.ok(html.includes('<dd><bdi>100 &lt;svg onload=alert(3)&gt;</bdi></dd>'));
      assert.ok(html.includes('<li><bdi>&lt;script&gt;alert(2)&lt;/script&gt;</bdi></li>'));
      assert.ok(html.includes('aria-label="Above the waterline, a POC budget of 100 &lt;svg onload=alert(3)&gt; and nothing'));
    });

    it('leaves no tag, handler or inline style that came from the plan', () => {
      for (const dangerous of ['<img', '<script', '<svg onload', '<b>', 'href="javascript']) {
        assert.ok(!html.includes(dangerous), `found ${dangerous}`);
      }
      const names = attributeNames(html);
      assert.deepStrictEqual(
        names.filter((n) => n.startsWith('on') || n === 'style'),
        [],
        `attributes used: ${names.join(' ')}`,
      );
    });

    it('drops a docs link that is not a web address', () => {
      const summary = summarize('poc: x\n', 'x.poc.yaml', { docsBaseUrl: 'javascript:alert(1)//' });
      const body = panel(summary);
      assert.ok(!body.includes('href="javascript'), 'a javascript: link reached the page');
      assert.ok(body.includes('<span class="gap-docs">POC007</span>'));
    });
  });

  describe('the panel rendering of the bad plan', () => {
    const summary = bad();
    const html = panel(summary);

    it('opens with the verdict, the score and the reasons', () => {
      assert.ok(html.startsWith('<header class="verdict not-ready">'));
      assert.deepStrictEqual(texts(html, 'verdict-label'), ['✗Not ready for approval']);
      assert.ok(html.includes(`aria-label="Overall score ${summary.verdict.overall} out of 100"`));
      assert.deepStrictEqual(texts(html, 'reasons').length, 1);
    });

    it('ticks nothing in the gate and says so to screen readers', () => {
      const items = [...html.matchAll(/<li class="gate-item (\w+)">.*?<\/li>/g)];
      assert.strictEqual(items.length, 7);
      assert.ok(items.every((m) => m[1] === 'missing' && m[0].includes(': missing')));
      assert.ok(html.includes('<span class="count">0 of 7 written</span>'));
    });

    it('draws each dimension bar as wide as its score', () => {
      const fills = [...html.matchAll(/aria-label="([^"]+): (\d+) out of 100"><rect class="bar-track"[^>]*\/><rect class="fill" x="0" y="0" width="([\d.]+)"/g)];
      assert.deepStrictEqual(
        fills.map((m) => [m[1], Number(m[2]), Number(m[3])]),
        summary.dimensions.map((d) => [d.title, d.score, d.score]),
      );
      assert.ok(
        summary.dimensions.some((d) => d.score > 0 && d.score < 100),
        'not vacuous: some bar is neither empty nor full',
      );
    });

    it('labels the iceberg with the ratio and lists its amounts', () => {
      assert.ok(/<text class="ice-label"[^>]*>40×<\/text>/.test(html));
      assert.deepStrictEqual(texts(html, 'facts').join(''), 'POC budget50,000 USDScoping what comes afternoneProduction estimate2,000,000 USDProduction against POC40×');
    });

    it('scales the bars of the review economics to the slower path', () => {
      const bars = /aria-label="By hand: 4 min per item">.*?<rect class="manual" x="0" y="0" width="([\d.]+)"/.exec(html);
      const path =
        /aria-label="With AI: 5.5 min per item, 30 s AI and 5 min review">.*?<rect class="ai" x="0" y="0" width="([\d.]+)"[^>]*\/><rect class="review" x="([\d.]+)" y="0" width="([\d.]+)"/.exec(html);
      assert.ok(bars && path, 'both economics bars are drawn');
      assert.deepStrictEqual([Number(bars[1]), Number(path[1]), Number(path[2]), Number(path[3])], [72.73, 9.09, 9.09, 90.91]);
    });

    it('shows the time lost per item and per month in the result row', () => {
      assert.ok(html.includes('<section class="card economics loses"'));
      assert.ok(html.includes('<tr class="result"><th scope="row">Lost</th><td>1.5 min</td><td>1,000 h</td></tr>'));
    });

    it('makes every gap a button carrying its range, most severe first within its dimension', () => {
      const buttons = [...html.matchAll(/<button type="button" class="gap-body" data-line="(\d+)" data-character="(\d+)" data-end-line="(\d+)" data-end-character="(\d+)" aria-label="([^"]+)"/g)];
      assert.strictEqual(buttons.length, summary.gapCount);
      const operational = html.indexOf('data-group="operational_viability"');
      const first = buttons.find((b) => (b.index ?? 0) > operational);
      // The view model's first operational gap, an error: its range and, for a screen reader, severity, line and message.
      const gap = summary.gaps.find((g) => g.id === 'operational_viability')!.gaps[0];
      assert.strictEqual(gap.severity, 'error');
      const { start, end } = gap.range;
      assert.deepStrictEqual(first?.slice(1, 6), [
        String(start.line),
        String(start.character),
        String(end.line),
        String(end.character),
        `Error, line ${start.line + 1}: ${gap.message}. Show in the plan.`,
      ]);
    });

    it('keeps code spans of finding messages as <code>', () => {
      assert.ok(html.includes('<span class="gap-message"><code>data.production_source</code> is false:'));
    });

    it('offers copy and export actions as buttons', () => {
      assert.ok(html.includes('<button type="button" data-command="copyMarkdown">Copy as Markdown</button>'));
      assert.ok(html.includes('<button type="button" data-command="exportReport">Export report</button>'));
    });
  });

  describe('the good plan', () => {
    const html = panel(good());

    it('is ready, with the whole gate ticked', () => {
      assert.ok(html.startsWith('<header class="verdict ready">'));
      assert.strictEqual([...html.matchAll(/<li class="gate-item passed">/g)].length, 7);
    });

    it('draws a tip that compares to the mass as the square root of the amounts', () => {
      // Linear sizes follow the square root, so areas compare like the money.
      const badShapes = icebergShapes(panel(bad()));
      const goodShapes = icebergShapes(html);
      const relative = (s: ReturnType<typeof icebergShapes>) => s.tip.width / s.mass.width;
      const expected = Math.sqrt(90_000 / 600_000) / Math.sqrt(50_000 / 2_000_000);
      assert.ok(Math.abs(relative(goodShapes) / relative(badShapes) - expected) < 0.01, `${relative(goodShapes) / relative(badShapes)} vs ${expected}`);
      assert.ok(relative(goodShapes) > relative(badShapes), 'the 12× plan shows more above the water than the 40× one');
    });

    it('shows the time saved in the result row', () => {
      assert.ok(html.includes('<tr class="result"><th scope="row">Saved</th><td>10.5 min</td><td>7,000 h</td></tr>'));
    });

    it('splits the metrics bar into production, accuracy-only and other', () => {
      const bar = /<svg class="bar"[^>]*aria-label="4 metrics: 3 that production is judged on, 1 accuracy-only.">(.*?)<\/svg>/.exec(html);
      assert.ok(bar, 'the metrics bar is labelled with its caption');
      assert.deepStrictEqual(
        [...bar[1].matchAll(/<rect class="(production|accuracy|other)" x="([\d.]+)" y="0" width="([\d.]+)"/g)].map((m) => [m[1], Number(m[2]), Number(m[3])]),
        [
          ['production', 0, 75],
          ['accuracy', 75, 25],
          ['other', 100, 0],
        ],
      );
    });
  });

  describe('an empty plan', () => {
    const html = panel(summarize(''));

    it('renders with placeholders instead of figures', () => {
      assert.ok(html.includes('<h1 class="plan-title"><span class="absent">Untitled plan</span></h1>'));
      assert.ok(html.includes('No owner named'));
      assert.ok(html.includes('<section class="card economics incomplete"'));
      assert.ok(!html.includes('economics-table'), 'no economics table without the inputs');
      assert.ok(html.includes('No metrics yet: the POC measures nothing production will be judged on.'));
    });

    it('draws both halves of the iceberg as missing', () => {
      assert.ok(html.includes('<polygon class="ice-below missing"'));
      assert.ok(html.includes('<polygon class="ice-above missing"'));
      assert.ok(html.includes('aria-label="The plan has no budget: neither what the POC costs nor what production will."'));
    });
  });

  it('draws a dashed, question-marked mass when only the production estimate is missing', () => {
    const html = panel(summarize('budget:\n  currency: EUR\n  poc: 80000\n'));
    assert.ok(html.includes('<polygon class="ice-below missing"'));
    assert.ok(html.includes('<polygon class="ice-above"'));
    assert.ok(/<text class="ice-label missing"[^>]*>\?<\/text>/.test(html));
  });

  it('says there are no gaps when every check passes', () => {
    const summary: Summary = { ...good(), gaps: [], gapCount: 0 };
    assert.ok(panel(summary).includes('<p class="caption">No gaps: every check passes.</p>'));
  });

  it('renders gaps as plain text, with no buttons, for the exported report', () => {
    const html = report(bad());
    assert.ok(!html.includes('<button'), 'the report has no buttons');
    assert.ok(html.includes('<span class="gap-where">Error · line 31</span>'));
  });

  it('renders a notice as escaped text', () => {
    assert.strictEqual(renderNoticeBody('No <plan>'), '<section class="card notice" role="status"><p>No &lt;plan&gt;</p></section>');
  });
});
