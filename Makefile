# fazhi — one entry point for building, generating and testing everything.
#
#   make run      the main job: the summary of the bundled report (`fazhi summary`)
#   make test     every test: Rust (fmt, clippy, unit, golden, property, schema drift),
#                 C (header drift, shared + static, valgrind), Python (wheel, stubs, pytest,
#                 the review page in headless chromium)
#   make screenshot  regenerate examples/data/review.png, the README's picture of the review page
#   make schema   regenerate schema/*.json
#   make bench    criterion benchmarks (Rust), plus the Python and C timing scripts
#   make bench-cost  instructions per byte and at start-up (callgrind), shape growth
#   make fuzz     every cargo-fuzz target for FUZZ_SECONDS (60) each, when a nightly compiler
#                 is installed (skipped with a message otherwise)

SHELL := /bin/bash
CARGO ?= cargo
PYTHON ?= python3
VENV := .venv
VPY := $(VENV)/bin/python

CAPI := target/capi
CFLAGS_STRICT := -std=c11 -Wall -Wextra -Werror -g -I$(CAPI)/include
STATIC_LIBS := -lgcc_s -lutil -lrt -lpthread -lm -ldl -lc
# "possibly lost" blocks are the regex engine's per-thread caches held by static,
# lazily compiled patterns (interior pointers); a missing free is "definitely lost".
VALGRIND := valgrind --leak-check=full --show-leak-kinds=definite,indirect --errors-for-leak-kinds=definite,indirect --error-exitcode=1 --quiet
FIXTURE := core/tests/data/shuozhou-2024.txt
GOLDEN_FACTS := core/tests/data/shuozhou-2024.facts.tsv
GOLDEN_DOCUMENTS := core/tests/data/shuozhou-2024.documents.tsv
VERSION := $(shell sed -n 's/^version = "\(.*\)"/\1/p' Cargo.toml | head -1)

.PHONY: install run test rust-test c-lib c-test header schema bench bench-c bench-py bench-memory bench-cost valgrind py-install py-test browser screenshot fuzz fuzz-short

# the main job: the tool's summary of the bundled report (builds only the library and the tool)
run:
	$(CARGO) run --locked -p fazhi --features cli -- summary

test: rust-test c-test py-test fuzz-short
	@echo "make test: every stage passed (Rust, C, Python, browser, fuzz)"

# the tests that panic on purpose (at the C and Python boundaries) print the panic's
# message; a backtrace of it would only be noise
export RUST_BACKTRACE := 0

FUZZ_SECONDS ?= 60

fuzz:
	FUZZ_SECONDS=$(FUZZ_SECONDS) fuzz/run.sh

# in the test command: a short run of every target (skipped without a nightly compiler)
fuzz-short:
	FUZZ_SECONDS=20 fuzz/run.sh

rust-test:
	$(CARGO) fmt --all -- --check
	$(CARGO) clippy --locked --workspace --all-targets --all-features -- -D warnings
	$(CARGO) test --locked --workspace --all-features
	RUSTDOCFLAGS="-D warnings" $(CARGO) doc --locked --no-deps --all-features -p fazhi -p fazhi-capi
	# the crate builds alone from its package, the tool included (cargo install from a registry)
	$(CARGO) package --locked --quiet --allow-dirty -p fazhi --features cli,parquet

# libfazhi.{so,a}, fazhi.h and fazhi.pc under target/capi, as C programs link them (-lfazhi)
c-lib:
	$(CARGO) build --locked --release -p fazhi-capi
	mkdir -p $(CAPI)/lib/pkgconfig $(CAPI)/include
	cp target/release/libfazhi_capi.so $(CAPI)/lib/libfazhi.so
	cp target/release/libfazhi_capi.a $(CAPI)/lib/libfazhi.a
	cp capi/include/fazhi.h $(CAPI)/include/fazhi.h
	sed -e 's|@PREFIX@|$(abspath $(CAPI))|' -e 's|@VERSION@|$(VERSION)|' capi/fazhi.pc.in > $(CAPI)/lib/pkgconfig/fazhi.pc

# installs the header, both libraries and fazhi.pc under PREFIX (default /usr/local)
PREFIX ?= /usr/local
install: c-lib
	install -d $(DESTDIR)$(PREFIX)/include $(DESTDIR)$(PREFIX)/lib/pkgconfig
	install -m 644 capi/include/fazhi.h $(DESTDIR)$(PREFIX)/include/fazhi.h
	install -m 755 $(CAPI)/lib/libfazhi.so $(DESTDIR)$(PREFIX)/lib/libfazhi.so
	install -m 644 $(CAPI)/lib/libfazhi.a $(DESTDIR)$(PREFIX)/lib/libfazhi.a
	sed -e 's|@PREFIX@|$(PREFIX)|' -e 's|@VERSION@|$(VERSION)|' capi/fazhi.pc.in > $(DESTDIR)$(PREFIX)/lib/pkgconfig/fazhi.pc

valgrind:
	@command -v valgrind >/dev/null || { apt-get update -qq && apt-get install -y -qq valgrind; }

c-test: c-lib valgrind
	cc $(CFLAGS_STRICT) capi/tests/test_fazhi.c -L$(CAPI)/lib -lfazhi -Wl,-rpath,$(abspath $(CAPI)/lib) -o $(CAPI)/test_shared
	cc $(CFLAGS_STRICT) capi/tests/test_fazhi.c $(CAPI)/lib/libfazhi.a $(STATIC_LIBS) -o $(CAPI)/test_static
	cc $(CFLAGS_STRICT) examples/facts_csv.c -L$(CAPI)/lib -lfazhi -Wl,-rpath,$(abspath $(CAPI)/lib) -o $(CAPI)/facts_csv
	c++ -std=c++17 -Wall -Wextra -Werror -I$(CAPI)/include capi/tests/cpp_compat.cpp -L$(CAPI)/lib -lfazhi -Wl,-rpath,$(abspath $(CAPI)/lib) -o $(CAPI)/cpp_compat
	$(CAPI)/cpp_compat
	$(VALGRIND) $(CAPI)/test_shared $(FIXTURE) $(GOLDEN_FACTS) $(GOLDEN_DOCUMENTS)
	$(VALGRIND) $(CAPI)/test_static $(FIXTURE) $(GOLDEN_FACTS) $(GOLDEN_DOCUMENTS)
	$(VALGRIND) $(CAPI)/facts_csv $(FIXTURE) > $(CAPI)/facts.csv
	test "$$(wc -l < $(CAPI)/facts.csv)" -gt 59
	# the README's install line, into a prefix of the build
	$(MAKE) install PREFIX=$(abspath $(CAPI))/prefix
	test -f $(CAPI)/prefix/include/fazhi.h && test -f $(CAPI)/prefix/lib/libfazhi.a
	grep -q "^prefix=$(abspath $(CAPI))/prefix" $(CAPI)/prefix/lib/pkgconfig/fazhi.pc

# a local virtualenv with the test tools, and the wheel built from py/ by `pip install ./py`
$(VPY):
	$(PYTHON) -m venv $(VENV)
	$(VPY) -m pip install -q --upgrade pip
	$(VPY) -m pip install -q pytest jsonschema pandas pandas-stubs mypy pyarrow polars

# maturin gets its own target dir so that cargo and maturin do not rebuild each other's pyo3
py-install: $(VPY)
	CARGO_TARGET_DIR=$(abspath target/maturin) $(VPY) -m pip install -q --force-reinstall --no-deps ./py

# the review page's browser tests need chromium, its driver and a CJK font (for the
# screenshot); where apt-get cannot install them, those tests are skipped with the reason
browser:
	@command -v chromium >/dev/null && command -v chromedriver >/dev/null || \
	  { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver fonts-wqy-microhei; } || \
	  echo "browser: chromium could not be installed; the browser tests will be skipped"

py-test: py-install browser
	$(VPY) -m pip install -q pyarrow polars
	$(VPY) -m pip install -q nbformat nbclient nbconvert ipykernel || echo "the notebook tools could not be installed; the notebook test will be skipped"
	$(VPY) -m pip install -q selenium || echo "selenium could not be installed; the browser tests will be skipped"
	cd py/tests && $(abspath $(VPY)) -m pytest -q -p no:cacheprovider
	$(VPY) -m mypy.stubtest fazhi --allowlist py/stubtest-allowlist.txt
	$(VPY) -m mypy --strict py/python/fazhi examples/analyst.py examples/review_screenshot.py benches/extract_py.py
	$(VPY) examples/analyst.py > /dev/null

# the README's pictures: the review page of the bundled report, the dashboard of the corpus
screenshot: py-install browser
	$(VPY) -m pip install -q selenium
	$(VPY) examples/review_screenshot.py examples/data/review.png
	$(VPY) examples/review_screenshot.py --dashboard examples/data/dashboard.png core/tests/data/devset/reports

header:
	FAZHI_BLESS=1 $(CARGO) test --locked -p fazhi-capi --test header

schema:
	$(CARGO) run --locked -p fazhi --example export_schema

bench: bench-c bench-py bench-memory
	$(CARGO) bench --locked -p fazhi --bench extract

# instructions per byte and at start-up (callgrind), beside an Aho-Corasick scan; shape growth
bench-cost: valgrind
	CARGO=$(CARGO) benches/cost.sh

bench-memory:
	$(CARGO) build --locked --release --example extract
	benches/memory.sh

bench-py: py-install
	$(VPY) -m pip install -q msgspec || echo "msgspec could not be installed; from_json is timed alone"
	$(VPY) benches/extract_py.py $(FIXTURE)

bench-c: c-lib
	cc -std=c11 -O2 -I$(CAPI)/include benches/extract_c.c $(CAPI)/lib/libfazhi.a $(STATIC_LIBS) -o $(CAPI)/extract_c
	$(CAPI)/extract_c $(FIXTURE) 2000
