// Turns a text selection inside a narrative into offsets for the "Redact the selection" form.
// Offsets count code points of the narrative as rendered, as Python's str does: the server
// builds that element without added whitespace from the stored text (LF line breaks, NFC), so
// they index the stored text. Never UTF-16 units: an emoji or a rare Hanja before the selection
// would shift them. The selected text goes with them, so the server can check it.
// A selection made with the mouse, the keyboard (Shift + arrows, with caret browsing) or a
// finger fills the form: "selectionchange" sees them all, "mouseup" and "keyup" answer at once.
(function () {
  "use strict";

  function codePoints(text) {
    return Array.from(text).length;
  }

  function offsetWithin(container, node, offset) {
    const range = document.createRange();
    range.setStart(container, 0);
    range.setEnd(node, offset);
    return codePoints(range.toString());
  }

  function narrativeOf(node) {
    const element = node.nodeType === Node.ELEMENT_NODE ? node : node.parentElement;
    return element ? element.closest(".redaction-text") : null;
  }

  function onSelection() {
    const form = document.getElementById("redact-selection");
    const selection = window.getSelection();
    if (!form || !selection || selection.rangeCount === 0 || selection.isCollapsed) {
      return;
    }
    const range = selection.getRangeAt(0);
    const container = narrativeOf(range.commonAncestorContainer);
    if (!container) {
      return;
    }
    const start = offsetWithin(container, range.startContainer, range.startOffset);
    const end = offsetWithin(container, range.endContainer, range.endOffset);
    if (end <= start) {
      return;
    }
    const selected = range.toString();
    form.elements.field.value = container.dataset.field;
    form.elements.start.value = String(start);
    form.elements.end.value = String(end);
    form.elements.selected.value = selected;
    form.querySelector("[data-selection-preview]").textContent = selected;
    form.querySelector("button[type=submit]").disabled = false;
    const register = form.querySelector("[data-register-selection]");
    if (register) {
      register.disabled = false;
    }
  }

  // "Register the selection as a person": the selected words become the name to register,
  // on one line, and the cursor goes to the registration form to choose the role.
  function onRegisterSelection(event) {
    const button = event.target.closest("[data-register-selection]");
    if (!button) {
      return;
    }
    const selected = button.form.elements.selected.value.split(/\s+/).join(" ").trim();
    const name = document.getElementById("id_person-name");
    if (!selected || !name) {
      return;
    }
    name.value = selected;
    name.scrollIntoView({ block: "center" });
    name.focus();
  }

  let pending = null;
  function onSelectionChange() {
    // Dragging a handle on a touch screen fires this many times a second: wait until it rests.
    window.clearTimeout(pending);
    pending = window.setTimeout(onSelection, 150);
  }

  document.addEventListener("click", onRegisterSelection);
  document.addEventListener("mouseup", onSelection);
  document.addEventListener("keyup", onSelection);
  document.addEventListener("touchend", onSelectionChange);
  document.addEventListener("selectionchange", onSelectionChange);
})();
