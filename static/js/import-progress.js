// Follows a posting import in admin: polls its progress and reloads the page once the
// step is over, so the report appears without a manual reload.
(function () {
  "use strict";
  var box = document.getElementById("import-progress-box");
  if (!box) return;
  var bar = document.getElementById("import-progress");
  var text = document.getElementById("import-progress-text");
  var status = document.getElementById("import-status");
  var started = status.getAttribute("data-status");

  function show(data) {
    if (data.fraction === null || data.fraction === undefined) {
      bar.removeAttribute("value");
    } else {
      bar.value = data.fraction;
      bar.textContent = Math.round(data.fraction * 100) + "%";
    }
    var verb = data.status === "checking" ? "Checked " : "Imported ";
    text.textContent = verb + data.rows.toLocaleString("en-US") + " rows so far.";
  }

  function poll() {
    fetch(box.getAttribute("data-url"), { credentials: "same-origin", headers: { Accept: "application/json" } })
      .then(function (response) { return response.json(); })
      .then(function (data) {
        if (data.status !== started || !data.running) {
          window.location.reload();
          return;
        }
        show(data);
        window.setTimeout(poll, 1000);
      })
      .catch(function () { window.setTimeout(poll, 3000); });
  }
  window.setTimeout(poll, 500);
})();
