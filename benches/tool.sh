#!/usr/bin/env bash
# The fazhi tool on a folder of 1,000 reports (about 18 MB): throughput with 1 and 2 threads
# to JSON lines and to Parquet, and the peak memory (the tool streams: it never holds every
# report). Each file is one of the development corpus's passages followed by the bundled
# report; one in ten is saved as GB18030, one in ten as a web page. Each configuration runs
# three times and the best is shown.
#
# Usage: benches/tool.sh [N]     (N files, default 1000; builds the tool in release first)
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-1000}
cargo build --quiet --locked --release -p fazhi --features cli,parquet --bin fazhi
bin=target/release/fazhi
corpus=target/bench-corpus-$n
if [ ! -d "$corpus" ]; then
  mkdir -p "$corpus"
  python3 - "$n" "$corpus" <<'EOF'
import pathlib, sys
n, out = int(sys.argv[1]), pathlib.Path(sys.argv[2])
fixture = pathlib.Path("examples/data/shuozhou-2024.txt").read_text(encoding="utf-8")
passages = sorted(pathlib.Path("core/tests/data/devset/reports").glob("*.txt"))
for i in range(n):
    text = passages[i % len(passages)].read_text(encoding="utf-8") + "\n" + fixture
    if i % 10 == 3:
        (out / f"r{i:05}.txt").write_bytes(text.encode("gb18030"))
    elif i % 10 == 7:
        body = "".join(f"<p>{line}</p>" for line in text.splitlines())
        (out / f"r{i:05}.html").write_text(f"<html><head><title>r{i}</title></head><body><div id=\"zoom\">{body}</div></body></html>", encoding="utf-8")
    else:
        (out / f"r{i:05}.txt").write_text(text, encoding="utf-8")
EOF
fi
echo "corpus: $(ls "$corpus" | wc -l) files, $(du -sb "$corpus" | cut -f1) bytes"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
# one configuration, best of three runs (this machine's timings vary from run to run):
# the tool's MB/s and the peak resident memory of the best run
run() {
  local label=$1; shift
  local best=""
  for _ in 1 2 3; do
    rm -rf "$tmp/pq"
    /usr/bin/time -f "peak RSS %M KB" "$bin" extract "$corpus" --no-progress "$@" > /dev/null 2> "$tmp/err" || true
    local rate rss
    rate=$(sed -n 's/^fazhi:.*(\([0-9.]*\) MB\/s.*/\1/p' "$tmp/err")
    rss=$(grep -o 'peak RSS [0-9]* KB' "$tmp/err")
    if [ -z "$best" ] || awk "BEGIN{exit !($rate > ${best%% *})}"; then best="$rate MB/s, $rss"; fi
  done
  echo "$label: $best"
}
for threads in 1 2; do
  run "jsonl,   $threads thread(s)" --threads "$threads"
  run "parquet, $threads thread(s)" --threads "$threads" --format parquet --out "$tmp/pq/"
done
