// Keeps what is typed into the entry or edit form as a draft on the server
// (testimony/drafts.py): sent two seconds after typing pauses, and at least every twenty
// seconds while it goes on; only when something changed. On opening a form with unsaved work,
// "Restore" puts it back field by field, adding the formset rows (persons, indicators, and any
// formset added later) it needs. Drafts travel as [name, value] pairs, whatever the form holds.
// No inline script: the CSP allows 'self' only.
(function () {
  "use strict";

  const QUIET_MS = 2000;
  const MAX_WAIT_MS = 20000;
  const MAX_ROWS = 5000;
  const form = document.querySelector("form[data-draft-save]");
  if (!form) {
    return;
  }
  const status = document.querySelector("[data-draft-status]");
  const offer = document.querySelector("[data-draft-offer]");
  let paused = form.hasAttribute("data-draft-pending");
  let submitting = false;
  let signedOut = false;
  let timer = null;
  let firstChange = 0;
  let sending = null;
  let lastSent = null;
  let typed = false;

  function say(text) {
    if (status && text) {
      status.textContent = text;
    }
  }

  function token() {
    const input = form.querySelector("[name=csrfmiddlewaretoken]");
    return input ? input.value : "";
  }

  function post(url, body) {
    return fetch(url, {
      method: "POST",
      credentials: "same-origin",
      headers: {
        Accept: "application/json",
        "Content-Type": "application/json",
        "X-CSRFToken": token(),
      },
      body: JSON.stringify(body),
    }).then(function (response) {
      if (response.redirected) {
        // Sent to the login page: nobody is signed in any more.
        return { status: 401, signed_out: true };
      }
      return response
        .json()
        .catch(function () {
          return {};
        })
        .then(function (data) {
          data.status = response.status;
          return data;
        });
    });
  }

  function fields() {
    const pairs = [];
    new FormData(form).forEach(function (value, name) {
      if (name !== "csrfmiddlewaretoken" && typeof value === "string") {
        pairs.push([name, value]);
      }
    });
    return pairs;
  }

  function endOfSession(data) {
    signedOut = true;
    clearTimeout(timer);
    say(data.error || "");
    document.dispatchEvent(new CustomEvent("session:signed-out"));
  }

  function save() {
    clearTimeout(timer);
    timer = null;
    firstChange = 0;
    if (paused || submitting || signedOut) {
      return Promise.resolve();
    }
    if (sending) {
      // One at a time, in order: the next one goes when this one is answered.
      return sending.then(save);
    }
    const body = { fields: fields() };
    const text = JSON.stringify(body);
    if (text === lastSent) {
      return Promise.resolve();
    }
    sending = post(form.dataset.draftSave, body)
      .then(function (data) {
        if (data.status === 200 && data.message) {
          lastSent = text;
          say(data.message);
          document.dispatchEvent(new CustomEvent("session:activity", { detail: data }));
        } else if (data.status === 401) {
          endOfSession(data);
        } else {
          say(data.error || form.dataset.draftFailed);
        }
      })
      .catch(function () {
        say(form.dataset.draftFailed);
      })
      .finally(function () {
        sending = null;
      });
    return sending;
  }

  function schedule() {
    if (paused || submitting || signedOut) {
      return;
    }
    typed = true;
    const now = Date.now();
    if (!firstChange) {
      firstChange = now;
    }
    clearTimeout(timer);
    timer = setTimeout(save, now - firstChange >= MAX_WAIT_MS ? 0 : QUIET_MS);
  }

  function valuesByName(pairs) {
    const values = new Map();
    pairs.forEach(function (pair) {
      if (!values.has(pair[0])) {
        values.set(pair[0], []);
      }
      values.get(pair[0]).push(pair[1]);
    });
    return values;
  }

  function matchRows(values) {
    // A formset's TOTAL_FORMS says how many rows the draft had: add the missing ones from the
    // formset's template; rows past them (an edit form's saved rows) would be ignored on save.
    values.forEach(function (list, name) {
      const match = /^(.+)-TOTAL_FORMS$/.exec(name);
      const wanted = parseInt(list[0], 10);
      if (!match || !(wanted >= 0) || wanted > MAX_ROWS) {
        return;
      }
      const total = form.querySelector('[name="' + name + '"]');
      if (!total) {
        return;
      }
      while (window.testimonyFormset && parseInt(total.value, 10) < wanted) {
        const before = total.value;
        window.testimonyFormset.addRow(match[1], false);
        if (total.value === before) {
          break;
        }
      }
      const rowList = form.querySelector('[data-formset-list="' + match[1] + '"]');
      if (rowList) {
        const rows = rowList.querySelectorAll("[data-formset-row]");
        for (let index = rows.length - 1; index >= wanted; index -= 1) {
          rows[index].remove();
        }
      }
      total.value = String(wanted);
    });
  }

  function fill(pairs) {
    const values = valuesByName(pairs);
    matchRows(values);
    Array.prototype.forEach.call(form.elements, function (element) {
      const name = element.name;
      if (!name || name === "csrfmiddlewaretoken" || /-TOTAL_FORMS$/.test(name)) {
        return;
      }
      const list = values.get(name);
      if (element.type === "checkbox" || element.type === "radio") {
        // A browser sends only the boxes that are ticked.
        element.checked = Boolean(list) && list.indexOf(element.value) >= 0;
        return;
      }
      if (!list || ["file", "submit", "button", "reset"].indexOf(element.type) >= 0) {
        return;
      }
      if (element.type === "select-multiple") {
        Array.prototype.forEach.call(element.options, function (option) {
          option.selected = list.indexOf(option.value) >= 0;
        });
        return;
      }
      element.value = list[0];
    });
  }

  function restore(button) {
    const error = offer ? offer.querySelector("[data-draft-offer-error]") : null;
    button.disabled = true;
    post(button.dataset.draftRestore, {})
      .then(function (data) {
        if (data.status === 200 && Array.isArray(data.fields)) {
          fill(data.fields);
          lastSent = JSON.stringify({ fields: fields() });
          paused = false;
          if (offer) {
            offer.remove();
          }
          say(data.message);
          const first = form.querySelector("input:not([type=hidden]), select, textarea");
          if (first) {
            first.focus();
          }
          return;
        }
        if (data.status === 401) {
          endOfSession(data);
        }
        button.disabled = false;
        if (error) {
          error.textContent = data.error || form.dataset.draftFailed;
          error.classList.remove("d-none");
        }
      })
      .catch(function () {
        button.disabled = false;
        if (error) {
          error.textContent = form.dataset.draftFailed;
          error.classList.remove("d-none");
        }
      });
  }

  if (offer) {
    const button = offer.querySelector("[data-draft-restore]");
    if (button) {
      button.hidden = false;
      button.addEventListener("click", function () {
        restore(button);
      });
    }
  }

  form.addEventListener("input", schedule);
  form.addEventListener("change", schedule);
  form.addEventListener("submit", function (event) {
    if (signedOut) {
      // Nobody is signed in to keep it for: the page keeps it until the person signs in.
      event.preventDefault();
      document.dispatchEvent(new CustomEvent("session:signed-out"));
      return;
    }
    submitting = true;
    clearTimeout(timer);
    // Another script (form_size.js) may stop the sending: then typing goes on as before.
    setTimeout(function () {
      if (event.defaultPrevented) {
        submitting = false;
      }
    }, 0);
  });

  // For static/js/session.js: what the form holds goes to the server before the session ends.
  window.testimonyDrafts = {
    flush: function () {
      return typed ? save() : Promise.resolve();
    },
  };
})();
