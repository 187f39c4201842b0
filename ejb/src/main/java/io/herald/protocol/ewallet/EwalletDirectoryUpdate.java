package io.herald.protocol.ewallet;

import io.herald.ingest.MalformedEventException;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Directory entries a producer upserts through the eWallet queue, in the message's top-level
 * {@code directory} object:
 * {@code {"users":[{"id","provider_user_id","addresses"}],"accounts":[{"id","addresses"}],
 * "transaction_requests":[{"id","address"}],"transaction_consumptions":[{"id","address"}]}}.
 * Credentials (keys, secrets, tokens) are never accepted here: they go through the admin API only,
 * so they never sit in a queue or a dead-letter queue.
 */
public record EwalletDirectoryUpdate(List<User> users, List<Account> accounts,
                                     List<Transaction> transactionRequests,
                                     List<Transaction> transactionConsumptions) {

    /** Longest id or address the directory stores. */
    public static final int MAX_ID_LENGTH = 200;

    private static final Set<String> SECTIONS =
            Set.of("users", "accounts", "transaction_requests", "transaction_consumptions");

    /** @param providerUserId null when the user has none */
    public record User(String id, String providerUserId, List<String> addresses) {
        public User {
            Objects.requireNonNull(id, "id");
            addresses = List.copyOf(addresses);
        }
    }

    public record Account(String id, List<String> addresses) {
        public Account {
            Objects.requireNonNull(id, "id");
            addresses = List.copyOf(addresses);
        }
    }

    /** A transaction request or consumption and the wallet address it belongs to. */
    public record Transaction(String id, String address) {
        public Transaction {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(address, "address");
        }
    }

    public EwalletDirectoryUpdate {
        users = List.copyOf(users);
        accounts = List.copyOf(accounts);
        transactionRequests = List.copyOf(transactionRequests);
        transactionConsumptions = List.copyOf(transactionConsumptions);
    }

    /** Reads the value of a message's {@code directory} key; every problem names where it is. */
    public static EwalletDirectoryUpdate read(JsonValue value) throws MalformedEventException {
        JsonObject directory = object(value, "directory");
        for (String key : directory.keySet()) {
            if (!SECTIONS.contains(key)) {
                throw new MalformedEventException("\"directory\" has no section \"" + key + "\" (it takes "
                        + "users, accounts, transaction_requests and transaction_consumptions; never credentials)");
            }
        }
        List<User> users = new ArrayList<>();
        for (JsonObject entry : entries(directory, "users")) {
            users.add(new User(id(entry, "users"), optionalId(entry, "provider_user_id", "users"),
                    addresses(entry, "users")));
        }
        List<Account> accounts = new ArrayList<>();
        for (JsonObject entry : entries(directory, "accounts")) {
            accounts.add(new Account(id(entry, "accounts"), addresses(entry, "accounts")));
        }
        return new EwalletDirectoryUpdate(users, accounts,
                transactions(directory, "transaction_requests"),
                transactions(directory, "transaction_consumptions"));
    }

    /** True if a valid id or address: 1 to {@value #MAX_ID_LENGTH} characters, none of them blank or control. */
    public static boolean isValidId(String id) {
        if (id == null || id.isEmpty() || id.length() > MAX_ID_LENGTH) {
            return false;
        }
        return id.codePoints().noneMatch(c -> Character.isWhitespace(c) || Character.isISOControl(c));
    }

    private static List<Transaction> transactions(JsonObject directory, String section)
            throws MalformedEventException {
        List<Transaction> transactions = new ArrayList<>();
        for (JsonObject entry : entries(directory, section)) {
            String address = optionalId(entry, "address", section);
            if (address == null) {
                throw new MalformedEventException("\"directory." + section + "\" entries need an \"address\"");
            }
            transactions.add(new Transaction(id(entry, section), address));
        }
        return transactions;
    }

    private static List<JsonObject> entries(JsonObject directory, String section) throws MalformedEventException {
        JsonValue value = directory.get(section);
        if (value == null) {
            return List.of();
        }
        if (value.getValueType() != JsonValue.ValueType.ARRAY) {
            throw new MalformedEventException("\"directory." + section + "\" must be an array");
        }
        List<JsonObject> entries = new ArrayList<>();
        for (JsonValue element : value.asJsonArray()) {
            entries.add(object(element, "directory." + section + "[]"));
        }
        return entries;
    }

    private static String id(JsonObject entry, String section) throws MalformedEventException {
        String id = optionalId(entry, "id", section);
        if (id == null) {
            throw new MalformedEventException("\"directory." + section + "\" entries need an \"id\"");
        }
        return id;
    }

    private static String optionalId(JsonObject entry, String key, String section) throws MalformedEventException {
        JsonValue value = entry.get(key);
        if (value == null || value == JsonValue.NULL) {
            return null;
        }
        if (!(value instanceof JsonString s) || !isValidId(s.getString())) {
            throw new MalformedEventException("\"directory." + section + "[]." + key + "\" must be a string of 1 to "
                    + MAX_ID_LENGTH + " characters without spaces, not " + value);
        }
        return s.getString();
    }

    private static List<String> addresses(JsonObject entry, String section) throws MalformedEventException {
        JsonValue value = entry.get("addresses");
        if (value == null || value == JsonValue.NULL) {
            return List.of();
        }
        if (value.getValueType() != JsonValue.ValueType.ARRAY) {
            throw new MalformedEventException("\"directory." + section + "[].addresses\" must be an array of strings");
        }
        List<String> addresses = new ArrayList<>();
        for (JsonValue element : (JsonArray) value) {
            if (!(element instanceof JsonString s) || !isValidId(s.getString())) {
                throw new MalformedEventException("\"directory." + section + "[].addresses\" holds " + element
                        + ", which is no wallet address");
            }
            addresses.add(s.getString());
        }
        return addresses;
    }

    private static JsonObject object(JsonValue value, String where) throws MalformedEventException {
        if (value == null || value.getValueType() != JsonValue.ValueType.OBJECT) {
            throw new MalformedEventException("\"" + where + "\" must be an object");
        }
        return value.asJsonObject();
    }
}
