# pyjit build entry points. The README's two commands: `make run` and `make test`.
SHELL := /bin/bash

# JDK 25 or newer: $JAVA_HOME if it is one, else the first /usr/lib/jvm/*25* found.
JDK := $(shell \
  v() { "$$1/bin/java" -XX:+IgnoreUnrecognizedVMOptions -version 2>&1 | sed -n 's/.*version "\([0-9]*\).*/\1/p' | head -1; }; \
  if [ -n "$$JAVA_HOME" ] && [ -x "$$JAVA_HOME/bin/java" ] && [ "$$(v $$JAVA_HOME)" -ge 25 ] 2>/dev/null; then echo "$$JAVA_HOME"; \
  else for d in /usr/lib/jvm/*25*; do [ -x "$$d/bin/javac" ] && { echo "$$d"; break; }; done; fi)
ifeq ($(JDK),)
$(error No JDK 25 found. Install one (e.g. Temurin 25 under /usr/lib/jvm) or set JAVA_HOME to a JDK 25 or newer)
endif
export JAVA_HOME := $(JDK)
export PATH := $(JDK)/bin:$(PATH)
# Maven 3.8 itself uses sun.misc.Unsafe; keep its warnings out of our output
export MAVEN_OPTS ?= --sun-misc-unsafe-memory-access=allow

MVN := mvn -B -q -Dstyle.color=never
STDLIB_FILE := build/stdlib-path

.PHONY: all build test run bench clean stdlib-path aot-cache test-cpython

all: build

# Records where CPython 3.11's pure-Python library lives on this machine (DESIGN.md, "Standard library").
stdlib-path:
	@mkdir -p build
	@p=""; for py in python3.11 python3; do \
	  if command -v $$py >/dev/null && [ "$$($$py -c 'import sys;print(sys.version_info[:2]==(3,11))' 2>/dev/null)" = True ]; then \
	    p=$$($$py -c 'import sysconfig;print(sysconfig.get_path("stdlib"))'); break; fi; done; \
	[ -n "$$p" ] || p=/usr/lib/python3.11; echo "$$p" > $(STDLIB_FILE)

build: stdlib-path
	$(MVN) -DskipTests package
	@$(MAKE) --no-print-directory aot-cache

# A JDK AOT cache (JEP 483/514) of the classes a typical run loads: cuts JVM start-up by ~0.6 s.
# Made by a training run after every build, so it always matches the jars; bin/pyjit uses it when present.
# The training (tools/aot/training.py) imports the common standard-library modules (those of
# tools/bench/startup/import_heavy.py) cold and then warm from its own empty object cache, so the Java classes and
# method-handle forms of both kinds of start (parsing and compiling; loading module bytecode and tier-1 classes) are
# in the cache, then runs the demo.
aot-cache:
	@rm -f build/pyjit.aot
	@t=$$(mktemp -d); PYJIT_CACHE_DIR=$$t PYJIT_AOT_TRAINING=build/pyjit.aot bin/pyjit tools/aot/training.py >/dev/null 2>&1 || true; rm -rf "$$t"

# Not quiet: Surefire's per-class and summary "Tests run:" lines are the record of what ran.
test: stdlib-path
	mvn -B -ntp -Dstyle.color=never verify
	@$(MAKE) --no-print-directory aot-cache

# CPython's own regression tests (listed in tools/cpython-tests/modules.txt) under bin/pyjit: a table of
# passed/failed/errored tests per module. Not part of `make test`. CPYTHON_TESTDIR overrides where the
# `test` package is; CPYTHON_TESTS_ARGS adds options (e.g. "--timeout 120 test_re").
test-cpython: stdlib-path
	@python3 tools/cpython-tests/run_cpython_tests.py --interpreter bin/pyjit --stdlib "$$(cat $(STDLIB_FILE))" \
	  $(if $(CPYTHON_TESTDIR),--testdir $(CPYTHON_TESTDIR)) $(CPYTHON_TESTS_ARGS)

# The demo cold, warm and after `pyjit aot` (each with a temporary cache), then `pyjit cache stats`.
run: build
	demo/cache-demo.sh

# The benchmark harness (tools/bench/README.md); BENCH_ARGS adds options, e.g. BENCH_ARGS="--runs 3".
bench: build
	java -Djava.awt.headless=true -Dpyjit.home=$(CURDIR) -cp "tools/target/pyjit.jar:tools/target/lib/*" \
	  org.pyjit.tools.bench.BenchCommand tools/bench/programs --group startup --out bench-results $(BENCH_ARGS)

clean:
	$(MVN) clean
	rm -rf build
