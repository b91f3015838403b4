#!/usr/bin/env bash
# `npm run serve:prod`: the live build behind Debian's nginx, in the foreground, with Glue
# proxied at /glue/ on the same origin (deploy/nginx.conf.template says why).
#   GLUE_UPSTREAM  Glue's address as nginx reaches it (required), e.g. http://127.0.0.1:3100
#   PORT           the port to listen on (default 8080)
#   DIST_DIR       the live build (default dist), e.g. from `VITE_GLUE_URL=/glue npm run build`
#   NGINX          the nginx binary (default: nginx on the PATH, else /usr/sbin/nginx)
#   BROTLI_MODULE  nginx's brotli_static module (default: in nginx's modules folder;
#                  Debian's libnginx-mod-http-brotli-static); without it, gzip only
#   BROTLI_FILTER_MODULE  nginx's brotli filter module, for Glue's answers (default: in
#                  nginx's modules folder; Debian's libnginx-mod-http-brotli-filter);
#                  without it, those come in gzip
# Works as root (the workers run as nobody, who must be able to read DIST_DIR) and as an
# ordinary user. nginx's pid and temporary files live in a folder of its own, removed on
# exit; Ctrl-C or a TERM to the process group stops nginx and its workers.
set -euo pipefail
shopt -u patsub_replacement 2>/dev/null || true

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
fail() {
  echo "serve:prod: $*" >&2
  exit 2
}

PORT=${PORT:-8080}
DIST_DIR=${DIST_DIR:-dist}
# Debian puts nginx in /usr/sbin, which an ordinary user's PATH often lacks.
NGINX=${NGINX:-$(command -v nginx || echo /usr/sbin/nginx)}
GLUE_UPSTREAM=${GLUE_UPSTREAM:-}

[ -n "$GLUE_UPSTREAM" ] ||
  fail "GLUE_UPSTREAM is required: Glue's address as nginx reaches it, e.g. GLUE_UPSTREAM=http://127.0.0.1:3100 npm run serve:prod"
# A scheme, a host and maybe a path; nothing that could end a line of nginx's config.
upstream_pattern='^https?://[^/[:space:]";{}]+(/[^[:space:]";{}]*)?$'
[[ "$GLUE_UPSTREAM" =~ $upstream_pattern ]] ||
  fail "GLUE_UPSTREAM must be an http(s) URL such as http://glue.internal:8080; got \"$GLUE_UPSTREAM\""
GLUE_UPSTREAM=${GLUE_UPSTREAM%/}
[[ "$PORT" =~ ^[0-9]+$ ]] && [ "$PORT" -ge 1 ] && [ "$PORT" -le 65535 ] ||
  fail "PORT must be a port number; got \"$PORT\""
[ -x "$NGINX" ] || command -v "$NGINX" >/dev/null || fail "nginx was not found: install Debian's (apt-get install nginx) or set NGINX"

[ -f "$DIST_DIR/index.html" ] ||
  fail "$DIST_DIR/index.html is missing: build the app first (VITE_GLUE_URL=/glue npm run build) or set DIST_DIR"
DIST_DIR=$(cd "$DIST_DIR" && pwd)
# A build has no symbolic links; one could lead nginx outside the folder (the config says
# why nginx itself does not refuse them).
link=$(find "$DIST_DIR" -type l -print -quit)
[ -z "$link" ] ||
  fail "$DIST_DIR holds a symbolic link ($link), which could lead outside the build: serve a folder without links"
# The header policy is the build's own, read from its meta tag, so the two never differ.
csp=$(sed -n 's/.*http-equiv="Content-Security-Policy" content="\([^"]*\)".*/\1/p' "$DIST_DIR/index.html" | head -n 1)
csp=${csp//&#39;/\'}
[ -n "$csp" ] ||
  fail "$DIST_DIR is not a live build (no Content-Security-Policy in index.html): build it with VITE_GLUE_URL=/glue npm run build"

conf_path=$("$NGINX" -V 2>&1 | sed -n 's/.*--conf-path=\([^ ]*\).*/\1/p')
mime_types="$(dirname "${conf_path:-/etc/nginx/nginx.conf}")/mime.types"
[ -f "$mime_types" ] || fail "nginx's mime.types was not found at $mime_types"

# Brotli: the build's .br files, sent as they are, and Glue's answers, compressed on the
# fly — each when nginx has the module for it.
modules_path=$("$NGINX" -V 2>&1 | sed -n 's/.*--modules-path=\([^ ]*\).*/\1/p')
modules_path=${modules_path:-/usr/lib/nginx/modules}
BROTLI_MODULE=${BROTLI_MODULE:-$modules_path/ngx_http_brotli_static_module.so}
BROTLI_FILTER_MODULE=${BROTLI_FILTER_MODULE:-$modules_path/ngx_http_brotli_filter_module.so}
for name in BROTLI_MODULE BROTLI_FILTER_MODULE; do
  [[ "${!name}" =~ ^[^[:space:]\;\"{}]+$ ]] ||
    fail "$name must be a file path; got \"${!name}\""
done
# Whether nginx has the module at $1; if not, says what goes without brotli ($2) and
# which Debian package brings it ($3).
has_module() {
  [ -f "$1" ] && return 0
  echo "serve:prod: no brotli for $2 (apt-get install $3); gzip only" >&2
  return 1
}
if has_module "$BROTLI_MODULE" "the build's .br files" libnginx-mod-http-brotli-static; then
  brotli_module="load_module $BROTLI_MODULE;"
  brotli_static="brotli_static on;"
else
  brotli_module="# No brotli module ($BROTLI_MODULE)."
  brotli_static="# brotli_static: not available."
fi
if has_module "$BROTLI_FILTER_MODULE" "Glue's answers" libnginx-mod-http-brotli-filter; then
  brotli_filter_module="load_module $BROTLI_FILTER_MODULE;"
  # One line: the placeholder also stands in the template's header comment.
  brotli_glue="brotli on; brotli_comp_level 5; brotli_types application/json application/vnd.api+json;"
  brotli_off="brotli off;"
else
  brotli_filter_module="# No brotli filter module ($BROTLI_FILTER_MODULE)."
  brotli_glue="# brotli: not available."
  brotli_off="# (no brotli filter)"
fi

prefix=$(mktemp -d "${TMPDIR:-/tmp}/shared-carts-nginx.XXXXXX")
# However the script ends — refused, failed, stopped — the temporary folder goes with it.
trap 'rm -rf "$prefix"' EXIT
user_line="# Not root: the workers run as $(id -un)."
if [ "$(id -u)" = 0 ]; then
  # Root's workers drop to nobody: they must reach the build and the temporary folders.
  user_line="user nobody nogroup;"
  chmod 755 "$prefix"
  if command -v runuser >/dev/null; then
    if ! runuser -u nobody -- test -r "$DIST_DIR/index.html"; then
      fail "nginx's workers (user nobody) cannot read $DIST_DIR: make it and its parent folders readable (chmod o+rX) or use another DIST_DIR"
    fi
    if ! runuser -u nobody -- test -x "$prefix"; then
      fail "nginx's workers (user nobody) cannot reach its temporary folder under ${TMPDIR:-/tmp}: set TMPDIR to a folder they can enter"
    fi
  fi
fi

render() {
  local text
  text=$(<"$1")
  text=${text//@USER@/$user_line}
  text=${text//@PORT@/$PORT}
  text=${text//@DIST_DIR@/$DIST_DIR}
  text=${text//@GLUE_UPSTREAM@/$GLUE_UPSTREAM}
  text=${text//@CSP@/$csp}
  text=${text//@PREFIX@/$prefix}
  text=${text//@MIME_TYPES@/$mime_types}
  text=${text//@BROTLI_MODULE@/$brotli_module}
  text=${text//@BROTLI_STATIC@/$brotli_static}
  text=${text//@BROTLI_FILTER_MODULE@/$brotli_filter_module}
  text=${text//@BROTLI_GLUE@/$brotli_glue}
  text=${text//@BROTLI_OFF@/$brotli_off}
  printf '%s\n' "$text"
}
render "$here/nginx.conf.template" >"$prefix/nginx.conf"
render "$here/security-headers.conf.template" >"$prefix/security-headers.conf"
render "$here/glue-proxy.conf.template" >"$prefix/glue-proxy.conf"

"$NGINX" -p "$prefix" -c "$prefix/nginx.conf" -e stderr -t -q ||
  fail "nginx refused the configuration (above)"

echo "shared-carts (live build $DIST_DIR) at http://127.0.0.1:$PORT — Glue $GLUE_UPSTREAM at /glue/"
"$NGINX" -p "$prefix" -c "$prefix/nginx.conf" -e stderr -g 'daemon off;' &
nginx_pid=$!
stop() { kill -TERM "$nginx_pid" 2>/dev/null || true; }
trap stop INT TERM HUP
status=0
# `wait` returns early when a trapped signal arrives; wait again for nginx to finish.
wait "$nginx_pid" || status=$?
while kill -0 "$nginx_pid" 2>/dev/null; do wait "$nginx_pid" || status=$?; done
# Stopped by a signal is a clean stop.
[ "$status" -ge 128 ] && status=0
exit "$status"
