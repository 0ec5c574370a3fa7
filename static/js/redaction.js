// Turns a text selection inside a narrative into character offsets for the "Redact the
// selection" form. Offsets count characters of the narrative as rendered: the server builds
// that element without added whitespace, so they match the stored text.
(function () {
  "use strict";

  function offsetWithin(container, node, offset) {
    const range = document.createRange();
    range.setStart(container, 0);
    range.setEnd(node, offset);
    return range.toString().length;
  }

  function onSelection() {
    const form = document.getElementById("redact-selection");
    const selection = window.getSelection();
    if (!form || !selection || selection.rangeCount === 0 || selection.isCollapsed) {
      return;
    }
    const range = selection.getRangeAt(0);
    const container = range.commonAncestorContainer.nodeType === Node.ELEMENT_NODE
      ? range.commonAncestorContainer.closest(".redaction-text")
      : range.commonAncestorContainer.parentElement.closest(".redaction-text");
    if (!container) {
      return;
    }
    const start = offsetWithin(container, range.startContainer, range.startOffset);
    const end = offsetWithin(container, range.endContainer, range.endOffset);
    if (end <= start) {
      return;
    }
    form.elements.field.value = container.dataset.field;
    form.elements.start.value = String(start);
    form.elements.end.value = String(end);
    form.querySelector("[data-selection-preview]").textContent = range.toString();
    form.querySelector("button[type=submit]").disabled = false;
  }

  document.addEventListener("mouseup", onSelection);
  document.addEventListener("keyup", onSelection);
})();
