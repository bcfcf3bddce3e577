/* The job search, enhanced: filters apply as soon as they change, shared addresses carry
   only the parameters in use, and on wide screens the filter panel stays open. Without
   this script the same form works with its buttons. */
(function () {
  "use strict";
  var form = document.querySelector("form.job-search");
  if (!form) return;
  document.documentElement.classList.add("js");
  var panel = form.querySelector("details.filters-panel");
  var wide = window.matchMedia("(min-width: 861px)");
  var KEY = "job-search-focus";

  function openOnWideScreens() {
    if (panel && wide.matches) panel.open = true;
  }
  openOnWideScreens();
  if (wide.addEventListener) wide.addEventListener("change", openOnWideScreens);

  // After a filter applied itself on a phone, reopen the panel where the reader was.
  var remembered = null;
  try {
    remembered = window.sessionStorage.getItem(KEY);
    window.sessionStorage.removeItem(KEY);
  } catch (error) {
    remembered = null;
  }
  if (remembered && panel) {
    panel.open = true;
    var parts = remembered.split("\n");
    var control = Array.prototype.filter.call(form.elements, function (element) {
      return element.name === parts[0] && (element.type !== "checkbox" || element.value === parts[1]);
    })[0];
    if (control) control.focus();
  }

  function unused(element) {
    if (!element.name || element.disabled) return false;
    if (element.type === "checkbox") return false; // unticked boxes are not sent anyway
    if (element.name === "sort") return element.value === "newest";
    if (element.name === "currency") {
      var amount = form.elements.namedItem("min_salary");
      return !amount || amount.value === "";
    }
    return element.value === "";
  }

  form.addEventListener("submit", function () {
    Array.prototype.forEach.call(form.elements, function (element) {
      if (unused(element)) element.disabled = true;
    });
  });
  // Coming back to the page from history shows the form as it was, usable again.
  window.addEventListener("pageshow", function () {
    Array.prototype.forEach.call(form.elements, function (element) {
      element.disabled = false;
    });
  });

  form.addEventListener("change", function (event) {
    var target = event.target;
    if (!target.name || target.type === "search" || target.type === "text") return;
    if (panel && panel.open && !wide.matches) {
      try {
        window.sessionStorage.setItem(KEY, target.name + "\n" + target.value);
      } catch (error) {
        /* private mode: the panel simply stays closed */
      }
    }
    if (form.requestSubmit) form.requestSubmit();
    else form.submit();
  });
})();
