#!/usr/bin/env bash
# Issue 13's benchmark harness: cold start of the commands against `pcf --version` and against the Python
# peer (/work/shared/peer, or PEER=path/peer.py) in the same run, batch throughput of 20 example reports (cold,
# and warm: the difference to a batch of 40),
# the size curve (1,000 / 10,000 / 50,000 lines under -Xmx1g: time, CPU, peak RSS, pages; the 50,000-line report
# is minutes of CPU, most of it its adaptive Monte Carlo) and the Monte Carlo's peak RSS against its iteration
# count. Writes target/bench-run/summary.md and prints it.
#   bench/run.sh                 everything (about 15–30 min on a loaded 2-core machine)
#   REPS=3 SIZES="1000 10000" bench/run.sh
#   PARTS=size bench/run.sh      only some parts (of: cold batch mc size)
# Every timed command goes through the ./pcf launcher (start-up cache included), as a user runs it.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$here"
. scripts/find-jdk.sh
pcf_find_jdk
export PATH="$JAVA_HOME/bin:$PATH"
REPS=${REPS:-5}
SIZES=${SIZES:-1000 10000 50000}
PARTS=${PARTS:-cold batch mc size}
part() { case " $PARTS " in *" $1 "*) return 0 ;; *) return 1 ;; esac; }
BATCH=${BATCH:-20}
PEER=${PEER:-/work/shared/peer/peer.py}
PY=${PY:-/usr/bin/python3}
out=target/bench-run
rm -rf "$out"; mkdir -p "$out"
raw="$out/raw.tsv"
printf 'label\twall_s\tuser_s\tsys_s\tmaxrss_kb\n' >"$raw"

run() {  # run LABEL CMD...: times one run, appends to raw.tsv; the command's output goes to $out/LABEL.log
  local label=$1; shift
  if /usr/bin/time -f "%e %U %S %M" -o "$out/time.txt" "$@" >"$out/$label.log" 2>&1; then :; else
    echo "bench: '$*' failed (see $out/$label.log)" >&2; fi
  read -r e u s m <"$out/time.txt"
  printf '%s\t%s\t%s\t%s\t%s\n' "$label" "$e" "$u" "$s" "$m" >>"$raw"
}

echo "bench: building the jar and the start-up cache, the test classes for the generators..." >&2
./pcf --version >/dev/null
mvn -o -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt >/dev/null
cp_="target/classes:target/test-classes:$(cat target/bench-classpath.txt)"
example=workbook-templates/examples/JX0317-D30.xlsx
book="$out/JX0317-D30-peer.xlsx"   # the example as the peer (contract v1) accepts it: same numbers
have_peer=0
if [ -f "$PEER" ] && "$PY" -c 'import openpyxl, numpy, jinja2, weasyprint' 2>/dev/null; then
  "$PY" bench/peer_workbook.py "$example" "$book" && have_peer=1
fi
[ "$have_peer" = 1 ] || { echo "bench: no peer (needs $PEER and python3-openpyxl, -numpy, -jinja2, weasyprint); pcf only" >&2; cp "$example" "$book"; }

{ echo "# bench/run.sh, $(date -u '+%Y-%m-%d %H:%M UTC')"; echo; echo "- machine: $(nproc) cores, $(uname -m), $(java -version 2>&1 | head -n 1)";
  echo "- load before: $(uptime | sed 's/.*load average/load average/')"; } >"$out/summary.md"

part cold && echo "bench: cold commands, $REPS rounds (pcf and peer interleaved)..." >&2
part cold && for i in $(seq 1 "$REPS"); do
  run version ./pcf --version
  run validate ./pcf validate "$book"
  run report ./pcf report "$book" -o "$out/report.pdf"
  if [ "$have_peer" = 1 ]; then
    run peer_html "$PY" "$PEER" "$book" --no-pdf --iterations 1000 --quiet
    run peer_pdf "$PY" "$PEER" "$book" --quiet --out "$out/peer"
  fi
done
echo "- load after cold runs: $(uptime | sed 's/.*load average/load average/')" >>"$out/summary.md"

if part batch; then
  echo "bench: batch of $BATCH example reports..." >&2
  mkdir -p "$out/batch-in" "$out/batch2-in"
  for i in $(seq -w 1 "$BATCH"); do cp "$example" "$out/batch-in/JX0317-D30-$i.xlsx"; done
  for i in $(seq -w 1 $((2 * BATCH))); do cp "$example" "$out/batch2-in/JX0317-D30-$i.xlsx"; done
  # this VM's speed varies by up to a quarter from minute to minute: the median of REPS runs. Each round also
  # runs a batch twice as long, right after: the difference is the time of BATCH reports once the process is
  # warm (JVM start, class loading and the JIT's warm-up are in both), the throughput of a long batch or of the
  # web server
  for i in $(seq 1 "$REPS"); do
    rm -rf "$out/batch-out"
    run batch ./pcf batch "$out/batch-in" -o "$out/batch-out" --no-progress
    rm -rf "$out/batch-out"
    run batch2 ./pcf batch "$out/batch2-in" -o "$out/batch-out" --no-progress
  done
fi
echo "- load after batch: $(uptime | sed 's/.*load average/load average/')" >>"$out/summary.md"

part mc && echo "bench: Monte Carlo peak memory against iterations..." >&2
part mc && for n in 100000 1000000 4000000; do
  run "mc_$n" ./pcf calc "$example" --json --iterations "$n" --seed 1
done

part size && echo "bench: size curve ($SIZES lines, -Xmx1g)..." >&2
part size && for n in $SIZES; do
  java -cp "$cp_" dev.pcf.bench.LargeWorkbook "$out/L$n.xlsx" "$n"
  PCF_JAVA_OPTS="-Xmx1g" run "size_$n" ./pcf report "$out/L$n.xlsx" -o "$out/L$n.pdf"
  pages=$(pdfinfo "$out/L$n.pdf" 2>/dev/null | sed -n 's/^Pages: *//p' || true)
  printf '%s\t%s\n' "$n" "${pages:-?}" >>"$out/pages.tsv"
done
echo "- load at the end: $(uptime | sed 's/.*load average/load average/')" >>"$out/summary.md"

"$PY" bench/summarise.py "$out" "$BATCH" >>"$out/summary.md"
cat "$out/summary.md"
