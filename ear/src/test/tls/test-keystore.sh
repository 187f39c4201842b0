#!/usr/bin/env bash
# The key store the test server's herald-wss listener starts with (herald.wss.keystore.path), made
# the way the README tells an operator to install a real certificate: a PEM certificate and key
# turned into PKCS12 with openssl. The certificate is self-signed for herald.test (not localhost,
# so a test can tell it from the one Elytron generates) and made afresh for every test run.
# Usage: test-keystore.sh <key store file> <password>
set -euo pipefail

store=$1
password=$2
dir=$(dirname "$store")
mkdir -p "$dir"
rm -f "$store" "$dir/herald-test.key" "$dir/herald-test.crt"

openssl req -x509 -newkey rsa:2048 -sha256 -days 30 -nodes -subj /CN=herald.test \
    -addext subjectAltName=DNS:herald.test \
    -keyout "$dir/herald-test.key" -out "$dir/herald-test.crt" 2>/dev/null
PASSWORD=$password openssl pkcs12 -export -name herald -in "$dir/herald-test.crt" -inkey "$dir/herald-test.key" \
    -out "$store" -passout env:PASSWORD
rm -f "$dir/herald-test.key"
echo "Herald: test key store for herald.test in $store"
