#!/usr/bin/env bash
# Install what building and testing beritagraf needs on a Debian machine, and
# nothing that is already there:
#   libclang-dev   the C library libclang.so that bindgen loads to generate
#                  Oxigraph's RocksDB bindings at build time
#   graphviz       `dot` and `sfdp` render drawings
#   raptor2-utils  `rapper`, a second RDF parser for the tests
#   rdflib, pyshacl, SPARQLWrapper  Python RDF parser, SHACL validator and
#                  SPARQL client (tests, scorer)
#   oxigraph       PyPI package shipping Oxigraph's server binary, the
#                  third-party triple store the push tests write to
#   chromium       headless browser for the web page's tests
#   virtuoso-opensource  Virtuoso's server (`virtuoso-t`) and SQL client
#                  (`isql-vt`), the second triple store the push tests
#                  write to (a private instance; the package's own service
#                  is not used)
# Each is detected the way its user finds it: libclang as bindgen's clang-sys
# does (libclang.so, libclang.so.N or libclang-N.so.M; never libclang-cpp,
# the C++ interface library, which bindgen cannot use), the programs on PATH,
# the Python modules by importing them. Safe to run again.
set -euo pipefail

say() { echo "setup: $*" >&2; }

# The directories clang-sys searches on Linux, plus LIBCLANG_PATH.
libclang_dirs() {
  [ -n "${LIBCLANG_PATH:-}" ] && echo "$LIBCLANG_PATH"
  command -v llvm-config >/dev/null 2>&1 && llvm-config --libdir 2>/dev/null
  ls -d /usr/lib/llvm-*/lib /usr/lib/x86_64-linux-gnu /usr/lib/aarch64-linux-gnu \
    /usr/lib64 /usr/lib /usr/local/lib /usr/local/lib64 2>/dev/null || true
}
have_libclang() {
  local dir file
  while read -r dir; do
    for file in "$dir"/libclang*.so*; do
      [ -e "$file" ] || continue
      # libclang.so, libclang.so.1, libclang-14.so.1 qualify; libclang-cpp.so.14 does not.
      if [[ "$(basename "$file")" =~ ^libclang(-[0-9][0-9.]*)?\.so(\.[0-9][0-9.]*)?$ ]]; then
        return 0
      fi
    done
  done < <(libclang_dirs)
  return 1
}
have_python_module() { python3 -c "import $1" >/dev/null 2>&1; }

need_apt=()
have_libclang || need_apt+=(libclang-dev)
command -v dot >/dev/null 2>&1 || need_apt+=(graphviz)
command -v rapper >/dev/null 2>&1 || need_apt+=(raptor2-utils)
command -v chromium >/dev/null 2>&1 || need_apt+=(chromium)
command -v virtuoso-t >/dev/null 2>&1 || need_apt+=(virtuoso-opensource)
if [ ${#need_apt[@]} -gt 0 ]; then
  sudo=""
  if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1; then sudo="sudo"; else
      say "need root to install: ${need_apt[*]} (run as root: apt-get install -y ${need_apt[*]})"
      exit 1
    fi
  fi
  say "installing with apt: ${need_apt[*]}"
  $sudo apt-get update -qq
  if ! DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${need_apt[@]}" >/dev/null; then
    say "apt-get could not install: ${need_apt[*]} (try: apt-get install -y ${need_apt[*]})"
    exit 1
  fi
  if ! have_libclang; then
    say "libclang-dev is installed but no libclang.so was found; set LIBCLANG_PATH to its folder"
    exit 1
  fi
fi

need_pip=()
have_python_module rdflib || need_pip+=(rdflib)
have_python_module pyshacl || need_pip+=(pyshacl)
have_python_module SPARQLWrapper || need_pip+=(SPARQLWrapper)
command -v oxigraph >/dev/null 2>&1 || need_pip+=(oxigraph)
if [ ${#need_pip[@]} -gt 0 ]; then
  say "installing with pip: ${need_pip[*]}"
  if ! python3 -m pip install --quiet "${need_pip[@]}"; then
    say "pip could not install: ${need_pip[*]} (try: python3 -m pip install ${need_pip[*]})"
    exit 1
  fi
fi

if [ ${#need_apt[@]} -eq 0 ] && [ ${#need_pip[@]} -eq 0 ]; then
  say "nothing to install: libclang, graphviz, rapper, chromium, virtuoso, rdflib, pyshacl, SPARQLWrapper and oxigraph are present"
else
  say "installed: ${need_apt[*]} ${need_pip[*]}"
fi
