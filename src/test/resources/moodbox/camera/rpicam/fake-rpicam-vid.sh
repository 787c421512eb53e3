#!/usr/bin/env bash
# A stand-in for rpicam-vid: writes every JPEG in DIR to stdout as one MJPEG stream at 10 frames/s, some noise on stderr,
# and then either exits with CODE ("exit" mode) or goes silent without closing the pipe ("stall" mode).
# usage: fake-rpicam-vid.sh DIR exit|stall [CODE]
set -u
dir=$1 mode=$2 code=${3:-1}
echo "fake rpicam-vid: streaming $(ls "$dir"/*.jpg | wc -l) frames" >&2
for f in "$dir"/*.jpg; do
  cat "$f"
  sleep 0.1 # a camera at 10 frames/s
done
if [ "$mode" = stall ]; then
  exec sleep 60
fi
echo "ERROR: *** camera frontend has timed out! ***" >&2
exit "$code"
