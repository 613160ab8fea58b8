#!/usr/bin/env bash
# Runs every fuzz target for FUZZ_SECONDS (default 60) each with libFuzzer, from a copy of the
# seed corpus and with the report dictionary; prints the executions of each. Needs a nightly
# compiler (`rustup toolchain install nightly`); without one it says so and exits 0, so that
# the test command runs everywhere. Builds the targets as cargo-fuzz does, without needing
# cargo-fuzz itself. A crash leaves its input in fuzz/artifacts/<target>/ and fails the run.
#   fuzz/run.sh                      # 60 s per target
#   FUZZ_SECONDS=600 fuzz/run.sh     # a long run
#   fuzz/run.sh extract figure       # some targets only
set -euo pipefail
cd "$(dirname "$0")"
seconds=${FUZZ_SECONDS:-60}
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(extract figure from_json capi report_like page walker registry)
if ! rustup run nightly rustc --version >/dev/null 2>&1; then
  echo "fuzz: skipped, no nightly Rust toolchain (rustup toolchain install nightly to fuzz)"
  exit 0
fi
export RUSTFLAGS="--cfg fuzzing -Cpasses=sancov-module -Cllvm-args=-sanitizer-coverage-level=4 \
  -Cllvm-args=-sanitizer-coverage-inline-8bit-counters -Cllvm-args=-sanitizer-coverage-pc-table \
  -Cllvm-args=-sanitizer-coverage-trace-compares -Cdebug-assertions -Coverflow-checks"
export CARGO_TARGET_DIR=target
# an explicit target keeps the instrumentation off build scripts and proc macros
host=$(rustup run nightly rustc -vV | sed -n 's/^host: //p')
rustup run nightly cargo build --quiet --release --bins --target "$host"
for t in "${targets[@]}"; do
  work=$(mktemp -d)
  cp -r "corpus/$t/." "$work/" 2>/dev/null || true
  mkdir -p "artifacts/$t"
  log=$(mktemp)
  if ! "target/$host/release/$t" "$work" -dict=report.dict -max_total_time="$seconds" \
      -artifact_prefix="artifacts/$t/" -print_final_stats=1 -close_fd_mask=3 >"$log" 2>&1; then
    tail -40 "$log"
    echo "fuzz: $t FAILED (input in fuzz/artifacts/$t/)"
    exit 1
  fi
  runs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' || echo '?')
  echo "fuzz: $t clean, $runs executions in ${seconds} s"
  rm -rf "$work" "$log"
done
