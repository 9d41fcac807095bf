// The element the keyboard is on: what it is, whether a focus indicator is drawn (an outline or
// a box-shadow; 2.4.7) and whether anything else covers it (2.4.11).
() => {
  const el = document.activeElement;
  if (!el || el === document.body || el === document.documentElement) return null;
  const s = getComputedStyle(el);
  const outline = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0;
  const shadow = s.boxShadow && s.boxShadow !== 'none';
  const r = el.getBoundingClientRect();
  // The first line box: the middle of a link broken over two lines may fall outside it.
  const first = el.getClientRects()[0] || r;
  const x = Math.min(Math.max(first.left + first.width / 2, 0), innerWidth - 1), y = Math.min(Math.max(first.top + first.height / 2, 0), innerHeight - 1);
  const top = document.elementFromPoint(x, y);
  const label = (el.innerText || el.value || el.getAttribute('aria-label') || el.getAttribute('name') || '').trim().replace(/\s+/g, ' ').slice(0, 40);
  return {
    tag: el.tagName.toLowerCase(),
    name: el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') + (el.classList.length ? '.' + [...el.classList].join('.') : '') + ' "' + label + '"',
    indicator: outline ? 'outline ' + s.outlineWidth + ' ' + s.outlineStyle + ' ' + s.outlineColor : shadow ? 'box-shadow ' + s.boxShadow : '',
    shown: r.width > 1 && r.height > 1 && r.bottom > 0 && r.top < innerHeight && r.right > 0 && r.left < innerWidth,
    covered: top !== null && !el.contains(top) && !top.contains(el) ? top.tagName.toLowerCase() + (top.className ? '.' + String(top.className).split(' ').join('.') : '') : null,
    inMain: !!el.closest('main'),
    id: el.id
  };
}
