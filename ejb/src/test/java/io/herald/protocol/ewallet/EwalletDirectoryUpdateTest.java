package io.herald.protocol.ewallet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.herald.ingest.MalformedEventException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EwalletDirectoryUpdateTest {

    @Test
    void readsEverySection() throws MalformedEventException {
        EwalletMessage message = EwalletEventMapper.readMessage("""
                {"directory":{
                  "users":[{"id":"usr_1","provider_user_id":"p1","addresses":["addr-1","addr-2"]},{"id":"usr_2"}],
                  "accounts":[{"id":"acc_1","addresses":["addr-3"]}],
                  "transaction_requests":[{"id":"txr_1","address":"addr-1"}],
                  "transaction_consumptions":[{"id":"txc_1","address":"addr-2"}]}}
                """);

        assertNull(message.event());
        EwalletDirectoryUpdate update = message.directory();
        assertEquals(List.of(new EwalletDirectoryUpdate.User("usr_1", "p1", List.of("addr-1", "addr-2")),
                new EwalletDirectoryUpdate.User("usr_2", null, List.of())), update.users());
        assertEquals(List.of(new EwalletDirectoryUpdate.Account("acc_1", List.of("addr-3"))), update.accounts());
        assertEquals(List.of(new EwalletDirectoryUpdate.Transaction("txr_1", "addr-1")), update.transactionRequests());
        assertEquals(List.of(new EwalletDirectoryUpdate.Transaction("txc_1", "addr-2")),
                update.transactionConsumptions());
    }

    @Test
    void aMessageMayCarryEntriesAndAnEvent() throws MalformedEventException {
        EwalletMessage message = EwalletEventMapper.readMessage("""
                {"directory":{"transaction_consumptions":[{"id":"txc_1","address":"addr-1"}]},
                 "event":"transaction_consumption_request","topics":["address:addr-1"],"success":true,"data":{}}
                """);

        assertEquals("transaction_consumption_request", message.event().event());
        assertEquals(1, message.directory().transactionConsumptions().size());
    }

    @Test
    void aMessageWithoutEntriesIsAnEvent() throws MalformedEventException {
        EwalletMessage message = EwalletEventMapper.readMessage(
                "{\"event\":\"e\",\"topics\":[\"user:u\"],\"success\":true}");

        assertNull(message.directory());
        assertEquals(List.of("user:u"), message.event().topics());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "{}",
            "{\"directory\":[]}",
            "{\"directory\":{\"tokens\":[{\"token\":\"secret\"}]}}",
            "{\"directory\":{\"provider_keys\":[]}}",
            "{\"directory\":{\"users\":{}}}",
            "{\"directory\":{\"users\":[\"usr_1\"]}}",
            "{\"directory\":{\"users\":[{}]}}",
            "{\"directory\":{\"users\":[{\"id\":\"\"}]}}",
            "{\"directory\":{\"users\":[{\"id\":\"has space\"}]}}",
            "{\"directory\":{\"users\":[{\"id\":7}]}}",
            "{\"directory\":{\"users\":[{\"id\":\"u\",\"addresses\":\"a\"}]}}",
            "{\"directory\":{\"users\":[{\"id\":\"u\",\"addresses\":[null]}]}}",
            "{\"directory\":{\"accounts\":[{\"addresses\":[\"a\"]}]}}",
            "{\"directory\":{\"transaction_requests\":[{\"id\":\"txr_1\"}]}}",
            "{\"directory\":{\"transaction_consumptions\":[{\"id\":\"txc_1\",\"address\":1}]}}",
            "{\"directory\":{},\"event\":\"e\",\"topics\":[\"foo:1\"],\"success\":true}",
            "{\"directory\":{},\"topics\":[\"user:u\"],\"success\":true}"
    })
    void refusesWhatItCannotStoreWithAReason(String body) {
        MalformedEventException e = assertThrows(MalformedEventException.class, () -> EwalletEventMapper.readMessage(body));
        assertTrue(!e.getMessage().isBlank());
    }

    @Test
    void idsAreBoundedAndPrintable() {
        assertTrue(EwalletDirectoryUpdate.isValidId("5555cer3-15d1-4463-9ec2-02bc8ded7120"));
        assertTrue(EwalletDirectoryUpdate.isValidId("a".repeat(200)));
        assertTrue(!EwalletDirectoryUpdate.isValidId("a".repeat(201)));
        assertTrue(!EwalletDirectoryUpdate.isValidId("tab\there"));
        assertTrue(!EwalletDirectoryUpdate.isValidId(null));
    }
}
