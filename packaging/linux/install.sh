#!/bin/sh
# Install the built bundle (dist/DebtAssist) with its desktop entry, AppStream metadata and icons.
#
#     packaging/linux/install.sh [PREFIX]              # default PREFIX: ~/.local (no root needed)
#     DESTDIR=/tmp/tree packaging/linux/install.sh /usr  # stage a tree, e.g. for a distribution package
#
# Layout: PREFIX/lib/debtassist/ (the bundle), PREFIX/bin/debtassist (a link to it, the desktop entry's Exec),
# PREFIX/share/applications/, PREFIX/share/metainfo/, PREFIX/share/icons/hicolor/<size>/apps/.
set -eu

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
prefix=${1:-"$HOME/.local"}
dest=${DESTDIR:-}
app_id=tw.debtassist.DebtAssist
bundle="$root/dist/DebtAssist"

if [ ! -x "$bundle/DebtAssist" ]; then
    echo "error: no bundle in $bundle; build it first: .venv/bin/python scripts/build_bundle.py" >&2
    exit 2
fi

target="$dest$prefix"
rm -rf "$target/lib/debtassist"
mkdir -p "$target/lib" "$target/bin" "$target/share/applications" "$target/share/metainfo"
cp -a "$bundle" "$target/lib/debtassist"
ln -sf "$prefix/lib/debtassist/DebtAssist" "$target/bin/debtassist"
install -m 0644 "$here/$app_id.desktop" "$target/share/applications/$app_id.desktop"
install -m 0644 "$here/$app_id.metainfo.xml" "$target/share/metainfo/$app_id.metainfo.xml"
for size in 16 24 32 48 64 128 256 512; do
    install -D -m 0644 "$root/resources/icons/debtassist-$size.png" \
        "$target/share/icons/hicolor/${size}x$size/apps/$app_id.png"
done
install -D -m 0644 "$root/resources/icons/debtassist.svg" "$target/share/icons/hicolor/scalable/apps/$app_id.svg"

if [ -z "$dest" ]; then  # refresh the caches of a live system (quietly: they may be absent)
    update-desktop-database "$prefix/share/applications" 2>/dev/null || true
    gtk-update-icon-cache -q -t "$prefix/share/icons/hicolor" 2>/dev/null || true
fi
echo "installed DebtAssist in $target (run: $prefix/bin/debtassist)"
