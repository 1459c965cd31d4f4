/* Keeps a flowchart's image and render status current while the chart is being drawn.
 *
 * The panel (powers/flowchart_panel.html) carries the status URL in data-status-url and the
 * status at page load in data-status. While that is "queued" or "rendering", the status JSON is
 * asked for every 2 seconds; when the render is done the image and links are swapped in, when
 * it failed the reason and the "重新生成" button are shown. Polling stops on done or failed.
 *
 * On a unit's flowchart list (powers/flowchart_list.html), the "新建流程图" form's kind select
 * carries data-suggested-templates ({kind: template id}): choosing a kind picks its template
 * (四议两公开 for a decision chart) until the official picks one themselves, and the category
 * field shows only for a category chart. Without JavaScript every field simply stays visible.
 */
(function () {
  "use strict";

  var PENDING = ["queued", "rendering"];
  var INTERVAL = 2000;
  var MAX_NETWORK_FAILURES = 5;

  function show(element, visible) {
    if (element) {
      element.hidden = !visible;
    }
  }

  function start(panel) {
    var url = panel.getAttribute("data-status-url");
    if (!url || PENDING.indexOf(panel.getAttribute("data-status")) === -1) {
      return;
    }
    var find = function (name) {
      return panel.querySelector("[data-flowchart-" + name + "]");
    };
    var statusText = find("status");
    var failures = 0;

    function update(state) {
      panel.setAttribute("data-status", state.status);
      if (statusText) {
        statusText.textContent = state.status_label;
        statusText.className = "render-status render-" + (state.status || "none");
      }
      var errorText = find("error");
      if (errorText) {
        errorText.textContent = state.error || "";
        show(errorText, Boolean(state.error));
      }
      show(find("retry"), state.status === "failed");
      var stillDrawing = PENDING.indexOf(state.status) !== -1;
      show(find("stale"), stillDrawing && Boolean(state.rendered_hash));
      var image = find("image");
      if (state.svg_url && image && image.getAttribute("src") !== state.svg_url) {
        image.setAttribute("src", state.svg_url);
        show(image, true);
        show(find("placeholder"), false);
        var svgLink = find("svg");
        var pngLink = find("png");
        if (svgLink) {
          svgLink.setAttribute("href", state.svg_url);
        }
        if (pngLink) {
          pngLink.setAttribute("href", state.png_url + "?download=1");
        }
        show(find("links"), true);
      }
      return stillDrawing;
    }

    function poll() {
      fetch(url, { credentials: "same-origin", headers: { Accept: "application/json" } })
        .then(function (response) {
          if (!response.ok) {
            throw new Error("HTTP " + response.status);
          }
          return response.json();
        })
        .then(function (state) {
          failures = 0;
          if (update(state)) {
            window.setTimeout(poll, INTERVAL);
          }
        })
        .catch(function () {
          // A dropped connection: try a few more times, more slowly, then leave the page be.
          failures += 1;
          if (failures < MAX_NETWORK_FAILURES) {
            window.setTimeout(poll, INTERVAL * (failures + 1));
          }
        });
    }

    window.setTimeout(poll, INTERVAL);
  }

  function followKind(kindSelect) {
    var form = kindSelect.form;
    var suggested;
    try {
      suggested = JSON.parse(kindSelect.getAttribute("data-suggested-templates")) || {};
    } catch (error) {
      return;
    }
    var template = form.elements.namedItem("template");
    var category = form.elements.namedItem("category");
    var categoryField = category && category.closest ? category.closest(".field") : null;
    var chosenByHand = false;
    if (template) {
      template.addEventListener("change", function () {
        chosenByHand = true;
      });
    }

    function apply(event) {
      var kind = kindSelect.value;
      var wanted = suggested[kind];
      // At page load the server has already chosen (or kept the official's choice).
      if (event && template && wanted && !chosenByHand) {
        template.value = wanted;
      }
      // A category that was chosen and has an error stays visible, whatever the kind.
      if (categoryField && !categoryField.classList.contains("has-error")) {
        categoryField.hidden = kind !== "category";
      }
    }

    kindSelect.addEventListener("change", apply);
    apply(null);
  }

  function init() {
    var panels = document.querySelectorAll("[data-status-url]");
    for (var i = 0; i < panels.length; i += 1) {
      start(panels[i]);
    }
    var kinds = document.querySelectorAll("select[data-suggested-templates]");
    for (var j = 0; j < kinds.length; j += 1) {
      followKind(kinds[j]);
    }
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", init);
  } else {
    init();
  }
})();
