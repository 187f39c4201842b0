package io.herald.protocol.ewallet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.herald.protocol.ewallet.EwalletTopics.Channel;
import io.herald.protocol.ewallet.EwalletTopics.Topic;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class EwalletTopicsTest {

    @ParameterizedTest
    @CsvSource({
            "account:acc_01, ACCOUNT, acc_01",
            "user:usr_01, USER, usr_01",
            "user:provider-user-7, USER, provider-user-7",
            "address:5555cer3-15d1, ADDRESS, 5555cer3-15d1",
            "transaction_request:txr_01, TRANSACTION_REQUEST, txr_01",
            "transaction_consumption:txc_01, TRANSACTION_CONSUMPTION, txc_01",
            "address:a:b, ADDRESS, a:b"
    })
    void matchesTheFiveChannels(String topic, Channel channel, String id) {
        assertEquals(Optional.of(new Topic(channel, id)), EwalletTopics.parse(topic));
    }

    @ParameterizedTest
    @ValueSource(strings = {"foo:1", "phoenix", "account", "Account:acc_01", "", ":acc_01", "transaction:txn_01"})
    @NullSource
    void anythingElseIsUnmatched(String topic) {
        assertTrue(EwalletTopics.parse(topic).isEmpty());
    }

    @ParameterizedTest
    @CsvSource({"ACCOUNT, account:x", "TRANSACTION_CONSUMPTION, transaction_consumption:x"})
    void buildsTopicsBack(Channel channel, String topic) {
        assertEquals(topic, channel.topic("x"));
    }

    @org.junit.jupiter.api.Test
    void anEmptyIdStillMatchesItsChannel() {
        assertEquals(Optional.of(new Topic(Channel.USER, "")), EwalletTopics.parse("user:"));
    }
}
