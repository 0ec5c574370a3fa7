// Before a form marked data-form-size is sent, checks it against the server's limits
// (data-max-bytes, data-max-fields): the server cannot show a refused body again, so a form
// too large stays in the page with a sentence saying what is too large and the limit.
(function () {
  "use strict";

  function check(event) {
    const form = event.target;
    if (!form.hasAttribute || !form.hasAttribute("data-form-size")) {
      return;
    }
    const data = new FormData(form);
    let fields = 0;
    data.forEach(function () {
      fields += 1;
    });
    // Sent as application/x-www-form-urlencoded: every non-ASCII byte as %XX.
    const bytes = new URLSearchParams(data).toString().length;
    const maxBytes = parseInt(form.dataset.maxBytes, 10);
    const maxFields = parseInt(form.dataset.maxFields, 10);
    let sentence = "";
    if (maxBytes && bytes > maxBytes) {
      sentence = form.dataset.tooLarge.replace("{sent}", (bytes / 1048576).toFixed(1));
    } else if (maxFields && fields > maxFields) {
      sentence = form.dataset.tooManyFields;
    }
    if (!sentence) {
      return;
    }
    event.preventDefault();
    const alert = form.querySelector("[data-form-size-alert]");
    if (alert) {
      alert.textContent = sentence;
      alert.classList.remove("d-none");
      alert.scrollIntoView({ block: "center" });
    }
  }

  document.addEventListener("submit", check);
})();
