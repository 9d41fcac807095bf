// Target size (2.5.8, WCAG 2.2 AA), from getBoundingClientRect: every visible pointer target is at
// least 24 by 24 CSS px, unless it sits in a line of text or is spaced so that a 24 px circle on it
// meets no other target (the two exceptions that apply to a web page). Answers the ones that fail.
() => {
  const MIN = 24;
  const selector = 'a[href], button, input:not([type=hidden]), select, textarea, summary, [role=button], [role=link], [tabindex]:not([tabindex="-1"])';
  const describe = el => el.tagName.toLowerCase() + (el.id ? '#' + el.id : '')
      + (el.classList.length ? '.' + [...el.classList].join('.') : '')
      + ' "' + (el.innerText || el.value || el.getAttribute('aria-label') || '').trim().replace(/\s+/g, ' ').slice(0, 40) + '"';
  const shown = el => {
    const r = el.getBoundingClientRect();
    if (r.width <= 1 || r.height <= 1) return false;
    return el.checkVisibility ? el.checkVisibility({visibilityProperty: true}) : getComputedStyle(el).visibility !== 'hidden';
  };
  // Equivalent exception of 2.5.8: a target whose function another target on the page gives
  // (data-equivalent names that one's id, e.g. a map's mark and the list of the same links beside it).
  const hasEquivalent = el => {
    const other = el.dataset.equivalent && document.getElementById(el.dataset.equivalent);
    return other && other !== el && shown(other);
  };
  const targets = [...document.querySelectorAll(selector)].filter(shown);
  // Inline exception of 2.5.8: a target in running text, whose height the text's line sets.
  const inText = el => {
    if (getComputedStyle(el).display !== 'inline') return false;
    let block = el.parentElement;
    while (block && getComputedStyle(block).display.startsWith('inline')) block = block.parentElement;
    if (!block) return false;
    const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      if (n.nodeValue.trim() && !targets.some(t => t.contains(n))) return true;
    }
    return false;
  };
  const boxes = targets.map(el => ({el, r: el.getBoundingClientRect()}));
  const small = boxes.filter(b => (b.r.width < MIN - 0.01 || b.r.height < MIN - 0.01) && !inText(b.el)
      && !hasEquivalent(b.el));
  const centre = r => [r.left + r.width / 2, r.top + r.height / 2];
  const distanceToRect = ([x, y], r) => Math.hypot(Math.max(r.left - x, 0, x - r.right), Math.max(r.top - y, 0, y - r.bottom));
  // Spacing exception: a 24 px circle on each undersized target meets no other target and no other such circle.
  return small.filter(b => {
    const c = centre(b.r);
    return boxes.some(o => o !== b && !o.el.contains(b.el) && !b.el.contains(o.el) && (
        small.includes(o) ? Math.hypot(c[0] - centre(o.r)[0], c[1] - centre(o.r)[1]) < MIN
                          : distanceToRect(c, o.r) < MIN / 2));
  }).map(b => describe(b.el) + ' ' + Math.round(b.r.width * 10) / 10 + 'x' + Math.round(b.r.height * 10) / 10);
}
