package io.herald.web.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.herald.testing.HostileJson;
import io.herald.web.admin.ChatDevicesResource;
import io.herald.web.admin.ChatTokensResource;
import io.herald.web.admin.EwalletDirectoryResource;
import io.herald.web.admin.LoomAppsResource;
import io.herald.web.admin.OpenBazaarNodesResource;
import io.herald.web.admin.WazoTokensResource;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JsonRequestBinderTest {

    @JsonRequest
    record Sample(@MaxLength(5) String name, Long count, Boolean flag, @MaxLength(3) List<String> tags) {
    }

    @JsonRequest
    record Unbounded(String name) {
    }

    @Test
    void aBodyIsBoundByComponentName() {
        assertEquals(new Sample("ab", 7L, true, List.of("x", "yz")),
                read(Sample.class, "{\"name\":\"ab\",\"count\":7,\"flag\":true,\"tags\":[\"x\",\"yz\"]}"));
    }

    @Test
    void absentAndNullFieldsAreNullAndUnknownOnesAreSkipped() {
        assertEquals(new Sample(null, null, null, null),
                read(Sample.class, "{\"name\":null,\"other\":{\"a\":[1,{\"b\":2}]},\"more\":3}"));
    }

    @Test
    void anEmptyBodyOrJsonNullIsNull() {
        assertNull(read(Sample.class, ""));
        assertNull(read(Sample.class, "null"));
    }

    @Test
    void aStringOverItsMaximumIsA400NamingTheField() {
        assertField("name", "{\"name\":\"abcdef\"}");
        assertEquals(new Sample("abcde", null, null, null), read(Sample.class, "{\"name\":\"abcde\"}"));
        assertField("tags", "{\"tags\":[\"ok\",\"long\"]}");
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"count\":\"abc\"}", "{\"count\":1e99}", "{\"count\":1.5}", "{\"count\":true}",
            "{\"count\":9223372036854775808}", "{\"count\":123456789012345678901234567890}", "{\"count\":[1]}"})
    void aCountThatIsNoLongIsA400NamingIt(String body) {
        assertField("count", body);
    }

    @Test
    void wrongTypesNameTheirField() {
        assertField("name", "{\"name\":5}");
        assertField("flag", "{\"flag\":\"yes\"}");
        assertField("tags", "{\"tags\":\"x\"}");
        assertField("tags", "{\"tags\":[null]}");
        assertField("tags", "{\"tags\":[[\"x\"]]}");
    }

    @ParameterizedTest
    @ValueSource(strings = {"{nope", "[1]", "\"text\"", "{\"name\":\"a\"} {}", "{\"name\":\"a\"", " "})
    void aBodyThatIsNotOneJsonObjectIsA400NamingTheBody(String body) {
        assertField("body", body);
    }

    @Test
    void deepNestingIsRefusedLongBeforeTheParsersOwnLimit() {
        String deep = HostileJson.nestedArrays(100_000);
        assertField("body", "{\"other\":" + deep + "}");
        assertField("tags", "{\"tags\":" + deep + "}");
        assertField("body", deep);
        String nested = "{\"other\":" + "[".repeat(JsonRequestBinder.MAX_DEPTH - 2) + "]".repeat(JsonRequestBinder.MAX_DEPTH - 2) + "}";
        assertEquals(new Sample(null, null, null, null), read(Sample.class, nested));
    }

    @Test
    void aBodyOverTheBudgetNamesTheFieldBeingReadWhenItRanOut() {
        String huge = "x".repeat(10_000_000);
        InvalidInput invalid = assertThrows(InvalidInput.class,
                () -> read(Sample.class, "{\"count\":1,\"name\":\"" + huge + "\"}"));
        assertEquals("name", invalid.field());
        assertTrue(invalid.getMessage().contains("65536 bytes"), invalid.getMessage());
        assertField("body", "{\"other\":\"" + huge + "\"}");
    }

    @Test
    void theBodyIsNotReadPastItsBudget() {
        CountingStream body = new CountingStream(("{\"name\":\"" + "x".repeat(1_000_000) + "\"}")
                .getBytes(StandardCharsets.UTF_8));
        assertThrows(InvalidInput.class, () -> JsonRequestBinder.read(Sample.class, body));
        assertTrue(body.taken <= JsonRequestBinder.MAX_BYTES + 1, "read " + body.taken + " bytes");
    }

    @Test
    void aBodyOfExactlyTheBudgetIsRead() {
        String prefix = "{\"other\":\"";
        String padding = "x".repeat(JsonRequestBinder.MAX_BYTES - prefix.length() - 2);
        assertEquals(new Sample(null, null, null, null), read(Sample.class, prefix + padding + "\"}"));
        assertField("body", prefix + padding + "x\"}");
    }

    @Test
    void aStringComponentWithoutMaximumIsAProgrammingError() {
        assertThrows(IllegalStateException.class, () -> read(Unbounded.class, "{\"name\":\"a\"}"));
    }

    /** Every request record of the REST resources binds: each string component has its maximum. */
    @Test
    void everyRequestRecordOfTheResourcesIsBindable() {
        String strings = "\"s\"";
        assertEquals(new ChatDevicesResource.DeviceRequest(1L, "ios"),
                read(ChatDevicesResource.DeviceRequest.class, "{\"userId\":1,\"platform\":\"ios\"}"));
        assertEquals(new ChatTokensResource.TokenRequest(1L, "s", "s"),
                read(ChatTokensResource.TokenRequest.class, "{\"userId\":1,\"token\":" + strings + ",\"expiresAt\":" + strings + "}"));
        assertEquals(new LoomAppsResource.AppRequest(List.of("s")),
                read(LoomAppsResource.AppRequest.class, "{\"events\":[\"s\"]}"));
        assertEquals(new OpenBazaarNodesResource.NodeRequest(true, "s", "s", "s", List.of("s")),
                read(OpenBazaarNodesResource.NodeRequest.class,
                        "{\"enabled\":true,\"username\":\"s\",\"password\":\"s\",\"cookie\":\"s\",\"allowedIps\":[\"s\"]}"));
        assertEquals(new WazoTokensResource.TokenRequest("s", "s", "s", "s", List.of("s"), "s", 5L, false),
                read(WazoTokensResource.TokenRequest.class, "{\"token\":\"s\",\"id\":\"s\",\"userUuid\":\"s\",\"tenantUuid\":\"s\","
                        + "\"acl\":[\"s\"],\"expiresAt\":\"s\",\"expiresIn\":5,\"admin\":false}"));
        assertEquals(new WazoTokensResource.TokenChange(true),
                read(WazoTokensResource.TokenChange.class, "{\"revoked\":true}"));
        assertEquals(new EwalletDirectoryResource.ProviderKeyRequest("s", true),
                read(EwalletDirectoryResource.ProviderKeyRequest.class, "{\"secretKey\":\"s\",\"enabled\":true}"));
        assertEquals(new EwalletDirectoryResource.ApiKeyRequest(false),
                read(EwalletDirectoryResource.ApiKeyRequest.class, "{\"enabled\":false}"));
        assertEquals(new EwalletDirectoryResource.UserRequest("s", List.of("s")),
                read(EwalletDirectoryResource.UserRequest.class, "{\"providerUserId\":\"s\",\"addresses\":[\"s\"]}"));
        assertEquals(new EwalletDirectoryResource.TokenRequest("s", "s"),
                read(EwalletDirectoryResource.TokenRequest.class, "{\"token\":\"s\",\"expiresAt\":\"s\"}"));
        assertEquals(new EwalletDirectoryResource.RevocationRequest("s"),
                read(EwalletDirectoryResource.RevocationRequest.class, "{\"token\":\"s\"}"));
        assertEquals(new EwalletDirectoryResource.AccountRequest(List.of("s")),
                read(EwalletDirectoryResource.AccountRequest.class, "{\"addresses\":[\"s\"]}"));
        assertEquals(new EwalletDirectoryResource.AddressRequest("s"),
                read(EwalletDirectoryResource.AddressRequest.class, "{\"address\":\"s\"}"));
    }

    @Test
    void columnLengthsBoundTheStoredFields() {
        InvalidInput username = assertThrows(InvalidInput.class, () -> read(OpenBazaarNodesResource.NodeRequest.class,
                "{\"username\":\"" + "u".repeat(101) + "\"}"));
        assertEquals("username", username.field());
        InvalidInput cookie = assertThrows(InvalidInput.class, () -> read(OpenBazaarNodesResource.NodeRequest.class,
                "{\"cookie\":\"" + "c".repeat(201) + "\"}"));
        assertEquals("cookie", cookie.field());
    }

    private static <R extends Record> R read(Class<R> type, String body) {
        return JsonRequestBinder.read(type, new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)));
    }

    private static void assertField(String field, String body) {
        InvalidInput invalid = assertThrows(InvalidInput.class, () -> read(Sample.class, body));
        assertEquals(field, invalid.field(), invalid.getMessage());
    }

    private static final class CountingStream extends InputStream {
        private final InputStream in;
        long taken;

        CountingStream(byte[] bytes) {
            this.in = new ByteArrayInputStream(bytes);
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            taken += b < 0 ? 0 : 1;
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = in.read(buffer, offset, length);
            taken += Math.max(n, 0);
            return n;
        }
    }
}
