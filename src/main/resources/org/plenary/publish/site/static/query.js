// The query page: YASGUI on this server's endpoint, the example queries as tabs, and IRIs of this dataset in
// results linking to their pages on this server.
(function () {
  "use strict";
  var el = document.getElementById("yasgui");
  var endpoint = new URL(el.dataset.endpoint, window.location.href).href;
  var base = el.dataset.base;
  var YasguiClass = window.Yasgui && window.Yasgui.default ? window.Yasgui.default : window.Yasgui;
  var yasgui = new YasguiClass(el, {
    requestConfig: { endpoint: endpoint, method: "POST" },
    copyEndpointOnNewTab: false,
    endpointCatalogueOptions: { getData: function () { return [{ endpoint: endpoint }]; } },
    persistenceId: null
  });
  function tabFor(name, text) {
    var tab = yasgui.addTab(true, { name: name });
    tab.setQuery(text);
    return tab;
  }
  var examples = {};
  document.querySelectorAll("pre.plenary-query").forEach(function (pre) { examples[pre.dataset.name] = pre.textContent; });
  var first = yasgui.getTab();
  var requested = document.getElementById("requested-query");
  if (requested) {
    first.setName("Query");
    first.setQuery(requested.textContent);
  } else {
    var names = Object.keys(examples);
    if (names.length > 0) {
      first.setName(names[0]);
      first.setQuery(examples[names[0]]);
    }
  }
  document.querySelectorAll("button.example").forEach(function (b) {
    b.addEventListener("click", function () { tabFor(b.dataset.name, examples[b.dataset.name]); });
  });
  // Result cells: an IRI of this dataset ({base}id/...) opens its page here, whatever host the base names.
  var idPrefix = base + "id/";
  function relink(root) {
    root.querySelectorAll("a[href^='" + idPrefix + "']").forEach(function (a) {
      a.setAttribute("href", "/page/" + a.getAttribute("href").substring(idPrefix.length));
      a.removeAttribute("target");
    });
  }
  new MutationObserver(function () { relink(el); }).observe(el, { childList: true, subtree: true });
  window.plenaryYasgui = yasgui;
})();
