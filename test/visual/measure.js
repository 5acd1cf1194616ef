// Injected into a preview page by the visual test: once the page is ready (Mermaid drew), measures the comment
// collapsed (as GitHub first shows it) and expanded, and writes the figures as JSON into <pre id="mlgate-measure">.
/* global document, window, getComputedStyle -- runs in the page, not in Node */
(function () {
  const body = () => document.querySelector('.markdown-body');
  const rel = (el) => el.getBoundingClientRect();
  const parse = (c) => (c.match(/[\d.]+/g) || []).slice(0, 3).map(Number);
  function state() {
    const b = body();
    const comment = document.querySelector('.comment');
    const first = b.firstElementChild;
    const overflow = [];
    if (document.documentElement.scrollWidth > window.innerWidth) overflow.push('page');
    for (const el of b.querySelectorAll('table, pre, p, li, svg, summary, h3, h4'))
      if (el.getClientRects().length && el.scrollWidth > el.clientWidth + 1) overflow.push(el.tagName.toLowerCase());
    if (rel(comment).right > window.innerWidth + 0.5) overflow.push('comment');
    return {
      height: rel(comment).bottom + window.scrollY,
      verdict_bottom: first ? rel(first).bottom + window.scrollY : null,
      verdict_text: first ? first.innerText : '',
      text: b.innerText,
      overflow,
    };
  }
  function charts() {
    return [...document.querySelectorAll('pre.mermaid')].map((pre) => {
      const svg = pre.querySelector('svg');
      const plots = svg ? [...svg.querySelectorAll('g[class*="line-plot"] path, g.plot path')] : [];
      return {
        drawn: !!svg,
        error: !!(svg && (svg.getAttribute('aria-roledescription') === 'error' || svg.querySelector('.error-text'))),
        series: plots.map((p) => {
          const box = p.getBBox();
          return { stroke: parse(getComputedStyle(p).stroke), width: box.width, height: box.height };
        }),
      };
    });
  }
  function measure() {
    const collapsed = state();
    const details = [...document.querySelectorAll('details')];
    const closed = details.filter((d) => !d.open);
    for (const d of details) d.open = true;
    const expanded = state();
    const out = { collapsed, expanded, charts: charts(), error: document.documentElement.dataset.error || null };
    for (const d of closed) d.open = false;
    const pre = document.createElement('pre');
    pre.id = 'mlgate-measure';
    pre.textContent = JSON.stringify(out);
    pre.style.display = 'none';
    document.body.appendChild(pre);
  }
  const wait = () => (document.documentElement.dataset.ready ? measure() : setTimeout(wait, 50));
  wait();
})();
