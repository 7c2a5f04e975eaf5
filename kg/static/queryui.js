// kg serve's query page: YASGUI pointed at our endpoint, our canned questions, the query in
// the URL, result IRIs linked to the entity pages, CSV/JSON downloads. Corpus text reaches
// the DOM as text only (YASR escapes table cells; we build our own elements with textContent).
(function () {
  "use strict";
  var config = JSON.parse(document.getElementById("kg-config").textContent);
  var Yasgui = window.Yasgui;
  // Class and property completion ask a remote service (LOV): not on an offline page.
  ["class", "property"].forEach(function (name) { delete Yasgui.Yasqe.Autocompleters[name]; });
  Yasgui.Yasqe.defaults.autocompleters = Yasgui.Yasqe.defaults.autocompleters
    .filter(function (name) { return name !== "class" && name !== "property"; });

  // Prefix completion: our prefixes (kf:, res:, ...) first, then YASGUI's bundled list.
  var prefixes = Yasgui.Yasqe.Autocompleters.prefixes;
  var bundled = prefixes.get;
  prefixes.persistenceId = "kaifang-prefixes";
  prefixes.get = function (yasqe) {
    var ours = config.prefixes;
    var taken = new Set(ours.map(function (p) { return p.split(":")[0]; }));
    return bundled.call(this, yasqe).then(function (list) {
      return ours.concat(list.filter(function (p) { return !taken.has(p.split(":")[0]); }));
    });
  };

  var endpoint = new URL("/sparql", location.href).href;
  var params = new URLSearchParams(location.search);
  var first = config.queries.length ? config.queries[0].query : "SELECT * WHERE { ?s ?p ?o } LIMIT 10";
  var yasgui = new Yasgui(document.getElementById("yasgui"), {
    requestConfig: { endpoint: endpoint, method: "POST" },
    endpointCatalogueOptions: { getData: function () { return [{ endpoint: endpoint }]; } },
    copyEndpointOnNewTab: true,
    populateFromUrl: false,
    persistenceId: null,
    yasqe: { value: params.get("query") || first }
  });
  var tab = yasgui.getTab();
  var yasqe = tab.getYasqe();
  var yasr = tab.getYasr();
  if (params.get("query")) yasqe.setValue(params.get("query"));

  function keepInUrl() {
    var url = new URL(location.href);
    url.search = "?query=" + encodeURIComponent(yasqe.getValue());
    history.replaceState(null, "", url.href);
  }
  yasqe.on("query", keepInUrl);

  // Canned questions.
  var menu = document.getElementById("canned");
  config.queries.forEach(function (q, i) {
    var option = document.createElement("option");
    option.value = String(i);
    option.textContent = q.question;
    menu.appendChild(option);
  });
  menu.addEventListener("change", function () {
    if (menu.value === "") return;
    yasqe.setValue(config.queries[Number(menu.value)].query);
    yasqe.query();
  });

  // Our IRIs open their entity page on this server; other IRIs keep their own links.
  function entityHref(iri) {
    var base = config.resourceBase;
    if (iri.indexOf(base) === 0 && iri.length > base.length) return "/resource/" + iri.slice(base.length);
    return null;
  }
  function relink(root) {
    root.querySelectorAll("a[href]").forEach(function (a) {
      var href = entityHref(a.getAttribute("href"));
      if (!href) return;
      a.setAttribute("href", href);
      a.removeAttribute("target");
      a.classList.add("kg-entity");
    });
  }
  new MutationObserver(function () { relink(yasr.resultsEl || document.body); })
    .observe(document.getElementById("yasgui"), { childList: true, subtree: true });

  // Downloads: the same query again, asked for as CSV or SPARQL JSON.
  function download(accept, extension) {
    var body = new URLSearchParams({ query: yasqe.getValue() });
    fetch("/sparql", { method: "POST", body: body,
                       headers: { "Accept": accept, "Content-Type": "application/x-www-form-urlencoded" } })
      .then(function (resp) { return resp.blob(); })
      .then(function (blob) {
        var a = document.createElement("a");
        a.href = URL.createObjectURL(blob);
        a.download = "kaifang-results." + extension;
        document.body.appendChild(a); a.click(); a.remove();
        setTimeout(function () { URL.revokeObjectURL(a.href); }, 1000);
      });
  }
  document.getElementById("download-csv").addEventListener("click", function () { download("text/csv", "csv"); });
  document.getElementById("download-json").addEventListener("click", function () {
    download("application/sparql-results+json, text/turtle;q=0.9", "json");
  });
  window.kgQuery = { yasgui: yasgui, yasqe: yasqe, yasr: yasr };
})();
