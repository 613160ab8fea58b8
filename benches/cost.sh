#!/usr/bin/env bash
# What fazhi costs in instructions, which are the same on any machine (callgrind counts them):
#
# * per byte of report text, marginal: `fazhi extract --format json --threads 1` on 16 copies
#   of the bundled report against one copy, so that start-up cancels out;
# * start-up: the same command on a one-sentence report (everything built before the first
#   report, the lazily built matchers included);
# * beside them, one Aho-Corasick pass of the registry's cue words over the same texts
#   (benches/cue_scan.rs), the floor any reader of those words pays;
# * growth: each hostile shape at 3000 repetitions against 300 (10x input; linear is ~10x).
#
#   make bench-cost            (needs valgrind: `make valgrind` installs it)
set -euo pipefail
cd "$(dirname "$0")/.."
command -v valgrind >/dev/null || { echo "bench-cost needs valgrind (make valgrind)" >&2; exit 2; }
CARGO=${CARGO:-cargo}
$CARGO build --locked --release -q -p fazhi --features cli --bins --example cue_scan
tool=target/release/fazhi
scan=target/release/examples/cue_scan
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

fixture=examples/data/shuozhou-2024.txt
cp "$fixture" "$work/x1.txt"
for _ in $(seq 16); do cat "$fixture"; echo; done > "$work/x16.txt"
printf '2024年，全市共受理行政复议案件291件，同比增长12%%。\n' > "$work/sentence.txt"

instructions() {
    valgrind --tool=callgrind --callgrind-out-file=/dev/null "$@" 2>&1 >/dev/null \
        | sed -n 's/.*Collected : \([0-9]*\).*/\1/p'
}
extract() { instructions "$tool" extract --format json --threads 1 "$1"; }
bytes() { wc -c < "$1"; }

x1=$(extract "$work/x1.txt"); x16=$(extract "$work/x16.txt"); one=$(extract "$work/sentence.txt")
s1=$(instructions "$scan" "$work/x1.txt"); s16=$(instructions "$scan" "$work/x16.txt")
s0=$(instructions "$scan" "$work/sentence.txt")
b1=$(bytes "$work/x1.txt"); b16=$(bytes "$work/x16.txt")

python3 - "$x1" "$x16" "$one" "$s1" "$s16" "$s0" "$b1" "$b16" <<'PY'
import sys
x1, x16, one, s1, s16, s0, b1, b16 = map(int, sys.argv[1:])
per = (x16 - x1) / (b16 - b1)
scan = (s16 - s1) / (b16 - b1)
print("fazhi extract --format json --threads 1, callgrind instructions")
print(f"  per byte (marginal) {per:8.0f}   cue scan {scan:5.0f}   ratio {per / scan:4.1f}")
print(f"  start-up            {one / 1e6:7.1f} M  cue scan {s0 / 1e6:5.1f} M")
print(f"  bundled report      {x1 / 1e6:7.1f} M  ({b1} bytes)")
PY

echo "growth at 10x input (instructions, 3000 against 300 repetitions; linear is ~10x)"
names=$(python3 - "$work" <<'PY'
import sys
shapes = {
    "heading_digits": lambda n: "\n12345" * n,
    "heading_lines": lambda n: "（一）加强领导\n" * n,
    "breakdown": lambda n: f"共{n}件，其中" + "甲类1件、" * n,
    "changes": lambda n: "同比增长1%" * n,
    "clause_of_figures": lambda n: "受理行政复议案件3件" * n,
    "clause_of_numerals": lambda n: "三个" * n,
    "rates_with_context": lambda n: "行政复议纠错率5%、" * n,
    "mixed_rates": lambda n: "复议纠错率5%，诉讼败诉率3%，调解成功率98%，" * n,
    "nested_titles": lambda n: "《〈" * n + "〉》" * n,
    "unclosed_quotes": lambda n: "“受理3件" * n,
    "parts_with_acts": lambda n: "受理行政复议案件9件，" * n + "审结8件。其中，" + "受理1件，" * n,
    "distributed_list": lambda n: "各县区受理行政复议案件分别为：" + "甲县1件、" * n,
    "set_opener": lambda n: "受理的行政复议案件中，" + "以县政府为被申请人的有1件，" * n,
    "summed_parts": lambda n: f"受理行政复议案件{n}件，" + "县政府1件、" * n,
    "companions_unpunctuated": lambda n: "与调解组织一起化解纠纷1起" * n,
    "shares_unpunctuated": lambda n: "律师办理法律援助案件占98" * n,
    "repeated_words_list": lambda n: "派单6件" * n + "。其中热线派单1件" * n,
    "whole_territory": lambda n: "".join(f"全省受理行政复议案件{i}件，" for i in range(n)),
    "levels_list": lambda n: "成功调解村级矛盾纠纷1件，镇级矛盾纠纷2件，" * n,
    "object_list": lambda n: "审查议题1个，" + "合同2份，" * n,
    "training_unpunctuated": lambda n: "安排7名执法人员参加培训班" * n,
    "shares_of_counts": lambda n: "".join(f"纠错{i}件，占受案总数的5%，" for i in range(n)),
    "coordinated_fields": lambda n: "一审行政案件、信访数量下降，" * n + "调解3件。",
    # an opening that names no one, then the reporter as the subject of every sentence
    "later_subjects": lambda n: "热线运行情况\n其中办结9件。\n办结率99%。\n江阴市督办事项375件。\n"
    + "9月份，江阴12345热线共受理诉求7件。\n" * n,
}
for name, shape in shapes.items():
    for n in (300, 3000):
        with open(f"{sys.argv[1]}/{name}.{n}.txt", "w", encoding="utf-8") as f:
            f.write(shape(n))
print(" ".join(shapes))
PY
)
for name in $names; do
    small=$(extract "$work/$name.300.txt"); large=$(extract "$work/$name.3000.txt")
    python3 -c "import sys; print(f'  {sys.argv[1]:20} {int(sys.argv[3]) / int(sys.argv[2]):5.1f}x')" "$name" "$small" "$large"
done
