# Shared by scripts/run, scripts/test and scripts/bench: install what is missing, then build.
# Sourced, not run.

FCTE_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
FCTE_BUILD=${FCTE_BUILD:-$FCTE_ROOT/build}

# Debian 12 packages the project needs to build, test and look at its output.
FCTE_PACKAGES=(
    build-essential cmake ninja-build pkg-config
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-translations-l10n qt6-qpa-plugins libgl-dev
    libsqlite3-dev nlohmann-json3-dev catch2
    fonts-dejavu-core poppler-utils
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
    fi
    cmake --build "$FCTE_BUILD" --parallel "$(nproc)"
}
