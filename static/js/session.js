// Warns before the idle sign-out (accounts.middleware.SessionTimeoutMiddleware) with a dialog
// whose "Stay signed in" counts as activity; when the session ends, says so and lets the entry
// form send what it holds first (static/js/drafts.js), which the server keeps as a draft.
// Asking how long is left (accounts:session_status) does not count as activity.
(function () {
  "use strict";

  const dialog = document.querySelector("dialog[data-session-warning]");
  if (!dialog || typeof dialog.showModal !== "function") {
    return;
  }
  // The server records activity at most once a minute: its clock may have started that early.
  const WRITE_INTERVAL = 60;
  const idle = parseInt(dialog.dataset.idleSeconds, 10);
  const warn = parseInt(dialog.dataset.warnSeconds, 10);
  const keepAlive = dialog.querySelector("form[data-session-keep-alive]");
  const countdown = dialog.querySelector("[data-session-countdown]");
  const active = dialog.querySelector("[data-session-active]");
  const ended = dialog.querySelector("[data-session-ended]");
  const closer = dialog.querySelector("[data-session-close]");
  let checkTimer = null;
  let tickTimer = null;
  let deadline = 0;
  let over = false;

  function ask(url, method) {
    const headers = { Accept: "application/json" };
    if (method === "POST") {
      headers["X-CSRFToken"] = keepAlive.querySelector("[name=csrfmiddlewaretoken]").value;
    }
    return fetch(url, { method: method, credentials: "same-origin", headers: headers }).then(
      function (response) {
        if (response.status === 401 || response.redirected) {
          return { signedOut: true };
        }
        if (!response.ok) {
          throw new Error(String(response.status));
        }
        return response.json();
      }
    );
  }

  function schedule(secondsLeft) {
    clearTimeout(checkTimer);
    checkTimer = setTimeout(check, Math.max(1, secondsLeft - warn) * 1000);
  }

  function close() {
    clearTimeout(tickTimer);
    if (dialog.open) {
      dialog.close();
    }
  }

  function answer(data) {
    if (data.signedOut) {
      signedOut();
    } else if (data.seconds_left > warn) {
      close();
      schedule(data.seconds_left);
    } else if (data.seconds_left > 0) {
      warnFor(data.seconds_left, Boolean(data.at_limit));
    } else {
      end();
    }
  }

  function check() {
    if (over) {
      return;
    }
    ask(dialog.dataset.statusUrl, "GET")
      .then(answer)
      .catch(function () {
        // The server did not answer: ask again a little later.
        schedule(warn + 30);
      });
  }

  function show(part) {
    active.hidden = part !== active;
    ended.hidden = part !== ended;
    if (!dialog.open) {
      dialog.showModal();
    }
  }

  function tick() {
    clearTimeout(tickTimer);
    const left = Math.max(0, Math.round((deadline - Date.now()) / 1000));
    countdown.textContent = Math.floor(left / 60) + ":" + String(left % 60).padStart(2, "0");
    if (left <= 0) {
      end();
      return;
    }
    tickTimer = setTimeout(tick, 1000);
  }

  function warnFor(seconds, atLimit) {
    deadline = Date.now() + seconds * 1000;
    const wasOpen = dialog.open;
    // At the session's absolute end, staying cannot help: the dialog says to save instead.
    dialog.querySelector("[data-session-idle-reason]").hidden = atLimit;
    dialog.querySelector("[data-session-limit-reason]").hidden = !atLimit;
    keepAlive.hidden = atLimit;
    closer.hidden = !atLimit;
    show(active);
    if (!wasOpen) {
      (atLimit ? closer : keepAlive.querySelector("button")).focus();
    }
    tick();
  }

  function end() {
    clearTimeout(tickTimer);
    const drafts = window.testimonyDrafts;
    const flushed = drafts ? drafts.flush() : Promise.resolve();
    flushed.then(function () {
      checkTimer = setTimeout(check, 1500);
    });
  }

  function signedOut() {
    if (over) {
      return;
    }
    over = true;
    clearTimeout(checkTimer);
    clearTimeout(tickTimer);
    show(ended);
    const link = ended.querySelector("a");
    if (link) {
      link.focus();
    }
  }

  keepAlive.addEventListener("submit", function (event) {
    event.preventDefault();
    ask(keepAlive.action, "POST")
      .then(answer)
      .catch(function () {
        // Left open: the button can be pressed again.
      });
  });
  closer.addEventListener("click", function () {
    // The countdown goes on: at its end the form's work is sent and kept as a draft.
    dialog.close();
  });
  // Once signed out, the dialog stays: what is typed behind it could not be kept.
  dialog.addEventListener("cancel", function (event) {
    if (over) {
      event.preventDefault();
    }
  });
  document.addEventListener("session:activity", function (event) {
    if (!over && event.detail && event.detail.seconds_left > warn) {
      close();
      schedule(event.detail.seconds_left);
    }
  });
  document.addEventListener("session:signed-out", signedOut);

  schedule(idle - WRITE_INTERVAL);
})();
