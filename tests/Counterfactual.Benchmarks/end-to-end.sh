#!/usr/bin/env bash
# Issue 6's end-to-end figures, measured on the built executable (not under `dotnet run`, whose MSBuild
# up-to-date check adds seconds to any command): throughput of the default batch with start-up included, for the
# JIT build and the native executable (`dotnet publish src/Counterfactual.Worker -c Native`, whose bytes must be
# the JIT build's), 2 threads against 1, peak resident memory at 320,000 and 10,000,000 replications, and --raw
# speed (these three on the JIT build, which long runs use).
#   tests/Counterfactual.Benchmarks/end-to-end.sh          # about 3 minutes on a 2-core machine
#   tests/Counterfactual.Benchmarks/end-to-end.sh --big    # adds the 10,000,000-replication run
# Run it on an otherwise idle machine; it prints one line per figure.
set -euo pipefail
cd "$(dirname "$0")/../.."
big=false
[ "${1:-}" = "--big" ] && big=true

dotnet build src/Counterfactual.Worker -c Release -nologo -v quiet >/dev/null
jit=(dotnet src/Counterfactual.Worker/bin/Release/net10.0/counterfactual.dll)
exe=("${jit[@]}")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# The native executable needs the ILCompiler package and a C toolchain (clang or gcc) to link; without them the
# script measures the JIT build alone.
native=()
if dotnet publish src/Counterfactual.Worker -c Native -o "$work/native-bin" -nologo -v quiet >"$work/publish.log" 2>&1; then
  native=("$work/native-bin/counterfactual")
else
  echo "native executable: not built (dotnet publish -c Native failed; see its output below); JIT build only"
  tail -5 "$work/publish.log"
fi

# measure NAME ARGS...: runs the command under /usr/bin/time; sets wall (s), cpu (s) and rss (MB).
measure() {
  local out="$work/$1"
  shift
  rm -rf "$out"
  /usr/bin/time -f "%e %U %S %M" -o "$work/time" "${exe[@]}" "$@" --out "$out" --quiet
  read -r wall user sys rss_kb <"$work/time"
  cpu=$(echo "$user + $sys" | bc)
  rss=$((rss_kb / 1024))
}

# The machine's own speed at the time, to read the figures by: a shared VM's cores slow down by a quarter or more
# for minutes at a time, and the program with them. Two computations of pi to 1,800 digits by bc, one per core, side
# by side (no .NET involved), best of three, before and after the default batch's runs. See the README's Performance
# section for what it gives on the VM of the README's figures.
machine_check() {
  local best=999999 t
  for _ in 1 2 3; do
    /usr/bin/time -f "%e" -o "$work/check" bash -c 'for _ in 1 2; do echo "scale=1800; 4*a(1)" | bc -l >/dev/null & done; wait'
    t=$(cat "$work/check")
    if (($(echo "$t < $best" | bc))); then best=$t; fi
  done
  echo "$best"
}

check_before=$(machine_check)
# Best of three: the figure a quiet machine gives. The two builds alternate, so a drift of the VM's speed touches both.
best_wall=999999
native_wall=999999
for _ in 1 2 3; do
  exe=("${jit[@]}")
  measure default run
  if (($(echo "$wall < $best_wall" | bc))); then best_wall=$wall best_cpu=$cpu best_rss=$rss; fi
  if ((${#native[@]})); then
    exe=("${native[@]}")
    measure native run
    if (($(echo "$wall < $native_wall" | bc))); then native_wall=$wall native_cpu=$cpu native_rss=$rss; fi
  fi
done
exe=("${jit[@]}")
check_after=$(machine_check)
printf 'machine check (2 x bc pi to 1,800 digits side by side, best of three): %s s before, %s s after\n' "$check_before" "$check_after"
printf 'default batch, 320,000 replications, start-up included, JIT build: %s s wall, %s s CPU, %s MB peak: %.0f replications/s\n' \
  "$best_wall" "$best_cpu" "$best_rss" "$(echo "320000 / $best_wall" | bc -l)"
if ((${#native[@]})); then
  for f in "$work"/default/*.csv; do
    cmp -s "$f" "$work/native/$(basename "$f")" || { echo "error: the native executable and the JIT build differ in $(basename "$f")"; exit 1; }
  done
  printf 'default batch, 320,000 replications, start-up included, native executable: %s s wall, %s s CPU, %s MB peak: %.0f replications/s, identical bytes\n' \
    "$native_wall" "$native_cpu" "$native_rss" "$(echo "320000 / $native_wall" | bc -l)"
fi

# Long enough (1,280,000 replications) that start-up, discovery and writing, which do not scale, are small. One
# thread and two alternate, twice, and the best of each is compared: the VM's speed drifts within a minute, and a
# single pair measured the drift as often as the scaling.
one=999999
two=999999
for _ in 1 2; do
  measure one run --threads 1 --replications 40000
  if (($(echo "$wall < $one" | bc))); then one=$wall; fi
  measure two run --threads 2 --replications 40000
  if (($(echo "$wall < $two" | bc))); then two=$wall; fi
done
for f in "$work"/one/*.csv; do
  cmp -s "$f" "$work/two/$(basename "$f")" || { echo "error: 1 and 2 threads differ in $(basename "$f")"; exit 1; }
done
printf '2 threads vs 1 (default batch, 1,280,000 replications, best of two each): %s s vs %s s: %.2fx, identical bytes\n' "$two" "$one" "$(echo "$one / $two" | bc -l)"

batch=tests/Counterfactual.Worker.Tests/Batches/small.json
measure plain run "$batch" --replications 125000
plain=$wall
measure raw run "$batch" --replications 125000 --raw
bytes=$(stat -c %s "$work/raw/replications.csv")
printf -- '--raw, 1,000,000 rows (%s MB): +%.1f s over the same run without it: %.0f MB/s\n' \
  "$((bytes / 1000000))" "$(echo "$wall - $plain" | bc -l)" "$(echo "$bytes / 1000000 / ($wall - $plain)" | bc -l)"

if $big; then
  measure big run --replications 312500
  printf 'default batch, 10,000,000 replications: %s s wall, %s MB peak: %.0f replications/s\n' "$wall" "$rss" "$(echo "10000000 / $wall" | bc -l)"
fi
