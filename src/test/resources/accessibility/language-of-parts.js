// Language of parts (3.1.2): text in the page's other language sits in an element marked with that
// language, so that a screen reader switches voice. On a page in Japanese: a run of English words
// (three or more, with no Japanese in the text: a title without a Japanese version, not a name) needs
// lang="en"; on a page in English: Japanese text (not a Japanese word quoted in an English sentence,
// which only the data could mark) needs lang="ja". Answers the texts that are not marked.
() => {
  const english = /[A-Za-z]{2,}[ ,.'’()-]+[A-Za-z]{2,}[ ,.'’()-]+[A-Za-z]{2,}/;
  const japanese = /[\u3040-\u30ff\u3400-\u9fff]/;
  const pageIsJapanese = document.documentElement.lang.startsWith('ja');
  const problems = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.nodeValue.trim();
    const host = node.parentElement;
    if (!text || !host || host.closest('script, style, [aria-hidden=true]')) continue;
    const foreign = pageIsJapanese ? english.test(text) && !japanese.test(text) : japanese.test(text) && !english.test(text);
    if (!foreign) continue;
    const marked = (host.closest('[lang]') || document.documentElement).getAttribute('lang') || '';
    if (marked.startsWith('ja') !== pageIsJapanese) continue;
    problems.push((pageIsJapanese ? 'English' : 'Japanese') + ' in ' + host.tagName.toLowerCase()
        + (host.className ? '.' + String(host.className).trim().split(/\s+/).join('.') : '')
        + ' "' + text.replace(/\s+/g, ' ').slice(0, 60) + '"');
  }
  return problems;
}
