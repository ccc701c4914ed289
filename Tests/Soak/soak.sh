#!/usr/bin/env bash
# Deskmate soak test: the long version of what `swift test` checks in seconds.
# Not run by CI. Takes a few minutes.
#
#   Tests/Soak/soak.sh [DESKMATE_BINARY]
#
# Environment: KILLS (default 300), PER_DESK (default 500), BACKUP_EVERY (default 25).
#
# 1. Two desks: two processes log PER_DESK encounters each at the same time;
#    all 2*PER_DESK must be stored and no "database is locked" / "busy" may
#    ever reach standard error.
# 2. Crashes: KILLS times, `deskmate log` is started and SIGKILLed after a
#    random moment of its life, while a second desk keeps logging. Every BACKUP_EVERY
#    kills, `deskmate backup` runs too. Afterwards PRAGMA integrity_check is
#    ok, every encounter whose command printed its id is stored exactly once,
#    no encounter is stored twice, every backup passes integrity_check.
#
# Exit status 0 when every check passed; the figures are printed at the end.
set -u

here=$(cd "$(dirname "$0")/../.." && pwd)
bin=${1:-}
if [ -z "$bin" ]; then
  for candidate in "$here/.build/release/deskmate" "$here/.build/debug/deskmate"; do
    [ -x "$candidate" ] && bin=$candidate && break
  done
fi
[ -n "$bin" ] && [ -x "$bin" ] || { echo "soak: build first (swift build) or pass the deskmate binary" >&2; exit 2; }
command -v sqlite3 >/dev/null || { echo "soak: needs the sqlite3 shell" >&2; exit 2; }

KILLS=${KILLS:-300}
PER_DESK=${PER_DESK:-500}
BACKUP_EVERY=${BACKUP_EVERY:-25}

work=$(mktemp -d "${TMPDIR:-/tmp}/deskmate-soak.XXXXXX")
writer_pid=
cleanup() {
  [ -n "$writer_pid" ] && kill "$writer_pid" 2>/dev/null
  rm -rf "$work"
}
trap cleanup EXIT
export HOME=$work/home XDG_DATA_HOME=$work/data XDG_CONFIG_HOME=$work/config TZ=UTC LANG=C.UTF-8
export DESKMATE_STORE=$work/store/deskmate.sqlite
failures=0
fail() { echo "FAIL: $*" >&2; failures=$((failures + 1)); }
sql() { sqlite3 -bail -cmd ".timeout 10000" "$1" "$2"; }

# A desk logging $2 encounters named $1-0, $1-1, ...; ids it reported go to $work/$1.ids.
desk() {
  local name=$1 count=$2 i=0 out
  : >"$work/$name.ids"
  while [ "$i" -lt "$count" ]; do
    if out=$("$bin" log --mode phone --kind other --desk "$name" --note "$name-$i" 2>>"$work/$name.err"); then
      echo "$name-$i ${out//[!0-9]/}" >>"$work/$name.ids"
    else
      echo "log $name-$i failed" >>"$work/$name.err"
    fi
    i=$((i + 1))
  done
}

echo "soak: $bin, store in $work"
"$bin" patron add "Soak Test Patron" >/dev/null || { echo "soak: cannot create the store" >&2; exit 1; }

# 1. Two desks at once.
start=$(date +%s)
desk "DeskA" "$PER_DESK" & a=$!
desk "DeskB" "$PER_DESK" & b=$!
wait "$a" "$b"
stored=$(sql "$DESKMATE_STORE" "SELECT count(*) FROM encounter WHERE desk IN ('DeskA','DeskB')")
distinct=$(sql "$DESKMATE_STORE" "SELECT count(DISTINCT note) FROM encounter WHERE desk IN ('DeskA','DeskB')")
locked=$(cat "$work/DeskA.err" "$work/DeskB.err" | grep -ci 'locked\|busy')
errors=$(cat "$work/DeskA.err" "$work/DeskB.err" | grep -c .)
[ "$stored" = $((2 * PER_DESK)) ] || fail "two desks: $stored of $((2 * PER_DESK)) stored"
[ "$distinct" = "$stored" ] || fail "two desks: $distinct distinct notes for $stored encounters"
[ "$errors" = 0 ] || fail "two desks: $errors error lines, e.g. $(cat "$work/DeskA.err" "$work/DeskB.err" | head -1)"
echo "two desks: $((2 * PER_DESK)) logged concurrently in $(($(date +%s) - start)) s, $stored stored, $locked lock messages, $errors error lines"

# 2. SIGKILL at random moments while another desk writes; backups now and then.
desk "Steady" 1000000 & writer_pid=$!
# How long one `log` lives with the other desk busy, so kills land anywhere in
# it: start, open, write, commit, print, close.
t0=$(date +%s%N)
for i in 1 2 3 4 5; do "$bin" log --mode phone --kind other --note "timing-$i" >/dev/null; done
life_ms=$(( ($(date +%s%N) - t0) / 5000000 + 1 ))
span=$(( life_ms * 13 / 10 + 1 ))
start=$(date +%s)
killed=0 finished=0 reported=0 backups=0 bad_backups=0
: >"$work/killed.ids"
for round in $(seq 1 "$KILLS"); do
  "$bin" log --patron 1 --mode phone --kind other --note "kill-$round" --follow-up "call kill-$round" \
    >"$work/out" 2>"$work/err" &
  pid=$!
  delay=$(( (RANDOM * 32768 + RANDOM) % (span * 1000) ))
  sleep "$((delay / 1000000)).$(printf '%06d' $((delay % 1000000)))"
  kill -9 "$pid" 2>/dev/null
  { wait "$pid"; } 2>/dev/null
  status=$?
  if [ "$status" = 137 ]; then killed=$((killed + 1)); else finished=$((finished + 1)); fi
  if [ "$status" != 0 ] && [ "$status" != 137 ]; then fail "kill-$round exited $status: $(cat "$work/err")"; fi
  if grep -q '^Logged encounter [0-9]' "$work/out"; then
    echo "kill-$round $(grep -o '^Logged encounter [0-9]*' "$work/out" | grep -o '[0-9]*')" >>"$work/killed.ids"
    reported=$((reported + 1))
  fi
  if [ $((round % BACKUP_EVERY)) = 0 ]; then
    backup=$work/backup-$round.sqlite
    if "$bin" backup "$backup" >/dev/null 2>"$work/backup.err"; then
      backups=$((backups + 1))
      [ "$(sql "$backup" "PRAGMA integrity_check")" = ok ] || { bad_backups=$((bad_backups + 1)); fail "backup $backup is damaged"; }
      rm -f "$backup"
    else
      fail "backup at round $round: $(cat "$work/backup.err")"
    fi
  fi
done
kill "$writer_pid" 2>/dev/null
wait "$writer_pid" 2>/dev/null
writer_pid=
elapsed=$(($(date +%s) - start))

integrity=$(sql "$DESKMATE_STORE" "PRAGMA integrity_check")
[ "$integrity" = ok ] || fail "integrity_check: $integrity"
lost=0
while read -r note id; do
  row=$(sql "$DESKMATE_STORE" "SELECT count(*) || ' ' || coalesce(min(id), 0) FROM encounter WHERE note = '$note'")
  [ "$row" = "1 $id" ] || { lost=$((lost + 1)); fail "$note reported as $id, stored as: $row"; }
done <"$work/killed.ids"
steady_reported=$(grep -c . "$work/Steady.ids")
while read -r note id; do
  row=$(sql "$DESKMATE_STORE" "SELECT count(*) || ' ' || coalesce(min(id), 0) FROM encounter WHERE note = '$note'")
  [ "$row" = "1 $id" ] || { lost=$((lost + 1)); fail "$note reported as $id, stored as: $row"; }
done <"$work/Steady.ids"
twice=$(sql "$DESKMATE_STORE" "SELECT count(*) FROM (SELECT note FROM encounter WHERE note <> '' GROUP BY note HAVING count(*) > 1)")
[ "$twice" = 0 ] || fail "$twice notes stored more than once"
orphans=$(sql "$DESKMATE_STORE" "SELECT count(*) FROM encounter e WHERE note LIKE 'kill-%' AND NOT EXISTS (SELECT 1 FROM follow_up f WHERE f.encounter_id = e.id)")
[ "$orphans" = 0 ] || fail "$orphans encounters lost their follow-up (half a transaction)"
steady_errors=$(grep -ci 'locked\|busy' "$work/Steady.err")
[ "$steady_errors" = 0 ] || fail "the steady desk saw $steady_errors lock messages"
total=$(sql "$DESKMATE_STORE" "SELECT count(*) FROM encounter")

echo "crashes: $KILLS runs in $elapsed s (one log lives ~$life_ms ms, kills spread over $span ms): $killed SIGKILLed, $finished finished first, $reported reported, $lost lost;" \
  "the other desk logged $steady_reported meanwhile with $steady_errors lock messages;" \
  "$backups backups under writes, $bad_backups damaged; integrity_check: $integrity; $total encounters in the store"
if [ "$failures" = 0 ]; then echo "soak: all checks passed"; else echo "soak: $failures checks failed" >&2; exit 1; fi
