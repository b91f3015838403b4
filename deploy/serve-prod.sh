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
#   TLS_CERT, TLS_KEY  PEM files: HTTPS with HTTP/2 on PORT (TLS 1.2 and 1.3), with
#                  Strict-Transport-Security. Without them, plain HTTP, for a shop that
#                  ends TLS at a load balancer in front
#   HTTP_PORT      with TLS: a plain-HTTP port that redirects to HTTPS
#   SERVER_NAME    the one host name served; a request for another gets 421
#   TRUSTED_PROXY  the load balancer(s) in front, as CIDR (comma-separated): their
#                  X-Forwarded-* headers are believed. Without it this server is the edge
#   ACCESS_LOG     `stdout` logs each request there (default: off)
#   GLUE_CA_FILE   with an https:// GLUE_UPSTREAM: the CA certificates its certificate is
#                  verified against (default: Debian's /etc/ssl/certs/ca-certificates.crt)
#   PRINT_CONFIG   1: print the nginx configuration, filled in, and stop
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
TLS_CERT=${TLS_CERT:-}
TLS_KEY=${TLS_KEY:-}
HTTP_PORT=${HTTP_PORT:-}
SERVER_NAME=${SERVER_NAME:-}
TRUSTED_PROXY=${TRUSTED_PROXY:-}
ACCESS_LOG=${ACCESS_LOG:-off}
# A path that cannot end a line of nginx's config.
path_pattern='^[^[:space:];"{}]+$'
if [ -n "$TLS_CERT$TLS_KEY" ]; then
  [ -n "$TLS_CERT" ] && [ -n "$TLS_KEY" ] ||
    fail "TLS_CERT and TLS_KEY go together: the certificate and its private key, both PEM files"
  for name in TLS_CERT TLS_KEY; do
    [[ "${!name}" =~ $path_pattern ]] || fail "$name must be a file path without spaces; got \"${!name}\""
    [ -r "${!name}" ] || fail "$name (${!name}) cannot be read"
  done
  grep -q -- '-----BEGIN CERTIFICATE-----' "$TLS_CERT" ||
    fail "TLS_CERT ($TLS_CERT) is not a PEM certificate (no BEGIN CERTIFICATE line)"
  grep -q -- '-----BEGIN .*PRIVATE KEY-----' "$TLS_KEY" ||
    fail "TLS_KEY ($TLS_KEY) is not a PEM private key (no BEGIN … PRIVATE KEY line)"
  TLS_CERT=$(cd "$(dirname "$TLS_CERT")" && pwd)/$(basename "$TLS_CERT")
  TLS_KEY=$(cd "$(dirname "$TLS_KEY")" && pwd)/$(basename "$TLS_KEY")
fi
if [ -n "$HTTP_PORT" ]; then
  [ -n "$TLS_CERT" ] || fail "HTTP_PORT redirects to HTTPS: it needs TLS_CERT and TLS_KEY"
  [[ "$HTTP_PORT" =~ ^[0-9]+$ ]] && [ "$HTTP_PORT" -ge 1 ] && [ "$HTTP_PORT" -le 65535 ] ||
    fail "HTTP_PORT must be a port number; got \"$HTTP_PORT\""
  [ "$HTTP_PORT" != "$PORT" ] || fail "HTTP_PORT and PORT must differ; both are $PORT"
fi
[ -z "$SERVER_NAME" ] || [[ "$SERVER_NAME" =~ ^[A-Za-z0-9]([A-Za-z0-9.-]*[A-Za-z0-9])?$ ]] ||
  fail "SERVER_NAME must be one host name such as shop.example.com; got \"$SERVER_NAME\""
cidr_pattern='^([0-9]{1,3}(\.[0-9]{1,3}){3}|[0-9A-Fa-f:]*:[0-9A-Fa-f:.]*)(/[0-9]{1,3})?$'
trusted=()
if [ -n "$TRUSTED_PROXY" ]; then
  IFS=',' read -r -a trusted <<<"$TRUSTED_PROXY"
  for cidr in "${trusted[@]}"; do
    [[ "$cidr" =~ $cidr_pattern ]] ||
      fail "TRUSTED_PROXY must be addresses or CIDR ranges, comma-separated, such as 10.0.0.0/8; got \"$cidr\""
  done
fi
GLUE_CA_FILE=${GLUE_CA_FILE:-/etc/ssl/certs/ca-certificates.crt}
if [[ "$GLUE_UPSTREAM" == https://* ]]; then
  [[ "$GLUE_CA_FILE" =~ $path_pattern ]] || fail "GLUE_CA_FILE must be a file path without spaces; got \"$GLUE_CA_FILE\""
  [ -r "$GLUE_CA_FILE" ] ||
    fail "GLUE_CA_FILE ($GLUE_CA_FILE) cannot be read: an https:// GLUE_UPSTREAM is verified against it (apt-get install ca-certificates, or set GLUE_CA_FILE)"
  upstream_tls="proxy_ssl_server_name on; proxy_ssl_verify on; proxy_ssl_verify_depth 3; proxy_ssl_trusted_certificate $GLUE_CA_FILE; proxy_ssl_protocols TLSv1.2 TLSv1.3;"
else
  upstream_tls="# Glue over plain HTTP (an https:// GLUE_UPSTREAM is verified)."
fi
case "$ACCESS_LOG" in
  off | stdout) ;;
  *) fail "ACCESS_LOG must be off or stdout; got \"$ACCESS_LOG\"" ;;
esac
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

# TLS: HTTPS with HTTP/2 on PORT, modern protocols only, and HSTS on every answer; every
# value one line, since the placeholders also stand in the template's header comment.
if [ -n "$TLS_CERT" ]; then
  listen="$PORT ssl http2"
  tls="ssl_certificate $TLS_CERT; ssl_certificate_key $TLS_KEY; ssl_protocols TLSv1.2 TLSv1.3; ssl_prefer_server_ciphers off; ssl_session_cache shared:shared_carts_tls:10m; ssl_session_timeout 1d;"
  hsts='add_header Strict-Transport-Security "max-age=31536000" always;'
  scheme=https
else
  listen="$PORT"
  tls="# Plain HTTP: TLS ends in front (or set TLS_CERT and TLS_KEY)."
  hsts="# No HSTS over plain HTTP."
  scheme=http
fi
port_suffix=":$PORT"
[ "$PORT" = 443 ] && [ "$scheme" = https ] && port_suffix=""
http_servers=""
if [ -n "$SERVER_NAME" ]; then
  server_name="server_name $SERVER_NAME;"
  forwarded_host="$SERVER_NAME"
  # Any other Host (an address, a name pointed here by someone else): 421 Misdirected.
  http_servers="server { listen $listen default_server; $tls return 421; }"
  redirect_host="$SERVER_NAME"
else
  server_name="# Any host name (SERVER_NAME sets the one to serve)."
  forwarded_host=""
  redirect_host='$host'
fi
if [ -n "$HTTP_PORT" ]; then
  http_servers="$http_servers server { listen $HTTP_PORT; return 301 https://$redirect_host$port_suffix\$request_uri; }"
fi
http_servers=${http_servers:-# No other server.}
if [ "${#trusted[@]}" -gt 0 ]; then
  real_ip=""
  trusted_geo=""
  for cidr in "${trusted[@]}"; do
    real_ip="$real_ip set_real_ip_from $cidr;"
    trusted_geo="$trusted_geo $cidr 1;"
  done
  real_ip="$real_ip real_ip_header X-Forwarded-For; real_ip_recursive on;"
else
  real_ip="# No load balancer in front (TRUSTED_PROXY): this server is the edge."
  trusted_geo="# (none)"
fi
if [ "$ACCESS_LOG" = stdout ]; then
  # Through a pipe of the script's own: /dev/stdout cannot be opened when stdout is a
  # socket (as under a process manager or a test), and nginx has no `access_log stdout`.
  access_log="access_log @PREFIX@/access.log;"
else
  access_log="access_log off;"
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
  text=${text//@LISTEN@/$listen}
  text=${text//@TLS@/$tls}
  text=${text//@HSTS@/$hsts}
  text=${text//@SERVER_NAME@/$server_name}
  text=${text//@HTTP_SERVERS@/$http_servers}
  text=${text//@REAL_IP@/$real_ip}
  text=${text//@TRUSTED_PROXY_GEO@/$trusted_geo}
  text=${text//@FORWARDED_HOST@/$forwarded_host}
  text=${text//@ACCESS_LOG@/$access_log}
  text=${text//@UPSTREAM_TLS@/$upstream_tls}
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

# For a shop to take whole (its upstream need not resolve here): before the test.
if [ "${PRINT_CONFIG:-}" = 1 ]; then
  for file in nginx.conf security-headers.conf glue-proxy.conf; do
    echo "# ---- $file (included from nginx.conf as $prefix/$file)"
    cat "$prefix/$file"
  done
  exit 0
fi

if [ "$ACCESS_LOG" = stdout ]; then
  # nginx opens the log for each run (the test below, then the server): read it again
  # after each, until the script ends.
  mkfifo -m 644 "$prefix/access.log"
  (while cat "$prefix/access.log"; do :; done) &
  log_reader=$!
  trap 'pkill -P "$log_reader" 2>/dev/null; kill "$log_reader" 2>/dev/null; rm -rf "$prefix"' EXIT
fi
"$NGINX" -p "$prefix" -c "$prefix/nginx.conf" -e stderr -t -q ||
  fail "nginx refused the configuration (above)"

echo "shared-carts (live build $DIST_DIR) at $scheme://127.0.0.1:$PORT — Glue $GLUE_UPSTREAM at /glue/"
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
