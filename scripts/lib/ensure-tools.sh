#!/usr/bin/env bash
# Installs what the tests and the demo need on a fresh Debian machine with Rust:
# Mono (mono-devel: mono, mcs, ilasm; mono-utils: monodis, peverify) and Python's dnfile,
# an independent metadata reader the tests compare ours with. Sourced by scripts/*.
need_mono=0
for tool in mono mcs ilasm monodis peverify; do
    command -v "$tool" >/dev/null 2>&1 || need_mono=1
done
if [ "$need_mono" = 1 ]; then
    echo "installing Mono (mono-devel, mono-utils)..." >&2
    sudo_cmd=""
    [ "$(id -u)" = 0 ] || sudo_cmd="sudo"
    $sudo_cmd apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq mono-devel mono-utils >/dev/null
fi
for tool in mono mcs ilasm monodis peverify; do
    command -v "$tool" >/dev/null 2>&1 || { echo "error: $tool is still missing after installing Mono" >&2; exit 1; }
done
if ! python3 -c 'import dnfile' >/dev/null 2>&1; then
    echo "installing dnfile (pip)..." >&2
    python3 -m pip install -q dnfile >/dev/null 2>&1 || python3 -m pip install -q --break-system-packages dnfile
fi
python3 -c 'import dnfile' || { echo "error: python3 cannot import dnfile" >&2; exit 1; }
