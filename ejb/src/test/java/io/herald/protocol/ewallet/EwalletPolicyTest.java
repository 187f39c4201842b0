package io.herald.protocol.ewallet;

import static io.herald.core.JoinDecision.ALLOWED;
import static io.herald.core.JoinDecision.FORBIDDEN;
import static io.herald.core.JoinDecision.NOT_FOUND;
import static io.herald.core.JoinDecision.UNMATCHED;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.herald.core.JoinDecision;
import io.herald.core.Protocol;
import io.herald.protocol.ewallet.EwalletPrincipal.ClientUser;
import io.herald.protocol.ewallet.EwalletPrincipal.Provider;
import io.herald.testing.InMemoryEwalletDirectory;
import java.lang.reflect.Proxy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EwalletPolicyTest {

    private static final Provider PROVIDER = new Provider("ak_1");
    /** Alice owns wallet addr-alice, which received request txr_alice and consumption txc_alice. */
    private static final ClientUser ALICE = new ClientUser("api_1", "usr_alice", "alice-ext");

    private final InMemoryEwalletDirectory directory = new InMemoryEwalletDirectory()
            .user("usr_alice", "alice-ext", "addr-alice")
            .user("usr_bob", "bob-ext", "addr-bob");
    private final EwalletPolicy policy = new EwalletPolicy(directory);

    {
        directory.accounts.add("acc_1");
        directory.requestAddresses.put("txr_alice", "addr-alice");
        directory.requestAddresses.put("txr_bob", "addr-bob");
        directory.consumptionAddresses.put("txc_alice", "addr-alice");
        directory.consumptionAddresses.put("txc_bob", "addr-bob");
    }

    @Test
    void anIdLongerThanTheDirectoryHoldsIsNotFoundWithoutALookup() {
        EwalletPolicy neverAsks = new EwalletPolicy((EwalletDirectory) Proxy.newProxyInstance(
                EwalletDirectory.class.getClassLoader(), new Class<?>[] {EwalletDirectory.class},
                (proxy, method, args) -> {
                    throw new AssertionError("looked up " + method.getName());
                }));
        String tooLong = "x".repeat(EwalletDirectoryUpdate.MAX_ID_LENGTH + 1);
        for (String channel : new String[] {"account", "user", "address", "transaction_request", "transaction_consumption"}) {
            assertEquals(NOT_FOUND, neverAsks.mayJoin(PROVIDER, channel + ":" + tooLong), channel);
        }
        assertEquals(FORBIDDEN, neverAsks.mayJoin(ALICE, "account:" + tooLong), "a client may not even probe accounts");
        for (String channel : new String[] {"user", "address", "transaction_request", "transaction_consumption"}) {
            assertEquals(NOT_FOUND, neverAsks.mayJoin(ALICE, channel + ":" + tooLong), channel);
        }
        String longest = "x".repeat(EwalletDirectoryUpdate.MAX_ID_LENGTH);
        directory.accounts.add(longest);
        assertEquals(ALLOWED, policy.mayJoin(PROVIDER, "account:" + longest));
    }

    @Test
    void speaksForTheEwalletProtocol() {
        assertEquals(Protocol.EWALLET, policy.lane().protocol());
    }

    @ParameterizedTest
    @CsvSource({
            "account:acc_1, ALLOWED",
            "account:acc_404, NOT_FOUND",
            "user:usr_bob, ALLOWED",
            "user:bob-ext, ALLOWED",
            "user:usr_404, NOT_FOUND",
            "address:addr-bob, ALLOWED",
            "address:addr-404, NOT_FOUND",
            "transaction_request:txr_bob, ALLOWED",
            "transaction_request:txr_404, NOT_FOUND",
            "transaction_consumption:txc_alice, ALLOWED",
            "transaction_consumption:txc_404, NOT_FOUND",
            "user:, NOT_FOUND",
            "foo:1, UNMATCHED",
            "phoenix, UNMATCHED"
    })
    void aProviderJoinsWhateverExists(String topic, JoinDecision expected) {
        assertEquals(expected, policy.mayJoin(PROVIDER, topic));
    }

    @ParameterizedTest
    @CsvSource({
            "account:acc_1, FORBIDDEN",
            "account:acc_404, FORBIDDEN",
            "user:usr_alice, ALLOWED",
            "user:alice-ext, ALLOWED",
            "user:usr_bob, FORBIDDEN",
            "user:bob-ext, FORBIDDEN",
            "user:usr_404, NOT_FOUND",
            "address:addr-alice, ALLOWED",
            "address:addr-bob, FORBIDDEN",
            "address:addr-404, NOT_FOUND",
            "transaction_request:txr_alice, ALLOWED",
            "transaction_request:txr_bob, FORBIDDEN",
            "transaction_request:txr_404, NOT_FOUND",
            "transaction_consumption:txc_alice, ALLOWED",
            "transaction_consumption:txc_bob, FORBIDDEN",
            "transaction_consumption:txc_404, NOT_FOUND",
            "address:, NOT_FOUND",
            "foo:1, UNMATCHED"
    })
    void aClientJoinsOnlyItsUsersOwnChannels(String topic, JoinDecision expected) {
        assertEquals(expected, policy.mayJoin(ALICE, topic));
    }

    @Test
    void aClientUserWithoutProviderUserIdIsNotNamedByOne() {
        ClientUser carol = new ClientUser("api_1", "usr_carol", null);
        directory.user("usr_carol", null);

        assertEquals(ALLOWED, policy.mayJoin(carol, "user:usr_carol"));
        assertEquals(FORBIDDEN, policy.mayJoin(carol, "user:alice-ext"));
    }

    @Test
    void anUnknownPrincipalIsForbiddenEverywhere() {
        assertEquals(FORBIDDEN, policy.mayJoin(null, "account:acc_1"));
        assertEquals(FORBIDDEN, policy.mayJoin(null, "user:usr_alice"));
        assertEquals(UNMATCHED, policy.mayJoin(null, "foo:1"));
    }

    @Test
    void notFoundIsDecidedBeforeForbiddenForAClient() {
        assertEquals(NOT_FOUND, policy.mayJoin(ALICE, "transaction_request:txr_gone"));
    }
}
