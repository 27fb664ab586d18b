// appwasm.cjs runs app.wasm itself under Node as the engine's Web Worker
// does (web/engine.js: no document, a whosaidQueue, messages in and out),
// posts one text RUNS times, one after the other, after WARM untimed runs,
// and prints one JSON line: the engine's own time (its step's ms, median
// and range), the process's CPU time an article (less swayed by a loaded
// machine than the wall clock), the first article's, and a hash of the
// document the page would receive (the same bytes between two builds: the
// same output). Written to compare ways of building app.wasm (the README's
// wasm-opt notes); the texts come from `go run ./build/bench -texts DIR`.
//
//   node build/bench/appwasm.cjs web/app.wasm DIR/article.txt 60 20
//
// Under valgrind (cachegrind) with `node --no-liftoff --no-wasm-tier-up
// --single-threaded`, RUNS 30 WARM 1 minus RUNS 0 WARM 1 counts the
// JIT code's instructions of 30 articles.
"use strict";
const goroot = require("child_process").execSync("go env GOROOT").toString().trim();
globalThis.require = require;
globalThis.fs = require("fs");
globalThis.path = require("path");
globalThis.TextEncoder = require("util").TextEncoder;
globalThis.TextDecoder = require("util").TextDecoder;
globalThis.crypto ??= require("crypto");
require(goroot + "/lib/wasm/wasm_exec.js");

const [wasmPath, textPath, runsArg, warmArg] = process.argv.slice(2);
const runs = runsArg !== undefined ? +runsArg : 30, warm = warmArg !== undefined ? +warmArg : 5;
const text = fs.readFileSync(textPath, "utf8");
const bytes = fs.readFileSync(wasmPath);

globalThis.whosaidQueue = [];
let onReply = null, loadMs = 0;
let readyResolve;
const ready = new Promise(r => readyResolve = r);
globalThis.postMessage = (m) => {
  if (m.mark) return;
  if (m.ready) { loadMs = m.loadMs; if (m.loadError) { console.error(m.loadError); process.exit(1); } readyResolve(); return; }
  if (m.error) { console.error("engine error", m.error); process.exit(1); }
  if (m.id !== undefined && !m.partial && onReply) { const f = onReply; onReply = null; f(m); }
};

function post(id) {
  return new Promise(res => {
    const t0 = performance.now(), c0 = process.cpuUsage();
    onReply = (m) => res({ ms: m.ms, wall: performance.now() - t0, cpu: (() => { const c = process.cpuUsage(c0); return (c.user + c.system) / 1000; })(), docBytes: m.doc ? m.doc.length : 0, hash: m.doc ? require('crypto').createHash('sha256').update(m.doc).digest('hex').slice(0,16) : '' });
    globalThis.onmessage({ data: { id, text } });
  });
}

const med = a => { if (!a.length) return 0; const s = [...a].sort((x, y) => x - y); return s[s.length >> 1]; };
(async () => {
  const t0 = performance.now();
  const mod = await WebAssembly.compile(bytes);
  const compileMs = performance.now() - t0;
  const go = new Go();
  go.env = { TMPDIR: require("os").tmpdir() };
  go.exit = (c) => { console.error("go exited", c); process.exit(c || 1); };
  const inst = await WebAssembly.instantiate(mod, go.importObject);
  const t1 = performance.now();
  go.run(inst);
  await ready;
  const startMs = performance.now() - t1;
  let first;
  const ms = [], wall = [], cpu = [];
  for (let i = 0; i < warm + runs; i++) {
    await new Promise(r => setImmediate(r));
    const r = await post(i + 1);
    if (i === 0) first = r;
    if (i >= warm) { ms.push(r.ms); wall.push(r.wall); cpu.push(r.cpu); }
  }
  const f = x => x.toFixed(2);
  console.log(JSON.stringify({ wasm: wasmPath, compileMs: +f(compileMs), startMs: +f(startMs), loadMs: +f(loadMs),
    firstMs: +f(first.ms), docBytes: first.docBytes, hash: first.hash, runs,
    engineMed: +f(med(ms)), engineMin: +f((ms.length ? Math.min(...ms) : 0)), engineMax: +f((ms.length ? Math.max(...ms) : 0)),
    wallMed: +f(med(wall)), cpuMed: +f(med(cpu)), cpuMin: +f(cpu.length ? Math.min(...cpu) : 0), firstCpu: +f(first.cpu) }));
  process.exit(0);
})().catch(e => { console.error(e); process.exit(1); });
