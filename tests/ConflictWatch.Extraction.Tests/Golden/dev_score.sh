#!/usr/bin/env bash
# Extracts the shared dev texts and the seed with ./conflictwatch, then scores them with score.py.
#   tests/ConflictWatch.Extraction.Tests/Golden/dev_score.sh [--show]
# Run from anywhere; paths are resolved from the repository root (a sibling of ../shared).
# Uses a gazetteer imported from the GeoNames dumps when `conflictwatch gazetteer import` exists.
set -uo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)"
cd "$root"
shared="../shared"
show=()
for a in "$@"; do
  case "$a" in
    --show) show=(--show) ;;
    *) echo "usage: $0 [--show]" >&2; exit 2 ;;
  esac
done

cw="./conflictwatch"
"$cw" --help >/dev/null || { echo "conflictwatch does not build" >&2; exit 1; }

gaz_args=()
gaz=".cache/gaz-dev"
if "$cw" gazetteer --help 2>/dev/null | grep -qE "^[[:space:]]+import\b"; then
  if [ ! -d "$gaz" ] || [ -n "$(find "$shared/data/geonames" -newer "$gaz" -type f -print -quit)" ]; then
    echo "importing GeoNames into $gaz ..." >&2
    rm -rf "$gaz"
    "$cw" gazetteer import "$shared"/data/geonames/{ML,BF,NE,MR}.txt --output "$gaz" >&2 || { echo "gazetteer import failed" >&2; exit 1; }
  fi
  gaz_args=(--gazetteer "$gaz")
else
  echo "note: 'gazetteer import' not available yet; extracting with the built-in gazetteer" >&2
fi

out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
extract() {  # FILE ID
  "$cw" extract "$1" --format jsonl --claims "$out/$2.claims.jsonl" "${gaz_args[@]}" > "$out/$2.events.jsonl" \
    || echo "extract failed: $1" >&2
}

for f in "$shared"/eval/dev/texts/*; do
  name="$(basename "$f")"
  extract "$f" "${name%.*}"
done
extract "$shared/seed/mali-2023-04-14.txt" "mali-2023-04-14"

echo "== dev set"
python3 "$shared/eval/score.py" --gold "$shared/eval/dev/dev.gold.jsonl" --claims-gold "$shared/eval/dev/dev.claims.gold.jsonl" --pred-dir "$out" "${show[@]}"
rc=$?
echo "== seed"
python3 "$shared/eval/score.py" --gold "$shared/eval/dev/seed.gold.jsonl" --claims-gold "$shared/eval/dev/seed.claims.gold.jsonl" --pred-dir "$out" "${show[@]}" || rc=$?
exit $rc
