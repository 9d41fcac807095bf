// Contrast that axe leaves undecided or does not check, computed from the CSS:
// - text whose background axe could not determine (1.4.3): the text colour against every colour
//   that can sit behind it (each stop of a gradient, layers blended down to the first opaque one);
//   a background image (the select's chevron) and pseudo-element decorations are not behind the text;
// - the boundary of form fields (1.4.11): the border against what surrounds the field, 3:1.
(selectors) => {
  const parse = c => { const m = c.match(/rgba?\(([^)]+)\)/); if (!m) return null;
    const p = m[1].split(/[,\s/]+/).filter(Boolean).map(Number); return {r: p[0], g: p[1], b: p[2], a: p.length > 3 ? p[3] : 1}; };
  const over = (top, below) => ({r: top.r * top.a + below.r * (1 - top.a), g: top.g * top.a + below.g * (1 - top.a),
      b: top.b * top.a + below.b * (1 - top.a), a: 1});
  const lum = c => { const f = v => { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); };
    return 0.2126 * f(c.r) + 0.7152 * f(c.g) + 0.0722 * f(c.b); };
  const ratio = (a, b) => { const x = lum(a), y = lum(b); return (Math.max(x, y) + 0.05) / (Math.min(x, y) + 0.05); };
  const hex = c => '#' + [c.r, c.g, c.b].map(v => Math.round(v).toString(16).padStart(2, '0')).join('');
  // Every colour that can be behind an element's box (from the element itself, or only its ancestors).
  const behind = (el, includeSelf) => {
    const layers = [];
    for (let e = includeSelf ? el : el.parentElement; e; e = e.parentElement) {
      const s = getComputedStyle(e);
      const stops = s.backgroundImage.includes('gradient') ? (s.backgroundImage.match(/rgba?\([^)]+\)/g) || []).map(parse) : [];
      const colour = parse(s.backgroundColor);
      if (stops.length) layers.push(stops);
      if (colour && colour.a > 0) layers.push([colour]);
      if (colour && colour.a === 1 || stops.length && stops.every(c => c.a === 1)) break;
    }
    layers.push([{r: 255, g: 255, b: 255, a: 1}]);
    let candidates = layers.pop();
    while (layers.length) { const top = layers.pop(); candidates = top.flatMap(t => candidates.map(c => over(t, c))); }
    return candidates;
  };
  const name = el => el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') + (el.classList.length ? '.' + [...el.classList].join('.') : '');
  const problems = [];
  for (const selector of selectors) {
    const el = document.querySelector(selector);
    if (!el) continue;
    const s = getComputedStyle(el);
    const size = parseFloat(s.fontSize), bold = parseInt(s.fontWeight, 10) >= 700;
    const needed = size >= 24 || (bold && size >= 18.66) ? 3 : 4.5;
    for (const bg of behind(el, true)) {
      const fg = over(parse(s.color), bg);
      const r = ratio(fg, bg);
      if (r < needed) problems.push('color-contrast (1.4.3, computed) ' + selector + ': ' + hex(fg) + ' on ' + hex(bg) + ' is ' + r.toFixed(2) + ':1, needs ' + needed + ':1');
    }
  }
  for (const field of document.querySelectorAll('input:not([type=hidden]):not([type=submit]):not([type=checkbox]):not([type=radio]), select, textarea')) {
    const r0 = field.getBoundingClientRect();
    if (r0.width <= 1 || r0.height <= 1) continue;
    const s = getComputedStyle(field);
    const border = parse(s.borderBottomColor);
    const width = parseFloat(s.borderBottomWidth);
    const fill = over(parse(s.backgroundColor), behind(field, false)[0]);
    for (const around of behind(field, false)) {
      const fillStandsOut = ratio(fill, around) >= 3;
      const borderStandsOut = width > 0 && s.borderBottomStyle !== 'none' && ratio(over(border, around), around) >= 3;
      if (!fillStandsOut && !borderStandsOut) {
        problems.push('non-text-contrast (1.4.11, computed) ' + name(field) + ': border ' + hex(over(border, around)) + ' on '
            + hex(around) + ' is ' + ratio(over(border, around), around).toFixed(2) + ':1, needs 3:1');
      }
    }
  }
  return problems;
}
