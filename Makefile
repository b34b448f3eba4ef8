# QuoteSearch — the two commands: `make run` and `make test` (also: eval, train, bench, crash).
SHELL := /bin/bash
DOTNET ?= dotnet
CONFIG ?= Release
URLS ?= http://127.0.0.1:5000
INDEX ?= index
SHARED ?= ../shared
CLI := $(DOTNET) src/QuoteSearch.Cli/bin/$(CONFIG)/net10.0/quotesearch.dll
export DOTNET_CLI_TELEMETRY_OPTOUT := 1
export DOTNET_NOLOGO := 1

.PHONY: run test build eval bench train crash clean

build:
	$(DOTNET) build QuoteSearch.sln -c $(CONFIG) --nologo -v quiet

## Index seeds/ into index/ and serve the UI and API on $(URLS).
run: build
	$(CLI) index seeds --index $(INDEX)
	@echo "QuoteSearch: open $(URLS)"
	$(CLI) serve --index $(INDEX) --urls $(URLS)

## Every test; non-zero exit on any failure. Installs Chromium for the browser tests first when it is missing.
test:
	@bash scripts/test-deps.sh
	$(DOTNET) test QuoteSearch.sln -c $(CONFIG) --nologo

## Quality figures against ../shared (skipped when it is absent); ABLATE=UNIT also scores without that unit.
eval: build
	@bash scripts/eval.sh "$(SHARED)" "$(CLI)" "$(ABLATE)"

## Rebuild the speaker model from PolNeAR train in ../shared (fixed seed), print cross-validated figures.
train:
	$(DOTNET) build src/QuoteSearch.Training -c $(CONFIG) --nologo -v quiet
	$(DOTNET) src/QuoteSearch.Training/bin/$(CONFIG)/net10.0/quotesearch-train.dll --shared $(SHARED)

## Speed figures (not part of `make test`); SCALE=840000 adds the index at about 10 million quotes (half an hour, a few GB).
bench:
	@SHARED=$(SHARED) bash scripts/bench.sh

## Crash safety (not part of `make test`, minutes): kill -9 `index` at random moments under CPU load, check the index
## always opens and keeps every committed article, and a re-ingest equals a clean run. KILLS=40 SEED=N ARTICLES=3000.
crash:
	@bash scripts/crash-test.sh

clean:
	$(DOTNET) clean QuoteSearch.sln -c $(CONFIG) --nologo -v quiet
