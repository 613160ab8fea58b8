#!/usr/bin/env bash
# Peak memory of the main job against input size: the bundled report repeated 1, 10, 100
# and 1000 times (16.6 KB to 16.6 MB), extracted and printed as JSON by the release binary.
# Usage: benches/memory.sh   (after `cargo build --release --example extract`)
set -euo pipefail
cd "$(dirname "$0")/.."
bin=target/release/examples/extract
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
for n in 1 10 100 1000; do
  for _ in $(seq "$n"); do cat examples/data/shuozhou-2024.txt; done > "$tmp/in.txt"
  size=$(wc -c < "$tmp/in.txt")
  /usr/bin/time -f "x$n: $size bytes in, %e s, peak RSS %M KB" "$bin" --json "$tmp/in.txt" > /dev/null
done
# hostile input: nested titles kept as bounded copies (N and 10 N levels)
for n in 5000 50000; do
  python3 -c "import sys; n=int(sys.argv[1]); print('《〈'*n + '〉》'*n)" "$n" > "$tmp/in.txt"
  size=$(wc -c < "$tmp/in.txt")
  /usr/bin/time -f "nested titles x$n: $size bytes in, %e s, peak RSS %M KB" "$bin" --json "$tmp/in.txt" > /dev/null
done
