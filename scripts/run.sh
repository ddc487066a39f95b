#!/usr/bin/env bash
# Installs what is missing, builds AllianceDesk (Release) and opens it on the default database,
# which is created with the sample alliance on first run. Extra arguments go to the application
# (for example a database file to open).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

install_missing_packages
configure_and_build "$ROOT/build/release" Release -DALLIANCEDESK_BUILD_TESTS=OFF
exec "$ROOT/build/release/app/gui/alliancedesk" "$@"
