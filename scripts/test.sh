#!/usr/bin/env bash
# Installs what is missing, builds AllianceDesk with its tests and runs the whole suite through ctest, offscreen.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"


install_missing_packages
configure_and_build "$ROOT/build/test" Release -DALLIANCEDESK_BUILD_TESTS=ON
cd "$ROOT/build/test"
QT_QPA_PLATFORM=offscreen ctest --output-on-failure --parallel "$(nproc)" "$@"
