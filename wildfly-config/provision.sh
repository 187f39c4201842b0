#!/usr/bin/env bash
# Configures the WildFly that the build unpacked into $1 for Herald: applies every numbered
# CLI script of src/main/cli offline (embedded server, no ports opened), then sets the passwords of
# the application users herald-admin and herald-producer from the environment. The marker file
# holds a fingerprint of the scripts: later builds skip the scripts until one changes, then apply
# them all again (every step is guarded, so that is safe).
#
# HERALD_ADMIN_PASSWORD / HERALD_PRODUCER_PASSWORD: a user is created (or its password and role
# set) only when its variable is set and not empty, so a production server gets no user with a
# documented password. The Maven build passes the README's demo passwords (wildfly-config/pom.xml);
# operators leave them unset and run bin/add-user.sh themselves.
# HERALD_CONFIG_DIR: the configuration directory whose users are set (default: the server's own).
# HERALD_POSTGRESQL_DRIVER: the PostgreSQL JDBC driver jar (the build passes the one from Maven Central),
# installed as the module org.postgresql that postgresql-datasource.cli uses; unset: no module.
set -euo pipefail

server_dir=$1
cli_dir=$(cd "$(dirname "$0")/src/main/cli" && pwd)
marker="$server_dir/.herald-configured"

# The driver's module, replaced when the jar changes (a module is files, not configuration: no script needed).
if [ -n "${HERALD_POSTGRESQL_DRIVER:-}" ]; then
    module_dir="$server_dir/modules/org/postgresql/main"
    if [ ! -f "$module_dir/$(basename "$HERALD_POSTGRESQL_DRIVER")" ]; then
        rm -rf "$module_dir"
        "$server_dir/bin/jboss-cli.sh" --command="module add --name=org.postgresql --resources=$HERALD_POSTGRESQL_DRIVER --dependencies=java.se,jakarta.transaction.api"
        echo "Herald: PostgreSQL driver module org.postgresql installed from $(basename "$HERALD_POSTGRESQL_DRIVER")"
    fi
fi

fingerprint=$(cat "$0" "$cli_dir"/[0-9][0-9]-*.cli | sha256sum | cut -d' ' -f1)
if [ -f "$marker" ] && [ "$(cat "$marker")" = "$fingerprint" ]; then
    echo "Herald: $server_dir is already configured"
else
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
    echo "$fingerprint" > "$marker"
    echo "Herald: server configured in $server_dir"
fi

# Passwords change without a script changing, so users are set on every run. add-user.sh
# updates an existing user's password and groups.
config_dir=${HERALD_CONFIG_DIR:-$server_dir/standalone/configuration}
users_file="$config_dir/application-users.properties"

# A user without a password in the environment is left as it is, unless it still has the README's
# demo password (a server first provisioned as a demo): then it is removed, as no server outside
# a demo may accept a documented password.
set_user() {
    local user=$1 role=$2 password=$3 demo_password=$4
    if [ -n "$password" ]; then
        "$server_dir/bin/add-user.sh" -s -a -sc "$config_dir" -u "$user" -p "$password" -g "$role"
        echo "Herald: application user $user (role $role) set"
        return
    fi
    local demo_hash
    demo_hash=$(printf '%s' "$user:ApplicationRealm:$demo_password" | md5sum | cut -d' ' -f1)
    if grep -qx "$user=$demo_hash" "$users_file"; then
        sed -i "/^$user=$demo_hash\$/d" "$users_file"
        echo "Herald: application user $user had the README's demo password and was removed"
    else
        echo "Herald: no password given for $user, user left as it is (README: production)"
    fi
}
set_user herald-admin herald-admin "${HERALD_ADMIN_PASSWORD:-}" 'HeraldAdmin1!'
set_user herald-producer herald-producer "${HERALD_PRODUCER_PASSWORD:-}" 'HeraldProducer1!'
