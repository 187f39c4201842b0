package io.herald.protocol.wazo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.herald.core.Secrets;
import io.herald.persistence.wazo.WazoAuthToken;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.lang.reflect.Field;
import java.lang.reflect.Proxy;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** What the directory hands to JPA: the token's hash under its handle, never the token. */
class WazoTokenDirectoryTest {

    private static final Instant EXPIRY = Instant.parse("2030-01-01T00:00:00Z");
    private static final String TOKEN = "a-token-0123456789";

    /** The rows as JPA would write them, by primary key. */
    private final Map<String, WazoAuthToken> table = new TreeMap<>();
    private final List<WazoTokenRevoked> fired = new ArrayList<>();
    private final WazoTokenDirectory directory = new WazoTokenDirectory();

    WazoTokenDirectoryTest() {
        directory.em = entityManager();
        directory.revocations = revocations();
    }

    @Test
    void theHandleIsTheStartOfTheTokensSha256() {
        assertEquals(Secrets.sha256Hex(TOKEN).substring(0, 16), WazoTokenHandle.of(TOKEN));
    }

    @Test
    void aStoredRowHoldsTheHashAndTheHandleAndNoFieldHoldsTheToken() throws Exception {
        directory.put(token(TOKEN));
        WazoAuthToken row = table.get(WazoTokenHandle.of(TOKEN));
        assertEquals(Secrets.sha256Hex(TOKEN), row.getTokenSha256());
        for (Field field : WazoAuthToken.class.getDeclaredFields()) {
            field.setAccessible(true);
            assertFalse(String.valueOf(field.get(row)).contains(TOKEN), field.getName());
        }
    }

    @Test
    void thePresentedTokenIsFoundByItsHashAndOthersAreNot() {
        directory.put(token(TOKEN));
        assertEquals(TOKEN, directory.presented(TOKEN).orElseThrow().as(TOKEN).id());
        assertTrue(directory.presented(TOKEN + "x").isEmpty());
        assertTrue(directory.stored(TOKEN).isEmpty(), "the token does not name its row");
        assertEquals(WazoTokenHandle.of(TOKEN), directory.stored(WazoTokenHandle.of(TOKEN)).orElseThrow().handle());
    }

    @Test
    void aRowWhoseHandleMatchesButWhoseHashDoesNotIsNotTheToken() {
        table.put(WazoTokenHandle.of(TOKEN), new WazoAuthToken(WazoTokenHandle.of(TOKEN), Secrets.sha256Hex("other")));
        assertTrue(directory.presented(TOKEN).isEmpty());
    }

    @Test
    void revokingByHandleTellsTheLiveConnectionsByHandle() {
        directory.put(token(TOKEN));
        assertTrue(directory.revoke(WazoTokenHandle.of(TOKEN)).orElseThrow().revoked());
        assertEquals(List.of(new WazoTokenRevoked(WazoTokenHandle.of(TOKEN))), fired);
        assertTrue(directory.presented(TOKEN).orElseThrow().revoked());
    }

    @Test
    void rowsStoredInTheClearAreRewrittenAsHashesAndKeepWorking() {
        WazoAuthToken clear = new WazoAuthToken("legacy-token", null);
        clear.setTenantUuid("t-1");
        clear.setAcl(List.of("websocketd"));
        clear.setExpiresAt(EXPIRY);
        clear.setRevoked(true);
        table.put("legacy-token", clear);

        assertEquals(1, directory.hashClearTokens());

        assertEquals(List.of(WazoTokenHandle.of("legacy-token")), List.copyOf(table.keySet()));
        WazoTokenDirectory.StoredToken found = directory.presented("legacy-token").orElseThrow();
        assertEquals("t-1", found.tenantUuid());
        assertEquals(List.of("websocketd"), found.acl());
        assertTrue(found.revoked(), "a revoked token stays revoked");
        assertEquals(0, directory.hashClearTokens());
    }

    @Test
    void aClearRowIsNeverListedNorFoundByItsText() {
        table.put("legacy-token", new WazoAuthToken("legacy-token", null));
        assertTrue(directory.all().isEmpty());
        assertTrue(directory.stored("legacy-token").isEmpty());
    }

    @Test
    void aTokensToStringShowsItsHandleNotItself() {
        String text = token(TOKEN).toString();
        assertFalse(text.contains(TOKEN), text);
        assertTrue(text.contains(WazoTokenHandle.of(TOKEN)), text);
    }

    private static WazoToken token(String text) {
        return new WazoToken(text, "u-1", "t-1", List.of("websocketd"), EXPIRY, false);
    }

    /** The few EntityManager calls the directory makes, over {@link #table}. */
    private EntityManager entityManager() {
        return (EntityManager) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {EntityManager.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "find" -> table.get((String) args[1]);
                    case "persist" -> table.put(((WazoAuthToken) args[0]).getId(), (WazoAuthToken) args[0]);
                    case "remove" -> table.remove(((WazoAuthToken) args[0]).getId());
                    case "createNamedQuery" -> query(table.values().stream()
                            .filter(row -> row.getTokenSha256() == null).toList());
                    case "createQuery" -> query(table.values().stream()
                            .filter(row -> row.getTokenSha256() != null).toList());
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    private TypedQuery<?> query(List<WazoAuthToken> rows) {
        List<WazoAuthToken> result = List.copyOf(rows);
        return (TypedQuery<?>) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {TypedQuery.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "getResultList" -> result;
                    case "getResultStream" -> result.stream();
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    @SuppressWarnings("unchecked")
    private Event<WazoTokenRevoked> revocations() {
        return (Event<WazoTokenRevoked>) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Event.class},
                (proxy, method, args) -> {
                    if (!"fire".equals(method.getName())) {
                        throw new UnsupportedOperationException(method.getName());
                    }
                    fired.add((WazoTokenRevoked) Objects.requireNonNull(args[0]));
                    return null;
                });
    }
}
