// The page before its engine has started. The server sends the page drawn
// (go-app pre-renders it), but the WebAssembly app draws it again when it
// starts, and what was typed into the first drawing would be lost. This
// script keeps it: it shows the article left on the last visit, follows the
// reader's typing, pasting and the Example/Clear buttons, and leaves all
// that in window.whosaidEarly, which the app reads as it starts (boot.go).
// Hand-written because go-app has no hook before its wasm has started.
(function () {
  "use strict";
  var early = { edited: false, replaced: false, focused: false, start: 0, end: 0 };
  window.whosaidEarly = early;

  function keep(box) {
    early.start = box.selectionStart;
    early.end = box.selectionEnd;
  }

  // The server's page shows the example highlighted (a preview, see
  // firstArticle in app/boot.go): hidden while the box holds anything else.
  function preview(box) {
    document.documentElement.classList.toggle("no-preview", box.value !== box.defaultValue);
  }

  function attach() {
    var box = document.getElementById("article");
    if (!box || window.whosaidStarted) {
      return;
    }
    if (box.value !== box.defaultValue) {
      early.edited = true; // typed into before this script ran
      keep(box);
      preview(box);
      return follow(box);
    }
    try {
      var saved = JSON.parse(window.localStorage.getItem("whosaid.article"));
      if (typeof saved === "string" && saved.trim() !== "") {
        box.value = saved;
      }
    } catch (e) {} // nothing kept, or storage refused: the example stays
    preview(box);
    follow(box);
  }

  function follow(box) {
    box.addEventListener("input", function () {
      early.edited = true;
      keep(box);
      preview(box);
    });
    box.addEventListener("focus", function () { early.focused = true; });
    box.addEventListener("blur", function () { early.focused = false; });
    box.addEventListener("select", function () { keep(box); });
    box.addEventListener("keyup", function () { keep(box); });
    box.addEventListener("click", function () { keep(box); });
    var buttons = document.querySelectorAll("[data-early]");
    for (var i = 0; i < buttons.length; i++) {
      buttons[i].addEventListener("click", function (e) {
        // The example is the box's first content, drawn by the server.
        box.value = e.currentTarget.dataset.early === "example" ? box.defaultValue : "";
        early.edited = early.replaced = true; // the app keeps the old one in the library
        early.start = early.end = 0;
        preview(box);
      });
    }
    if (document.activeElement === box) {
      early.focused = true;
      keep(box);
    }
  }

  // The engine's worker (web/engine.js) starts now, while app.wasm
  // downloads and compiles, so that its scripts are loaded when go-app's
  // loader (patched by the server, app/streaming.go) hands it the module
  // it has just compiled; the loader waits for the worker to have it
  // before it runs the page's Go, and the models load while the page
  // draws. The worker's marks go to make bench's timeline. Without
  // workers, the app runs the engine on this thread.
  // What the worker says before the app listens (it may be ready first, or
  // fail to start) waits in whosaidEngineInbox for the app (engine_client).
  window.whosaidWorkerMarks = [];
  window.whosaidEngineInbox = [];
  var engine = null;
  var engineFailed = false;
  var waiting = []; // the loader, until the worker says a word
  function heard() {
    var w = waiting;
    waiting = [];
    for (var i = 0; i < w.length; i++) {
      w[i]();
    }
  }
  if (typeof Worker !== "undefined") {
    try {
      engine = new Worker("/web/engine.js");
      engine.addEventListener("message", function (e) {
        if (e.data && e.data.mark) {
          window.whosaidWorkerMarks.push([e.data.at - performance.timeOrigin, e.data.mark]);
        } else if (window.whosaidEngineInbox) {
          window.whosaidEngineInbox.push(e.data);
        }
        heard();
      });
      engine.addEventListener("error", function (e) {
        engineFailed = true;
        if (window.whosaidEngineInbox) {
          window.whosaidEngineInbox.push({ failed: String(e.message || "the engine's thread could not start") });
        }
        heard();
      });
    } catch (e) { // refused (e.g. by a policy): the app runs the engine itself
      engine = null;
    }
  }
  window.whosaidStartEngine = function (module) {
    if (!engine) {
      return Promise.resolve();
    }
    window.whosaidEngine = engine; // the app reads a failure from the inbox
    if (engineFailed) {
      return Promise.resolve();
    }
    return new Promise(function (started) {
      waiting.push(started);
      engine.postMessage({ module: module });
      setTimeout(started, 1000); // the page does not wait longer for it
    });
  };

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", attach);
  } else {
    attach();
  }
})();
