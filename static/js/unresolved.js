// The unresolved list of the redaction page: K keeps, R redacts, A redacts every mention of
// the same word and G generalises the item that has the focus (the item itself or one of its buttons). After a decision the server
// sends the page back at #unresolved, and the focus goes to the first item still listed, so
// a reviewer can work down the list with the keyboard alone.
(function () {
  "use strict";

  const CHOICES = { k: "keep", r: "redact", a: "redact_all", g: "generalise" };

  document.addEventListener("keydown", function (event) {
    if (event.ctrlKey || event.metaKey || event.altKey || event.repeat) {
      return;
    }
    const focused = document.activeElement;
    const item = focused && focused.closest ? focused.closest("[data-unresolved-item]") : null;
    if (!item || focused.matches("input, textarea, select")) {
      return;
    }
    const choice = CHOICES[event.key.toLowerCase()];
    const button = choice ? item.querySelector('button[data-choice="' + choice + '"]') : null;
    if (button) {
      event.preventDefault();
      button.click();
    }
  });

  if (window.location.hash === "#unresolved") {
    const first = document.querySelector("[data-unresolved-item]");
    if (first) {
      first.focus();
    }
  }
})();
