#!/bin/sh
# Builds corpus independent-2 (documents and truth) from specs.py. Idempotent. Arguments: stem prefixes (default: all).
set -e
cd "$(dirname "$0")"
/usr/bin/python3 checkspec.py
exec /usr/bin/python3 make.py "$@"
