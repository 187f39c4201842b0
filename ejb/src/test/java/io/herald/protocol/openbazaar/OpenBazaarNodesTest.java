package io.herald.protocol.openbazaar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.herald.core.Secrets;
import io.herald.persistence.openbazaar.OpenBazaarNode;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.lang.reflect.Field;
import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/** What the directory hands to JPA: a cookie's hash, never the cookie, and old clear cookies hashed. */
class OpenBazaarNodesTest {

    private static final String COOKIE = "a-cookie-0123456789";

    /** The rows as JPA would write them, by primary key. */
    private final Map<String, OpenBazaarNode> table = new TreeMap<>();
    private final OpenBazaarNodes nodes = new OpenBazaarNodes();
    private final NodeGate gate = new NodeGate(nodes);

    OpenBazaarNodesTest() {
        nodes.em = entityManager();
    }

    @Test
    void aStoredNodeHoldsTheCookiesHashAndNoFieldHoldsTheCookie() throws Exception {
        nodes.put(cookieNode("n-1", COOKIE));
        OpenBazaarNode row = table.get("n-1");
        assertEquals(Secrets.sha256Hex(COOKIE), row.getCookieSha256());
        for (Field field : OpenBazaarNode.class.getDeclaredFields()) {
            field.setAccessible(true);
            assertFalse(String.valueOf(field.get(row)).contains(COOKIE), field.getName());
        }
    }

    @Test
    void thePresentedCookieIsFoundByItsHashAndOthersAreNot() {
        nodes.put(cookieNode("n-1", COOKIE));
        assertEquals(Optional.of("n-1"), nodes.byCookieSha256(Secrets.sha256Hex(COOKIE)).map(NodeAccess::nodeId));
        assertTrue(nodes.byCookieSha256(COOKIE).isEmpty(), "the cookie itself names no node");
        assertEquals(Optional.of("n-1"), admit(COOKIE));
        assertEquals(Optional.empty(), admit(COOKIE + "x"));
    }

    @Test
    void aNodeSetWithoutACookieLosesItsHash() {
        nodes.put(cookieNode("n-1", COOKIE));
        nodes.put(new OpenBazaarNodes.NodeSettings("n-1", true, "alice", "pw", " ", List.of()));
        assertNull(table.get("n-1").getCookieSha256());
        assertEquals(Optional.empty(), admit(COOKIE));
    }

    @Test
    void cookiesStoredInTheClearAreHashedAtDeployAndKeepWorking() {
        table.put("legacy", clearRow("legacy", "legacy-cookie"));
        nodes.put(cookieNode("n-1", COOKIE));

        assertEquals(1, nodes.hashClearCookies());

        OpenBazaarNode row = table.get("legacy");
        assertNull(row.getClearCookie());
        assertEquals(Secrets.sha256Hex("legacy-cookie"), row.getCookieSha256());
        assertEquals(Optional.of("legacy"), admit("legacy-cookie"));
        assertEquals(Optional.of("n-1"), admit(COOKIE));
        assertEquals(0, nodes.hashClearCookies());
    }

    @Test
    void aClearCookieReplacesAHashInTheSameRow() {
        OpenBazaarNode row = clearRow("n-1", "newer-cookie");
        row.setCookieSha256(Secrets.sha256Hex("older-cookie"));
        table.put("n-1", row);

        assertEquals(1, nodes.hashClearCookies());

        assertEquals(Optional.of("n-1"), admit("newer-cookie"));
        assertEquals(Optional.empty(), admit("older-cookie"));
    }

    @Test
    void theListingShowsThatANodeHasACookieButNotTheCookie() {
        nodes.put(cookieNode("n-1", COOKIE));
        NodeAccess listed = nodes.all().get(0);
        assertEquals(Secrets.sha256Hex(COOKIE), listed.cookieSha256());
        assertFalse(listed.toString().contains(listed.cookieSha256()), listed.toString());
    }

    private Optional<String> admit(String cookie) {
        return gate.admit(new HandshakeCredentials("127.0.0.1", Optional.empty(), Optional.of(cookie)))
                .map(NodePrincipal::nodeId);
    }

    private static OpenBazaarNodes.NodeSettings cookieNode(String id, String cookie) {
        return new OpenBazaarNodes.NodeSettings(id, true, null, null, cookie, List.of());
    }

    private static OpenBazaarNode clearRow(String id, String cookie) {
        OpenBazaarNode row = new OpenBazaarNode(id);
        row.setClearCookie(cookie);
        row.setAllowedIps("");
        return row;
    }

    /** The few EntityManager calls the directory makes, over {@link #table}. */
    private EntityManager entityManager() {
        return (EntityManager) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {EntityManager.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "find" -> table.get((String) args[1]);
                    case "persist" -> table.put(((OpenBazaarNode) args[0]).getId(), (OpenBazaarNode) args[0]);
                    case "createNamedQuery" -> namedQuery((String) args[0]);
                    case "createQuery" -> query(row -> true, Map.of());
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    private TypedQuery<?> namedQuery(String name) {
        Map<String, Object> parameters = new HashMap<>();
        return switch (name) {
            case OpenBazaarNode.BY_COOKIE_SHA256 ->
                    query(row -> parameters.get("cookieSha256").equals(row.getCookieSha256()), parameters);
            case OpenBazaarNode.COOKIE_STILL_CLEAR -> query(row -> row.getClearCookie() != null, parameters);
            default -> throw new UnsupportedOperationException(name);
        };
    }

    private TypedQuery<?> query(Predicate<OpenBazaarNode> where, Map<String, Object> parameters) {
        return (TypedQuery<?>) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {TypedQuery.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "setParameter" -> {
                        parameters.put((String) args[0], args[1]);
                        yield proxy;
                    }
                    case "getResultList" -> table.values().stream().filter(where).toList();
                    case "getResultStream" -> table.values().stream().filter(where).toList().stream();
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }
}
