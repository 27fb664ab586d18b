// The engine's thread (a dedicated Web Worker): the page posts it the
// app.wasm module it has compiled (one download, one compile), and the Go
// program, seeing no document, runs the engine here instead of the page
// (app/engine_worker_wasm.go): it loads the models and annotates each text
// the page posts, so the page's thread never waits for the engine.
// Hand-written because go-app starts its wasm on the page's thread only.
"use strict";
importScripts("/wasm_exec.js"); // Go's runtime glue, served by go-app

var waiting = []; // texts posted before Go has started: Go takes them
self.whosaidQueue = waiting;

self.onmessage = function (e) {
  if (!e.data || !e.data.module) {
    waiting.push(e.data);
    return;
  }
  mark("module-received"); // the page goes on drawing once it knows
  var go = new Go();
  WebAssembly.instantiate(e.data.module, go.importObject).then(function (instance) {
    go.run(instance); // Go takes over onmessage
  }, function (err) {
    self.postMessage({ failed: String(err) });
  });
};

function mark(name) {
  self.postMessage({ mark: name, at: performance.timeOrigin + performance.now() });
}

self.onmessageerror = function () {
  self.postMessage({ failed: "the engine's code could not be handed to its thread" });
};
