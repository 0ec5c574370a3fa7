// Proposals while typing a company, body or site on the entry page: the recorded entities whose
// name matches (testimony:entity_suggest), each offered as "Link to X (3 testimonies)", and
// "Create new". Choosing "Create new" marks the proposals shown as not the same (the hidden
// <name>_not_same field, and the <name>_new box when one has exactly the typed name), so the form
// creates a new entity instead of linking to the recorded one. A combobox with a listbox:
// up/down move, Enter chooses, Escape closes. Without this script the datalists still offer
// the recorded names. No inline script: the CSP allows 'self' only.
(function () {
  "use strict";

  const config = document.querySelector("[data-entity-suggest-config]");
  if (!config) {
    return;
  }
  const status = document.querySelector("[data-entity-suggest-status]");
  const DELAY = 250;
  let timer = null;
  let sequence = 0;

  function text(template, values) {
    return template.replace(/\{(\w+)\}/g, function (whole, key) {
      return key in values ? String(values[key]) : whole;
    });
  }

  function field(input, suffix) {
    return input.form ? input.form.elements.namedItem(input.name + suffix) : null;
  }

  function announce(message) {
    if (status) {
      status.textContent = message;
    }
  }

  function listboxOf(input) {
    return document.getElementById(input.id + "-proposals");
  }

  function enhance(input) {
    if (input.dataset.entitySuggestReady) {
      return;
    }
    input.dataset.entitySuggestReady = "1";
    // The listbox replaces the datalist (kept in the page for browsers without this script).
    input.removeAttribute("list");
    const listbox = document.createElement("ul");
    listbox.id = input.id + "-proposals";
    listbox.className = "list-group entity-proposals";
    listbox.setAttribute("role", "listbox");
    listbox.setAttribute("aria-label", config.dataset.listboxLabel);
    listbox.hidden = true;
    input.insertAdjacentElement("afterend", listbox);
    input.setAttribute("role", "combobox");
    input.setAttribute("aria-autocomplete", "list");
    input.setAttribute("aria-expanded", "false");
    input.setAttribute("aria-controls", listbox.id);
  }

  function close(input) {
    const listbox = listboxOf(input);
    if (listbox) {
      listbox.hidden = true;
      listbox.replaceChildren();
    }
    input.setAttribute("aria-expanded", "false");
    input.removeAttribute("aria-activedescendant");
  }

  function options(input) {
    const listbox = listboxOf(input);
    return listbox ? Array.from(listbox.querySelectorAll("[role=option]")) : [];
  }

  function activate(input, index) {
    const all = options(input);
    all.forEach(function (option, at) {
      const active = at === index;
      option.setAttribute("aria-selected", active ? "true" : "false");
      option.classList.toggle("active", active);
    });
    if (index >= 0 && index < all.length) {
      input.setAttribute("aria-activedescendant", all[index].id);
      all[index].scrollIntoView({ block: "nearest" });
    } else {
      input.removeAttribute("aria-activedescendant");
    }
  }

  function activeIndex(input) {
    const id = input.getAttribute("aria-activedescendant");
    return options(input).findIndex(function (option) {
      return option.id === id;
    });
  }

  function choose(input, option) {
    const notSame = field(input, "_not_same");
    const isNew = field(input, "_new");
    if (option.dataset.uuid) {
      input.value = option.dataset.name;
      if (notSame) {
        notSame.value = "";
      }
      if (isNew && isNew.dataset.entitySuggestTicked) {
        isNew.checked = false;
        delete isNew.dataset.entitySuggestTicked;
      }
    } else {
      const shown = options(input).filter(function (other) {
        return other.dataset.uuid;
      });
      if (notSame) {
        notSame.value = shown
          .map(function (other) {
            return other.dataset.uuid;
          })
          .join(",");
      }
      const exact = shown.some(function (other) {
        return other.dataset.exact === "true";
      });
      if (isNew && exact && !isNew.checked) {
        isNew.checked = true;
        isNew.dataset.entitySuggestTicked = "1";
      }
    }
    close(input);
    input.focus();
  }

  function addOption(input, listbox, index, label, data) {
    const option = document.createElement("li");
    option.id = input.id + "-proposal-" + index;
    option.className = "list-group-item list-group-item-action";
    option.setAttribute("role", "option");
    option.setAttribute("aria-selected", "false");
    option.textContent = label;
    Object.keys(data).forEach(function (key) {
      option.dataset[key] = data[key];
    });
    // mousedown, not click: the input keeps the focus (no blur closes the list first).
    option.addEventListener("mousedown", function (event) {
      event.preventDefault();
      choose(input, option);
    });
    listbox.appendChild(option);
  }

  function show(input, typed, results) {
    const listbox = listboxOf(input);
    listbox.replaceChildren();
    results.forEach(function (result, index) {
      const name = result.name_ko && result.name_ko !== result.name
        ? result.name + " (" + result.name_ko + ")"
        : result.name;
      const template = result.testimonies === 1 ? config.dataset.linkOne : config.dataset.linkMany;
      addOption(input, listbox, index, text(template, { name: name, count: result.testimonies }), {
        uuid: result.uuid,
        name: result.name,
        exact: String(result.exact),
      });
    });
    addOption(input, listbox, results.length, text(config.dataset.create, { name: typed }), {});
    listbox.hidden = false;
    input.setAttribute("aria-expanded", "true");
    announce(
      results.length
        ? text(config.dataset.status, { count: results.length })
        : config.dataset.none
    );
  }

  function lookUp(input) {
    const typed = input.value.trim();
    if (!typed) {
      close(input);
      return;
    }
    const mine = ++sequence;
    const url = new URL(config.dataset.url, window.location.href);
    url.searchParams.set("kind", input.dataset.entitySuggest || "all");
    url.searchParams.set("q", typed.slice(0, 200));
    fetch(url, { headers: { Accept: "application/json" }, credentials: "same-origin" })
      .then(function (response) {
        return response.ok ? response.json() : null;
      })
      .then(function (answer) {
        // Only the answer to the latest keystroke, and only while the field has the focus.
        if (mine !== sequence || document.activeElement !== input) {
          return;
        }
        if (!answer || !Array.isArray(answer.results)) {
          close(input);
          return;
        }
        show(input, typed, answer.results);
      })
      .catch(function () {
        close(input);
      });
  }

  document.addEventListener("focusin", function (event) {
    const input = event.target.closest && event.target.closest("input[data-entity-suggest]");
    if (input) {
      enhance(input);
    }
  });

  document.addEventListener("input", function (event) {
    const input = event.target.closest && event.target.closest("input[data-entity-suggest]");
    if (!input) {
      return;
    }
    enhance(input);
    // A new name typed: what was set aside for the previous one no longer applies.
    const notSame = field(input, "_not_same");
    if (notSame) {
      notSame.value = "";
    }
    const isNew = field(input, "_new");
    if (isNew && isNew.dataset.entitySuggestTicked) {
      isNew.checked = false;
      delete isNew.dataset.entitySuggestTicked;
    }
    window.clearTimeout(timer);
    timer = window.setTimeout(function () {
      lookUp(input);
    }, DELAY);
  });

  document.addEventListener("keydown", function (event) {
    const input = event.target.closest && event.target.closest("input[data-entity-suggest]");
    if (!input || input.getAttribute("aria-expanded") !== "true") {
      return;
    }
    const all = options(input);
    const at = activeIndex(input);
    if (event.key === "ArrowDown") {
      event.preventDefault();
      activate(input, at + 1 >= all.length ? 0 : at + 1);
    } else if (event.key === "ArrowUp") {
      event.preventDefault();
      activate(input, at <= 0 ? all.length - 1 : at - 1);
    } else if (event.key === "Enter" && at >= 0) {
      event.preventDefault();
      choose(input, all[at]);
    } else if (event.key === "Escape") {
      event.preventDefault();
      close(input);
    }
  });

  document.addEventListener("focusout", function (event) {
    const input = event.target.closest && event.target.closest("input[data-entity-suggest]");
    if (input) {
      window.setTimeout(function () {
        if (document.activeElement !== input) {
          close(input);
        }
      }, 150);
    }
  });
})();
