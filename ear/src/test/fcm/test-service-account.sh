#!/usr/bin/env bash
# The FCM service account the test servers push as (herald.chat.fcm.service-account): a JSON key file
# in the form the Firebase console hands out, with an RSA key made afresh for every test run. Its
# token_uri is Google's; the test servers send tokens requests to the ITs' fake instead
# (herald.chat.fcm.token-url).
# Usage: test-service-account.sh <key file>
set -euo pipefail

file=$1
dir=$(dirname "$file")
mkdir -p "$dir"
rm -f "$file" "$dir/service-account-key.pem"

openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$dir/service-account-key.pem" 2>/dev/null
key=$(awk '{printf "%s\\n", $0}' "$dir/service-account-key.pem")
rm -f "$dir/service-account-key.pem"
cat > "$file" <<JSON
{
  "type": "service_account",
  "project_id": "herald-it",
  "private_key_id": "herald-it-key",
  "private_key": "$key",
  "client_email": "herald-push@herald-it.iam.gserviceaccount.com",
  "client_id": "1",
  "token_uri": "https://oauth2.googleapis.com/token"
}
JSON
chmod 600 "$file"
echo "Herald: test FCM service account in $file"
