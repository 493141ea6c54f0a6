#!/usr/bin/env bash
# Run a command inside a private D-Bus session with an unlocked, throwaway gnome-keyring
# Secret Service, so tests can use the real OS keyring without touching a user's own keyring.
#
#   tools/with-test-session.sh .venv/bin/python -m pytest
#
# Exports KSO_TEST_SECRET_SERVICE=1 and (unless already set) QT_QPA_PLATFORM=offscreen.
# The keyring data and all XDG dirs live in a temp dir that is removed on exit.
# PYTHON (default: the repo's .venv/bin/python) is used for the pre-flight keyring check.
set -euo pipefail

script_path="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/$(basename "${BASH_SOURCE[0]}")"
repo_root="$(cd "$(dirname "$script_path")/.." && pwd)"

if [[ $# -eq 0 ]]; then
    echo "usage: $0 COMMAND [ARGS...]" >&2
    exit 2
fi

# ---------------------------------------------------------------------------
# Outer part: check the tools, then re-run this script inside dbus-run-session.
if [[ "${_KSO_TEST_SESSION_INNER:-}" != 1 ]]; then
    missing=0
    if ! command -v dbus-run-session >/dev/null 2>&1; then
        echo "error: dbus-run-session not found; install the Debian package 'dbus-daemon' (sudo apt-get install -y dbus-daemon; 'dbus' pulls it in)" >&2
        missing=1
    fi
    if ! command -v gnome-keyring-daemon >/dev/null 2>&1; then
        echo "error: gnome-keyring-daemon not found; install the Debian package 'gnome-keyring' (sudo apt-get install -y gnome-keyring)" >&2
        missing=1
    fi
    if (( missing )); then
        exit 1
    fi
    _KSO_TEST_SESSION_INNER=1 exec dbus-run-session -- bash "$script_path" "$@"
fi

# ---------------------------------------------------------------------------
# Inner part: we are inside the private session bus.
unset _KSO_TEST_SESSION_INNER

session_dir="$(mktemp -d "${TMPDIR:-/tmp}/kso-test-session.XXXXXX")"
keyring_pid=""
cleanup() {
    if [[ -n "$keyring_pid" ]]; then
        kill "$keyring_pid" 2>/dev/null || true
    fi
    rm -rf "$session_dir"
}
trap cleanup EXIT

mkdir -p "$session_dir"/{data,config,cache,state,runtime}
chmod 700 "$session_dir"/runtime
export XDG_DATA_HOME="$session_dir/data"
export XDG_CONFIG_HOME="$session_dir/config"
export XDG_CACHE_HOME="$session_dir/cache"
export XDG_STATE_HOME="$session_dir/state"
# Private runtime dir: gnome-keyring's control socket goes here, never next to a real user's daemon.
export XDG_RUNTIME_DIR="$session_dir/runtime"
export QT_QPA_PLATFORM="${QT_QPA_PLATFORM:-offscreen}"
# Make python-keyring pick the Secret Service, not a backend forced from the caller's environment.
unset PYTHON_KEYRING_BACKEND

# Random throwaway password for the session's "login" keyring.
pw="$(head -c 32 /dev/urandom | base64 | tr -d '\n/+=')"
keyring_log="$session_dir/gnome-keyring.log"
if ! keyring_env="$(printf '%s' "$pw" | gnome-keyring-daemon --unlock --components=secrets 2>"$keyring_log")"; then
    echo "error: gnome-keyring-daemon --unlock failed:" >&2
    cat "$keyring_log" >&2 || true
    exit 1
fi
unset pw
# Export what the daemon prints (e.g. GNOME_KEYRING_CONTROL; gnome-keyring 42 prints nothing when
# its control socket is at the default $XDG_RUNTIME_DIR/keyring). It exits when the session bus ends.
while IFS= read -r line; do
    if [[ "$line" =~ ^[A-Za-z_][A-Za-z0-9_]*= ]]; then
        export "${line?}"
    fi
done <<<"$keyring_env"
keyring_pid="${GNOME_KEYRING_PID:-}"
export KSO_TEST_SECRET_SERVICE=1

# Pre-flight: the Secret Service must really work before we run anything.
python_bin="${PYTHON:-$repo_root/.venv/bin/python}"
if [[ ! -x "$python_bin" ]]; then
    echo "error: $python_bin not found; run 'make venv' first (or set PYTHON=...)" >&2
    exit 1
fi
if ! check_out="$("$python_bin" - 2>&1 <<'EOF'
import keyring
from keyring.backends import SecretService

kr = keyring.get_keyring()
if not isinstance(kr, SecretService.Keyring):
    raise SystemExit(f"keyring backend is {kr!r}, not SecretService")
service, user = "kso-test-session-check", "probe"
keyring.set_password(service, user, "ok")
if keyring.get_password(service, user) != "ok":
    raise SystemExit("get_password did not return the stored value")
keyring.delete_password(service, user)
if keyring.get_password(service, user) is not None:
    raise SystemExit("delete_password did not delete")
EOF
)"; then
    echo "error: the test Secret Service (gnome-keyring in a private D-Bus session) does not work:" >&2
    echo "$check_out" >&2
    echo "--- gnome-keyring-daemon log ---" >&2
    cat "$keyring_log" >&2 || true
    exit 1
fi

set +e
"$@"
rc=$?
set -e
exit "$rc"
