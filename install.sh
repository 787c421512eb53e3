#!/usr/bin/env bash
# Moodbox installer for Raspberry Pi OS (64-bit, Bookworm or later). From a checkout of the project:
#
#   sudo ./install.sh                 install or update (a second run changes nothing)
#   sudo ./install.sh --uninstall     remove everything it installed, the user and the settings
#
# It installs the Java runtime and system packages, builds the app if target/moodbox.jar is missing, copies
# app + models to /opt/moodbox, creates the user `moodbox`, installs and enables the systemd units and the
# USB automount rule, starts the kiosk and prints the settings page's address and PIN.
#
# --root DIR installs the files under DIR instead of / (like DESTDIR) and skips everything that would touch
# the running system (packages, user, systemctl); the project's tests use it.
set -euo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=""
UNINSTALL=0
KEEP_SETTINGS=0
BUILD_DIR="$HERE/target"
MODEL_DIR="$HERE/model"

APP=/opt/moodbox
STATE=/var/lib/moodbox
CACHE=/var/cache/moodbox
MANIFEST=$APP/installed-files
USER_NAME=moodbox
USER_GROUPS=(video render input audio gpio systemd-journal)
UNITS=(moodbox-prewarm.service moodbox.service)
# Debian packages: the Java runtime, the libraries the bundled natives load (JavaFX: GTK 3, libXtst, GL/EGL;
# .ci/arm64-check resolves every native's NEEDED libraries with ldd in a bookworm arm64 userland made of
# exactly this list and fails when one is missing), the face cascades, the kiosk compositor and ALSA tools.
PACKAGES=(default-jre-headless libgtk-3-0 libxtst6 libgl1 libegl1 fonts-dejavu-core opencv-data cage xwayland alsa-utils)

CHANGED=0
INSTALLED=()

say() { printf 'moodbox: %s\n' "$*"; }
die() { printf 'moodbox: %s\n' "$*" >&2; exit 1; }
on_system() { [ -z "$ROOT" ]; }

usage() {
  sed -n '2,13s/^# \{0,1\}//p' "$0"
  echo "options: --root DIR  --build-dir DIR (default target/)  --model-dir DIR (default model/)  --keep-settings  --uninstall"
  echo "         --list-packages (print the Debian packages it installs; rpicam-apps too where the archive has it)"
}

parse_args() {
  while [ $# -gt 0 ]; do
    case "$1" in
      --root) ROOT=$(realpath -m "${2:?--root needs a folder}"); shift ;;
      --build-dir) BUILD_DIR=${2:?--build-dir needs a folder}; shift ;;
      --model-dir) MODEL_DIR=${2:?--model-dir needs a folder}; shift ;;
      --uninstall) UNINSTALL=1 ;;
      --keep-settings) KEEP_SETTINGS=1 ;;
      --list-packages) printf '%s\n' "${PACKAGES[@]}"; exit 0 ;;
      -h|--help) usage; exit 0 ;;
      *) usage >&2; die "unknown option $1" ;;
    esac
    shift
  done
}

check_system() {
  local arch
  arch=${MOODBOX_ARCH:-$(dpkg --print-architecture 2>/dev/null || uname -m)}
  case "$arch" in
    arm64|aarch64) ;;
    amd64|x86_64) say "note: $arch is not a Raspberry Pi: no GPIO, so LEDs and button will report errors" ;;
    armhf|armel|armv6l|armv7l|i386|i686)
      die "this is a 32-bit system ($arch). Moodbox needs a 64-bit OS: TensorFlow has no 32-bit ARM build. Install Raspberry Pi OS (64-bit), Bookworm or later." ;;
    *) die "unsupported processor architecture '$arch': Moodbox runs on 64-bit ARM (Raspberry Pi 4/5) or x86-64" ;;
  esac
  local release=/etc/os-release id="" version=""
  [ -r "$ROOT/etc/os-release" ] && release=$ROOT/etc/os-release
  [ -r "$release" ] || die "cannot tell which system this is (no /etc/os-release)"
  id=$(sed -n 's/^ID=//p' "$release" | tr -d '"')
  version=$(sed -n 's/^VERSION_ID=//p' "$release" | tr -d '"')
  [ "$id" = "debian" ] || die "unsupported system '$id': install Raspberry Pi OS (64-bit), Bookworm or later (Debian 12+)"
  if ! [[ "${version%%.*}" =~ ^[0-9]+$ ]] || [ "${version%%.*}" -lt 12 ]; then
    die "Debian ${version:-unknown} is too old: Moodbox needs Raspberry Pi OS Bookworm (Debian 12) or later (glibc 2.34+ for TensorFlow)"
  fi
  if on_system; then
    [ "$(id -u)" -eq 0 ] || die "run it as root: sudo $0"
    command -v apt-get >/dev/null || die "apt-get not found: this is not a Debian-based system"
  fi
}

install_packages() {
  local missing=() p
  if apt-cache show rpicam-apps >/dev/null 2>&1; then PACKAGES+=(rpicam-apps); fi
  for p in "${PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  if [ ${#missing[@]} -gt 0 ]; then
    say "installing ${missing[*]}"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
    CHANGED=$((CHANGED + 1))
  fi
  local java
  java=$(java -version 2>&1 | sed -n 's/.*version "\([0-9]*\).*/\1/p' | head -n 1)
  if [ -z "$java" ] || [ "$java" -lt 17 ]; then
    die "Moodbox needs Java 17 or newer; this system offers Java ${java:-none}"
  fi
}

build_if_needed() {
  [ -f "$BUILD_DIR/moodbox.jar" ] && return 0
  on_system || die "no $BUILD_DIR/moodbox.jar: build the app first (mvn -B package -DskipTests)"
  say "building the app (takes a while on a Pi)"
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends maven default-jdk-headless
  local builder=${SUDO_USER:-root}
  (cd "$HERE" && runuser -u "$builder" -- mvn -B -q package -DskipTests)
  [ -f "$BUILD_DIR/moodbox.jar" ] || die "the build did not produce $BUILD_DIR/moodbox.jar"
}

# put_file SRC DEST MODE: installs SRC as $ROOT/DEST unless it is already there, identical, with that mode.
put_file() {
  local src=$1 dest=$ROOT$2 mode=$3
  INSTALLED+=("$2")
  if [ -f "$dest" ] && cmp -s "$src" "$dest" && [ "$(stat -c %a "$dest")" = "$mode" ]; then
    return 0
  fi
  install -D -m "$mode" "$src" "$dest"
  CHANGED=$((CHANGED + 1))
  say "installed $2"
}

# put_tree SRCDIR DESTDIR: every file below SRCDIR, and removes files below DESTDIR that SRCDIR no longer has.
put_tree() {
  local src=$1 dest=$2 file rel
  [ -d "$src" ] || die "missing $src"
  while IFS= read -r -d '' file; do
    put_file "$file" "$dest/${file#"$src"/}" 644
  done < <(find "$src" -type f -print0 | sort -z)
  [ -d "$ROOT$dest" ] || return 0
  while IFS= read -r -d '' file; do
    rel=${file#"$ROOT$dest"/}
    if [ ! -f "$src/$rel" ]; then
      rm -f "$file"
      CHANGED=$((CHANGED + 1))
      say "removed stale $dest/$rel"
    fi
  done < <(find "$ROOT$dest" -type f -print0)
  find "$ROOT$dest" -mindepth 1 -type d -empty -delete
}

install_files() {
  put_file "$BUILD_DIR/moodbox.jar" "$APP/moodbox.jar" 644
  put_tree "$BUILD_DIR/lib" "$APP/lib"
  if [ -d "$MODEL_DIR" ]; then put_tree "$MODEL_DIR" "$APP/model"; else say "note: no models in $MODEL_DIR"; fi
  put_file "$HERE/README.md" "$APP/README.md" 644
  put_file "$HERE/systemd/moodbox-stop-kiosk" "$APP/bin/moodbox-stop-kiosk" 755
  put_file "$HERE/systemd/moodbox-kiosk" "$APP/bin/moodbox-kiosk" 755
  put_file "$HERE/systemd/moodbox.service" /etc/systemd/system/moodbox.service 644
  put_file "$HERE/systemd/moodbox-prewarm.service" /etc/systemd/system/moodbox-prewarm.service 644
  put_file "$HERE/systemd/moodbox-usb@.service" /etc/systemd/system/moodbox-usb@.service 644
  put_file "$HERE/systemd/99-moodbox-usb.rules" /etc/udev/rules.d/99-moodbox-usb.rules 644
  put_file "$HERE/systemd/pam-moodbox" /etc/pam.d/moodbox 644
  local list
  list=$(mktemp)
  printf '%s\n' "${INSTALLED[@]}" "$MANIFEST" | sort > "$list"
  put_file "$list" "$MANIFEST" 644
  rm -f "$list"
}

create_user() {
  if ! id "$USER_NAME" >/dev/null 2>&1; then
    useradd --system --user-group --home-dir "$STATE" --no-create-home --shell /usr/sbin/nologin "$USER_NAME"
    CHANGED=$((CHANGED + 1))
    say "created user $USER_NAME"
  fi
  local group
  for group in "${USER_GROUPS[@]}"; do
    if getent group "$group" >/dev/null && ! id -nG "$USER_NAME" | tr ' ' '\n' | grep -qx "$group"; then
      usermod -aG "$group" "$USER_NAME"
      CHANGED=$((CHANGED + 1))
    fi
  done
  if [ ! -d "$STATE" ]; then
    install -d -o "$USER_NAME" -g "$USER_NAME" -m 700 "$STATE" "$CACHE"
    CHANGED=$((CHANGED + 1))
  fi
}

enable_and_start() {
  local unit
  if [ "$CHANGED" -gt 0 ]; then
    systemctl daemon-reload
    udevadm control --reload || true
  fi
  for unit in "${UNITS[@]}"; do
    systemctl is-enabled -q "$unit" 2>/dev/null || { systemctl enable -q "$unit"; CHANGED=$((CHANGED + 1)); }
  done
  if systemctl is-enabled -q display-manager.service 2>/dev/null; then
    say "warning: a desktop (display-manager.service) is enabled and will fight the kiosk for the screen;"
    say "         use Raspberry Pi OS Lite, or: sudo systemctl disable display-manager.service"
  fi
  say "pre-warming TensorFlow's native library (first time: a minute or two)"
  systemctl start moodbox-prewarm.service
  if [ "$CHANGED" -gt 0 ]; then
    systemctl restart moodbox.service
  elif ! systemctl is-active -q moodbox.service; then
    systemctl start moodbox.service
  fi
}

print_access() {
  local settings=(runuser -u "$USER_NAME" -- java -jar "$APP/moodbox.jar" settings --config-dir "$STATE")
  local pin port address
  pin=$("${settings[@]}" --get pin)
  port=$("${settings[@]}" --get webPort)
  address=$(hostname -I 2>/dev/null | awk '{print $1}')
  say "settings page: http://${address:-$(hostname)}:$port/   PIN: $pin"
}

uninstall() {
  local list=$ROOT$MANIFEST path
  if on_system; then
    systemctl disable --now -q "${UNITS[@]}" 2>/dev/null || true
    systemctl stop 'moodbox-usb@*.service' 2>/dev/null || true
  fi
  if [ -f "$list" ]; then
    while IFS= read -r path; do
      rm -f "$ROOT$path"
    done < "$list"
    say "removed the files listed in $MANIFEST"
  else
    say "no $MANIFEST: nothing installed there"
  fi
  rm -rf "$ROOT$APP"
  if on_system; then
    systemctl daemon-reload
    udevadm control --reload || true
  fi
  if [ "$KEEP_SETTINGS" -eq 0 ]; then
    rm -rf "$ROOT$STATE" "$ROOT$CACHE"
    say "removed settings, mood history and cache"
    if on_system && id "$USER_NAME" >/dev/null 2>&1; then
      userdel "$USER_NAME"
      say "removed user $USER_NAME"
    fi
  else
    say "kept $STATE (settings and mood history)"
  fi
}

main() {
  parse_args "$@"
  check_system
  if [ "$UNINSTALL" -eq 1 ]; then
    uninstall
    return 0
  fi
  if on_system; then install_packages; fi
  build_if_needed
  install_files
  if on_system; then
    create_user
    enable_and_start
  else
    say "--root mode: skipped packages, user $USER_NAME, systemctl and udev (this system is untouched)"
  fi
  if [ "$CHANGED" -eq 0 ]; then say "already installed and up to date: nothing changed"; fi
  if on_system; then print_access; fi
}

main "$@"
