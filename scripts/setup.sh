# Shared by scripts/run, scripts/test and scripts/bench: install what is missing, then build.
# Sourced, not run.

FCTE_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
FCTE_BUILD=${FCTE_BUILD:-$FCTE_ROOT/build}

# Debian 12 packages the project needs to build, test and look at its output.
FCTE_PACKAGES=(
    build-essential cmake ninja-build pkg-config
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-translations-l10n qt6-qpa-plugins libgl-dev
    libsqlite3-dev nlohmann-json3-dev catch2 libquazip1-qt6-dev zlib1g-dev libmicrohttpd-dev libcpp-httplib-dev libqrencode-dev
    libharfbuzz-dev libicu-dev fonts-noto-core fonts-noto-cjk
    libpq-dev postgresql-15
    fonts-dejavu-core fonts-noto-color-emoji poppler-utils qpdf clang-format
    chromium
    librsvg2-bin icoutils appstream desktop-file-utils libglib2.0-bin shared-mime-info lintian
    dpkg-dev
    python3-jsonschema
)

fcte_missing_packages() {
    local package missing=()
    for package in "$@"; do
        if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
            missing+=("$package")
        fi
    done
    echo "${missing[@]}"
}

fcte_install() {
    local missing
    missing=$(fcte_missing_packages "$@")
    [ -z "$missing" ] && return 0
    if [ "$(id -u)" -eq 0 ]; then
        echo "Instalando paquetes: $missing"
        export DEBIAN_FRONTEND=noninteractive
        apt-get update -qq </dev/null
        # shellcheck disable=SC2086
        apt-get install -y -qq --no-install-recommends $missing </dev/null
    else
        echo "Faltan paquetes. Instálelos con:" >&2
        echo "  sudo apt-get install -y $missing" >&2
        return 1
    fi
}

fcte_build() {
    local build_type=${1:-RelWithDebInfo}
    shift || true
    if [ ! -f "$FCTE_BUILD/CMakeCache.txt" ]; then
        cmake -S "$FCTE_ROOT" -B "$FCTE_BUILD" -G Ninja -DCMAKE_BUILD_TYPE="$build_type" "$@"
    elif [ $# -gt 0 ]; then
        cmake "$FCTE_BUILD" "$@" >/dev/null # options given this time apply to an existing build too
    fi
    cmake --build "$FCTE_BUILD" --parallel "$(nproc)"
}

# Fails when a C++ file differs from what .clang-format makes of it.
fcte_check_format() {
    local files
    mapfile -t files < <(cd "$FCTE_ROOT" && git ls-files '*.cpp' '*.h' | sed "s|^|$FCTE_ROOT/|")
    if ! clang-format --dry-run --Werror "${files[@]}"; then
        echo "Formato: ejecute 'cmake --build build --target format' y vuelva a probar." >&2
        return 1
    fi
}

# The browser test's driver (puppeteer-core, from npm, as pinned by tests/web/package-lock.json);
# Node 20 and its npm come with the machine, Debian's chromium is in the packages above.
fcte_install_web_tests() {
    local web="$FCTE_ROOT/tests/web"
    if [ ! -d "$web/node_modules/puppeteer-core" ]; then
        if ! command -v npm >/dev/null; then
            echo "Falta npm (Node 20) para la prueba del navegador." >&2
            return 1
        fi
        (cd "$web" && npm ci --no-audit --no-fund --loglevel=error </dev/null)
    fi
}

# Fails when CTest ran another number of tests than the Catch programs list (a test name that
# CTest splits, or a program whose tests were not discovered, would otherwise pass unseen).
fcte_check_test_count() {
    local ctest_log=$1 listed=0 program count ran
    while IFS= read -r program; do
        [ -n "$program" ] || continue
        # Catch v2 exits with the number of tests it listed, so its status says nothing here.
        count=$({ QT_QPA_PLATFORM=offscreen "$program" --list-test-names-only || true; } | grep -c .)
        listed=$((listed + count))
    done <"$FCTE_BUILD/test-programs.txt"
    ran=$(sed -n 's/.*tests passed, [0-9]* tests\{0,1\} failed out of \([0-9]*\).*/\1/p' "$ctest_log" | tail -1)
    if [ "$ran" != "$listed" ]; then
        echo "CTest ejecutó ${ran:-0} pruebas, pero los programas de Catch enumeran $listed." >&2
        return 1
    fi
    echo "Pruebas: CTest ejecutó $ran, las mismas que enumera Catch."
}

# Fails when user text could be shown as rich text: Qt reads a tooltip, a label or a message
# box that looks like markup as HTML (a name "<img src=/dev/zero>" loaded the device).
fcte_check_plain_text() {
    # See the script: tooltips, labels, message boxes and forms never read user text as HTML.
    (cd "$FCTE_ROOT" && git ls-files "src/*.cpp" "src/*.h" "ui/*.ui" | xargs perl scripts/check-plain-text.pl)
}

fcte_check_floors() {
    # See the script: no include goes up a floor, and the windows never reach core/store.
    (cd "$FCTE_ROOT" && git ls-files -co --exclude-standard "src/*.cpp" "src/*.h" |
        xargs perl scripts/check-floors.pl)
}

fcte_check_function_length() {
    # See the script: no function in src/ over 120 lines.
    (cd "$FCTE_ROOT" && git ls-files -co --exclude-standard "src/*.cpp" "src/*.h" |
        xargs perl scripts/check-function-length.pl)
}
