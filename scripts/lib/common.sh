# Shared by scripts/run and scripts/test: the Debian packages PartnerDesk needs, and the build.
# shellcheck shell=bash

PARTNERDESK_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
PARTNERDESK_BUILD=${PARTNERDESK_BUILD:-$PARTNERDESK_ROOT/build}

PARTNERDESK_PACKAGES=(
    build-essential cmake ninja-build pkg-config
    qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite libqt6sql6-psql libqt6svg6
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    qt6-charts-dev libqt6opengl6-dev
    libsqlite3-dev sqlite3 libgl-dev fonts-dejavu-core poppler-utils
    nginx-light apache2 dnsmasq-base libqrencode-dev zbar-tools
    postgresql libpq-dev libssl-dev ca-certificates qtkeychain-qt6-dev dbus-daemon gnome-keyring openssl
    libpsl-dev publicsuffix libcurl4-openssl-dev python3-aiosmtpd
    clang libclang-rt-14-dev llvm-14 libxml2-dev clang-format
    desktop-file-utils appstream lintian
)

# Installs whatever of the list is missing (apt-get; as root or through sudo).
ensure_packages() {
    local missing=()
    local package
    for package in "$@"; do
        dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed' || missing+=("$package")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    echo "Installing Debian packages: ${missing[*]}" >&2
    local sudo=()
    [ "$(id -u)" -eq 0 ] || sudo=(sudo)
    "${sudo[@]}" apt-get update -qq
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

build_partnerdesk() {
    local launcher=()
    command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
    # Line tables only (-g1): backtraces keep functions and lines; a file compiles 20 % faster than
    # with full debug info (payoutstore.cpp: 3.5 s against 4.4 s).
    cmake -S "$PARTNERDESK_ROOT" -B "$PARTNERDESK_BUILD" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
        -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O2 -g1 -DNDEBUG" "${launcher[@]}" >/dev/null
    cmake --build "$PARTNERDESK_BUILD" -j"$(nproc)"
}

# The sanitizer build (issue #12): clang with -fsanitize=address,undefined on every target, in a
# folder of its own. The libraries get -O1 and line tables, test files -O0 (build time: see
# tests/CMakeLists.txt), and the libFuzzer targets (cmake/Fuzzing.cmake); scripts/test runs the
# unit, e2e, GUI and integration suites and a short run of every fuzz target from it.
PARTNERDESK_SANITIZE_BUILD=${PARTNERDESK_SANITIZE_BUILD:-$PARTNERDESK_ROOT/build-sanitize}

build_sanitized() {
    local launcher=()
    command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
    CC=clang CXX=clang++ cmake -S "$PARTNERDESK_ROOT" -B "$PARTNERDESK_SANITIZE_BUILD" -G Ninja \
        -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O1 -g1" \
        -DPARTNERDESK_TEST_FLAGS="-O0 -g1" -DPARTNERDESK_SANITIZE=ON -DPARTNERDESK_FUZZ=ON "${launcher[@]}" >/dev/null
    cmake --build "$PARTNERDESK_SANITIZE_BUILD" -j"$(nproc)"
}
