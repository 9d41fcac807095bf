// Runs axe (already on the page) with the given tags; answers one readable line per violation
// ("rule [impact] (tags) help: targets ..."), the rules it ran, and the text nodes whose contrast
// axe could not decide (gradients, background images, pseudo-elements), for a second opinion.
async (tags) => {
  const result = await axe.run(document, {runOnly: {type: 'tag', values: tags}, resultTypes: ['violations', 'incomplete']});
  const line = v => v.id + ' [' + v.impact + '] (' + v.tags.filter(t => t.startsWith('wcag') || t === 'best-practice').join(' ')
      + ') ' + v.help + ': ' + v.nodes.length + ' element(s): '
      + v.nodes.slice(0, 8).map(n => n.target.join(' ') + ' -- ' + (n.failureSummary || '').replace(/\s+/g, ' ').trim()).join(' | ');
  const undecided = result.incomplete.filter(v => v.id === 'color-contrast')
      .flatMap(v => v.nodes.map(n => n.target[n.target.length - 1]));
  const ran = [].concat(result.passes, result.violations, result.incomplete, result.inapplicable).map(r => r.id);
  return {violations: result.violations.map(line), undecidedContrast: undecided, ran: ran};
}
