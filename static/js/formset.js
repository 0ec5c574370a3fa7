// Adds a blank row to a Django inline formset from its <template>, keeping the
// management form's TOTAL_FORMS in step (window.testimonyFormset.addRow for other scripts). No inline script: the CSP allows 'self' only.
(function () {
  "use strict";

  function addRow(prefix, focus) {
    const list = document.querySelector('[data-formset-list="' + prefix + '"]');
    const template = document.querySelector('[data-formset-template="' + prefix + '"]');
    const total = document.getElementById("id_" + prefix + "-TOTAL_FORMS");
    if (!list || !template || !total) {
      return;
    }
    const index = parseInt(total.value, 10);
    const html = template.innerHTML.replace(/__prefix__/g, String(index));
    list.insertAdjacentHTML("beforeend", html);
    total.value = String(index + 1);
    if (focus === false) {
      return;
    }
    const rows = list.querySelectorAll("[data-formset-row]");
    const first = rows[rows.length - 1].querySelector("select, input:not([type=hidden]), textarea");
    if (first) {
      first.focus();
    }
  }

  document.addEventListener("click", function (event) {
    const button = event.target.closest("[data-formset-add]");
    if (button) {
      event.preventDefault();
      addRow(button.getAttribute("data-formset-add"));
    }
  });

  // For static/js/drafts.js, which adds the rows a restored draft needs.
  window.testimonyFormset = { addRow: addRow };
})();
