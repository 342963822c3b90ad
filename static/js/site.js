// On a phone the filters start folded so the news comes first; without JavaScript they stay open.
// A file, not an inline script: the public pages' Content-Security-Policy runs scripts from the site only.
if (window.matchMedia && window.matchMedia("(max-width: 50em)").matches) {
  var panel = document.querySelector(".filter-panel");
  if (panel) panel.removeAttribute("open");
}
