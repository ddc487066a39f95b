#!/usr/bin/env bash
# The fault harness: what a kill, a full disk or a second writer does to an AllianceDesk file, tried with the real
# command line.
#
#   faults.sh --short|--long CLI FAULTFIXTURE
#
# Each kill is sent only once the write is under way — the database's write-ahead log (or the backup's temporary
# file) has grown past a random size — so a trial proves where the kill landed; a trial whose program finished first
# is counted as missed, not as passed. After every trial the file must hold either the old state or the whole new one,
# pass SQLite's integrity_check and `alliancedesk-cli check`, and a backup target must be absent or complete. Full
# disks are small tmpfs mounts (root, as in CI; skipped with a note otherwise). Prints trials / landed / atomic per
# fault and exits 1 if any trial was not atomic or no kill of a fault landed. A network folder is a real sshfs mount
# over loopback (sftp-server behind socat): the file there must use a rollback journal and say why.
set -uo pipefail

mode="${1:?--short or --long}"
cli="${2:?path to alliancedesk-cli}"
fixture="${3:?path to faultfixture}"
case "$mode" in
--short) trials=3 ;;
--long) trials=${FAULT_TRIALS:-40} ;;
*) echo "faults.sh: unknown mode $mode" >&2; exit 2 ;;
esac

export QT_QPA_PLATFORM=offscreen HOME="${TMPDIR:-/tmp}"
work="$(mktemp -d "${TMPDIR:-/tmp}/alliancedesk-faults.XXXXXX")"
mounts=()
helpers=()
cleanup() {
    local m
    for m in "${mounts[@]}"; do umount -l "$m" 2>/dev/null; done
    for m in "${helpers[@]}"; do kill "$m" 2>/dev/null; done
    rm -rf "$work"
}
trap cleanup EXIT

failures=0
summary=()

fail() {
    echo "FAIL: $*" >&2
    failures=$((failures + 1))
}

# count DB TABLE — rows of a table, read by SQLite itself (a second program on the file, as a user's would be).
count() { sqlite3 -batch "$1" "SELECT count(*) FROM $2"; }
intact() { [ "$(sqlite3 -batch "$1" 'PRAGMA integrity_check')" = ok ] && "$cli" --db "$1" check >/dev/null 2>&1; }
random_between() { echo $(($1 + (RANDOM * 32768 + RANDOM) % ($2 - $1))); }

# killed_inside PID FILE_GLOB BYTES — kill -9 PID once a file matching FILE_GLOB holds BYTES, and reap it (run in this
# shell, not a subshell, so that the program is gone before anything reads the file); true if the kill landed.
killed_inside() {
    local pid=$1 glob=$2 threshold=$3 size f
    while kill -0 "$pid" 2>/dev/null; do
        for f in $glob; do
            size=$(stat -c %s "$f" 2>/dev/null || echo 0)
            if [ "$size" -ge "$threshold" ]; then
                kill -9 "$pid" 2>/dev/null
                wait "$pid" 2>/dev/null
                return 0
            fi
        done
        sleep 0.003
    done
    wait "$pid" 2>/dev/null
    return 1
}

member_list() { # member_list FILE ROWS PREFIX
    {
        echo 'name,country,city,phone,notes'
        for ((i = 0; i < $2; i++)); do
            echo "\"$3 $i تنظیم\",PK,Peshawar,+92 91 5$((100000 + i)),\"a note
on two lines\""
        done
    } >"$1"
}

record() { # record NAME TRIALS LANDED ATOMIC
    summary+=("$(printf '%-34s trials %3d  landed %3d  atomic %3d' "$1" "$2" "$3" "$4")")
    [ "$3" -gt 0 ] || fail "$1: no kill landed inside the write"
    [ "$4" -eq "$3" ] || fail "$1: $(($3 - $4)) trials left neither the old state nor the new one"
}

echo "Preparing the fixtures in $work"
"$cli" --db "$work/base.alliancedesk" init --sample >/dev/null || { echo "init failed" >&2; exit 1; }
base_orgs=$(count "$work/base.alliancedesk" organisations)
rows=40000
member_list "$work/members.csv" $rows "Kill test"
cp "$work/base.alliancedesk" "$work/imported.alliancedesk"
"$cli" --db "$work/imported.alliancedesk" import organisations "$work/members.csv" >/dev/null ||
    { echo "the fixture import failed" >&2; exit 1; }
"$cli" --db "$work/base.alliancedesk" generate --organisations 15000 --people 15000 --seed 7 >/dev/null
cp "$work/base.alliancedesk" "$work/big.alliancedesk"
big_orgs=$(count "$work/big.alliancedesk" organisations)
rm -f "$work/base.alliancedesk"
"$cli" --db "$work/base.alliancedesk" init --sample >/dev/null

# kill_trials NAME SOURCE MAX_LOG STATE OLD NEW -- COMMAND... — in each trial, a copy of SOURCE, COMMAND run on it
# ({} stands for the copy's path) and killed inside its write; then STATE (a function of the copy) must print OLD or
# NEW, and the copy be intact.
kill_trials() {
    local name=$1 source=$2 max_log=$3 state=$4 old=$5 new=$6
    shift 7
    local landed=0 atomic=0 t db now
    for ((t = 0; t < trials; t++)); do
        db="$work/trial-$t.alliancedesk"
        cp "$source" "$db"
        "${@//\{\}/$db}" >/dev/null 2>&1 &
        if killed_inside $! "$db-wal" "$(random_between 65536 "$max_log")"; then
            landed=$((landed + 1))
            now=$("$state" "$db")
            if [ "$now" != "$old" ] && [ "$now" != "$new" ]; then
                fail "$name, trial $t: $now (neither $old nor $new)"
            elif intact "$db"; then
                atomic=$((atomic + 1))
            else
                fail "$name, trial $t: the file is not intact"
            fi
        fi
        rm -f "$db"*
    done
    record "$name" "$trials" "$landed" "$atomic"
}
organisations_and_batches() { echo "$(count "$1" organisations) organisations, $(count "$1" import_batches) batches"; }
organisations() { echo "$(count "$1" organisations) organisations"; }

kill_trials "kill inside an import" "$work/base.alliancedesk" 6000000 organisations_and_batches \
    "$base_orgs organisations, 0 batches" "$((base_orgs + rows)) organisations, 1 batches" \
    -- "$cli" --db {} import organisations "$work/members.csv"
kill_trials "kill inside an undo of an import" "$work/imported.alliancedesk" 3000000 organisations \
    "$((base_orgs + rows)) organisations" "$base_orgs organisations" -- "$cli" --db {} undo-import 1
kill_trials "kill inside generate" "$work/base.alliancedesk" 6000000 organisations \
    "$base_orgs organisations" "$((base_orgs + 20000)) organisations" \
    -- "$cli" --db {} generate --organisations 20000 --people 20000 --seed 3

# --- kill -9 inside a migration from every earlier data format ----------------------------------------------------
latest=$(sqlite3 -batch "$work/big.alliancedesk" 'PRAGMA user_version')
for ((version = 1; version < latest; version++)); do
    "$fixture" old-format "$work/old-$version.alliancedesk" "$version" 30000 || { fail "fixture $version"; continue; }
    landed=0 atomic=0
    for ((t = 0; t < trials; t++)); do
        db="$work/migrate-$t.alliancedesk"
        cp "$work/old-$version.alliancedesk" "$db"
        "$cli" --db "$db" stats >/dev/null 2>&1 &
        killed_inside $! "$db-wal" "$(random_between 1 200000)" || { rm -f "$db"*; continue; }
        landed=$((landed + 1))
        now=$(sqlite3 -batch "$db" 'PRAGMA user_version')
        if [ "$now" -eq "$version" ] || [ "$now" -eq "$latest" ]; then
            # The interrupted migration runs again, whole, on the next opening.
            # The fixture's import batch (data format 2 on) keeps its undo record through every migration, and the
            # file gains the (empty) saved searches of data format 7.
            if "$cli" --db "$db" stats >/dev/null 2>&1 && [ "$(count "$db" organisations)" -eq 30000 ] &&
                [ "$(sqlite3 -batch "$db" 'PRAGMA user_version')" -eq "$latest" ] && intact "$db" &&
                { [ "$version" -lt 2 ] || [ "$(count "$db" import_batch_changes)" -eq 1 ]; } &&
                [ "$(count "$db" saved_views)" -eq 0 ]; then
                atomic=$((atomic + 1))
            else
                fail "migration from $version, trial $t: not intact after the next opening"
            fi
        else
            fail "migration from $version, trial $t: data format $now"
        fi
        rm -f "$db"*
    done
    record "kill inside a migration from $version" "$trials" "$landed" "$atomic"
done

# --- kill -9 inside a backup --------------------------------------------------------------------------------------
landed=0 atomic=0
mkdir -p "$work/backups"
for ((t = 0; t < trials; t++)); do
    target="$work/backups/backup-$t.alliancedesk"
    "$cli" --db "$work/big.alliancedesk" backup "$target" >/dev/null 2>&1 &
    killed_inside $! "$work/backups/.backup-$t.alliancedesk.*.partial" "$(random_between 65536 8000000)" || { rm -f "$target"; continue; }
    landed=$((landed + 1))
    if [ ! -e "$target" ]; then
        # Nothing that looks like a backup; a retry to the same name works.
        if "$cli" --db "$work/big.alliancedesk" backup "$target" >/dev/null 2>&1 && intact "$target" &&
            [ "$(count "$target" organisations)" -eq "$big_orgs" ]; then
            atomic=$((atomic + 1))
        else
            fail "backup trial $t: the retry did not give a whole backup"
        fi
    elif intact "$target" && [ "$(count "$target" organisations)" -eq "$big_orgs" ]; then
        atomic=$((atomic + 1))
    else
        fail "backup trial $t: $target is not a whole backup"
    fi
    rm -f "$target"*
done
rm -f "$work"/backups/.*.partial*
record "kill inside a backup" "$trials" "$landed" "$atomic"

# --- a full disk ------------------------------------------------------------------------------------------------------
full="$work/full"
mkdir -p "$full"
if mount -t tmpfs -o size=12m tmpfs "$full" 2>/dev/null; then
    mounts+=("$full")
    db="$full/alliance.alliancedesk"
    "$cli" --db "$db" init --sample >/dev/null
    before_orgs=$(count "$db" organisations)
    before_dump=$(sqlite3 -batch "$db" .dump | sha256sum)
    # Leave about 300 KB free: enough to open the file, not to take 40,000 rows.
    avail=$(df --output=avail -B1 "$full" | tail -1)
    head -c $((avail - 300000)) /dev/zero >"$full/filler" 2>/dev/null
    checks=0 passed=0
    try() { # try NAME EXPECTED_ABSENT_FILE COMMAND... — must fail, say so in words, leave no file and the data as it was
        local name=$1 absent=$2
        shift 2
        checks=$((checks + 1))
        local err
        err=$("$@" 2>&1 >/dev/null)
        local rc=$?
        if [ $rc -eq 0 ]; then
            fail "full disk, $name: reported success"
        elif ! grep -qi "space" <<<"$err"; then
            fail "full disk, $name: the message does not say the disk is full: $err"
        elif [ -e "$absent" ] || ls "$full"/.*.partial >/dev/null 2>&1; then
            fail "full disk, $name: a half-written file was left"
        elif [ "$(count "$db" organisations)" -ne "$before_orgs" ] ||
            [ "$(sqlite3 -batch "$db" .dump | sha256sum)" != "$before_dump" ]; then
            fail "full disk, $name: the database changed"
        else
            passed=$((passed + 1))
        fi
    }
    try "import" "$full/rejected.csv" "$cli" --db "$db" import organisations "$work/members.csv" \
        --errors "$full/rejected.csv"
    try "backup" "$full/backup.alliancedesk" "$cli" --db "$work/big.alliancedesk" backup "$full/backup.alliancedesk"
    try "report" "$full/directory.pdf" "$cli" --db "$work/big.alliancedesk" report member-directory \
        --out "$full/directory.pdf"
    try "export" "$full/organisations.csv" "$cli" --db "$work/big.alliancedesk" export organisations \
        --out "$full/organisations.csv"
    rm -f "$full/filler"
    intact "$db" || fail "full disk: the database is not intact once space is freed"
    summary+=("$(printf '%-34s checks %3d  clear and unchanged %3d' "a full disk" "$checks" "$passed")")
else
    summary+=("a full disk: not tried (tmpfs cannot be mounted here: not root?)")
fi

# --- a network folder (sshfs over loopback: a real remote file system, served by sftp-server through socat) --------
net_src="$work/net-src" net_mnt="$work/net-mnt" port=$((20000 + RANDOM % 20000))
mkdir -p "$net_src" "$net_mnt"
if command -v sshfs >/dev/null && command -v socat >/dev/null && [ -x /usr/lib/openssh/sftp-server ] &&
    [ -e /dev/fuse ]; then
    # Its output goes nowhere: a server holding the harness's output open would keep ctest waiting.
    socat "TCP-LISTEN:$port,bind=127.0.0.1,reuseaddr,fork" EXEC:/usr/lib/openssh/sftp-server >/dev/null 2>&1 &
    socat_pid=$!
    helpers+=("$socat_pid")
    sleep 0.5
    if sshfs -o directport=$port "127.0.0.1:$net_src" "$net_mnt" 2>/dev/null; then
        mounts+=("$net_mnt")
        db="$net_mnt/alliance.alliancedesk"
        "$cli" --db "$db" init --sample >/dev/null 2>&1
        err=$("$cli" --db "$db" stats 2>&1 >/dev/null)
        mode_now=$(sqlite3 -batch "$net_src/alliance.alliancedesk" 'PRAGMA journal_mode')
        if ! grep -q "is on a network folder (fuse.sshfs)" <<<"$err"; then
            fail "network folder: not said ($err)"
        elif [ "$mode_now" != delete ] || [ -e "$net_src/alliance.alliancedesk-wal" ]; then
            fail "network folder: the file uses journal mode $mode_now"
        elif ! "$cli" --db "$db" check >/dev/null 2>&1; then
            fail "network folder: check failed"
        else
            summary+=("$(printf '%-34s rollback journal, said so' "a network folder (sshfs)")")
        fi
        fusermount -u "$net_mnt" 2>/dev/null || umount -l "$net_mnt"
    else
        summary+=("a network folder: not tried (sshfs could not mount: no FUSE here?)")
    fi
    kill "$socat_pid" 2>/dev/null
else
    summary+=("a network folder: not tried (sshfs, socat or FUSE missing)")
fi

echo
echo "Fault harness ($mode):"
printf '  %s\n' "${summary[@]}"
if [ "$failures" -gt 0 ]; then
    echo "$failures failures" >&2
    exit 1
fi
echo "All faults left the old state or the whole new one."
