#!/usr/bin/env bash
# The base directory of the tests' second server, whose HeraldDS is PostgreSQL: the provisioned server's
# configuration (without the shared test server's deployment record), then postgresql-datasource.cli
# applied to it offline, as an operator switches a server. It runs from the same WildFly installation with
# -Djboss.server.base.dir pointing here; the database's URL and credentials come from its environment.
# Usage: pg-server.sh <provisioned server dir> <base dir to make> <postgresql-datasource.cli>
set -euo pipefail

server_dir=$1
base=$2
cli_script=$3

rm -rf "$base"
mkdir -p "$base/configuration" "$base/deployments"
# logging.properties names the provisioned server's log file: this server makes its own.
find "$server_dir/standalone/configuration" -maxdepth 1 -type f ! -name logging.properties \
    -exec cp {} "$base/configuration/" \;
config="$base/configuration/standalone-full.xml"
perl -0pi -e 's{<deployments>.*?</deployments>}{}s' "$config"

script=$(mktemp)
trap 'rm -f "$script"' EXIT
{
    echo "embed-server --server-config=standalone-full.xml --std-out=discard"
    cat "$cli_script"
    echo
    echo "stop-embedded-server"
} > "$script"
"$server_dir/bin/jboss-cli.sh" -Djboss.server.base.dir="$base" --file="$script" > "$base/configure.log" 2>&1 \
    || { cat "$base/configure.log"; exit 1; }
grep -q 'driver>postgresql<' "$config" || { echo "HeraldDS is not on PostgreSQL in $config"; exit 1; }
echo "Herald: PostgreSQL test server configured in $base"
