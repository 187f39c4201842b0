#!/usr/bin/env bash
# Configures the WildFly that the build unpacked into $1 for Herald: applies every numbered
# CLI script of src/main/cli offline (embedded server, no ports opened) and creates the demo
# application users. The marker file holds a fingerprint of the scripts: later builds skip the
# step until a script changes, then apply them all again (every step is guarded, so that is safe).
set -euo pipefail

server_dir=$1
cli_dir=$(cd "$(dirname "$0")/src/main/cli" && pwd)
marker="$server_dir/.herald-configured"

fingerprint=$(cat "$0" "$cli_dir"/[0-9][0-9]-*.cli | sha256sum | cut -d' ' -f1)
if [ -f "$marker" ] && [ "$(cat "$marker")" = "$fingerprint" ]; then
    echo "Herald: $server_dir is already configured"
    exit 0
fi

script=$(mktemp)
trap 'rm -f "$script"' EXIT
{
    echo "embed-server --server-config=standalone-full.xml --std-out=discard"
    for f in "$cli_dir"/[0-9][0-9]-*.cli; do
        cat "$f"
        echo
    done
    echo "stop-embedded-server"
} > "$script"

echo "Herald: applying $(ls "$cli_dir"/[0-9][0-9]-*.cli | xargs -n1 basename | tr '\n' ' ')"
"$server_dir/bin/jboss-cli.sh" --file="$script"

# Demo users of the application realm. Operators set their own passwords with
#   bin/add-user.sh -a -u <user> -p <password> -g <role>
"$server_dir/bin/add-user.sh" -s -a -u herald-admin -p 'HeraldAdmin1!' -g herald-admin
"$server_dir/bin/add-user.sh" -s -a -u herald-producer -p 'HeraldProducer1!' -g guest

echo "$fingerprint" > "$marker"
echo "Herald: server configured in $server_dir"
