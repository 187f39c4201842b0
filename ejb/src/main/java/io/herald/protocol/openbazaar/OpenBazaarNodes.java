package io.herald.protocol.openbazaar;

import io.herald.core.Secrets;

import io.herald.persistence.openbazaar.OpenBazaarNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The node directory, stored with JPA. Passwords and cookies are stored only as their SHA-256; a
 * presented cookie is looked up by its hash.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class OpenBazaarNodes implements NodeGate.NodeLookup {

    @PersistenceContext(unitName = "herald")
    EntityManager em;

    @Override
    public Optional<NodeAccess> byUsername(String username) {
        return em.createNamedQuery(OpenBazaarNode.BY_USERNAME, OpenBazaarNode.class)
                .setParameter("username", username)
                .getResultStream().findFirst().map(OpenBazaarNodes::access);
    }

    @Override
    public Optional<NodeAccess> byCookieSha256(String cookieSha256) {
        return em.createNamedQuery(OpenBazaarNode.BY_COOKIE_SHA256, OpenBazaarNode.class)
                .setParameter("cookieSha256", cookieSha256)
                .getResultStream().findFirst().map(OpenBazaarNodes::access);
    }

    public Optional<NodeAccess> byId(String id) {
        return Optional.ofNullable(em.find(OpenBazaarNode.class, id)).map(OpenBazaarNodes::access);
    }

    public List<NodeAccess> all() {
        return em.createQuery("select n from OpenBazaarNode n order by n.id", OpenBazaarNode.class)
                .getResultStream().map(OpenBazaarNodes::access).toList();
    }

    /** Creates or replaces a node; the password and the cookie are stored only as their SHA-256 hashes. */
    @Transactional(Transactional.TxType.REQUIRED)
    public NodeAccess put(NodeSettings settings) {
        OpenBazaarNode node = em.find(OpenBazaarNode.class, settings.id());
        if (node == null) {
            node = new OpenBazaarNode(settings.id());
            em.persist(node);
        }
        node.setEnabled(settings.enabled());
        node.setUsername(blankToNull(settings.username()));
        node.setPasswordSha256(settings.password() == null || settings.password().isEmpty()
                ? null : Secrets.sha256Hex(settings.password()));
        String cookie = blankToNull(settings.cookie());
        node.setCookieSha256(cookie == null ? null : Secrets.sha256Hex(cookie));
        node.setClearCookie(null);
        node.setAllowedIps(String.join(",", settings.allowedIps()));
        return access(node);
    }

    @Transactional(Transactional.TxType.REQUIRED)
    public boolean delete(String id) {
        OpenBazaarNode node = em.find(OpenBazaarNode.class, id);
        if (node == null) {
            return false;
        }
        em.remove(node);
        return true;
    }

    /**
     * Hashes the cookies of the rows written before cookies were hashed, and empties their clear
     * column. The clear cookie replaces a hash already in the row: only an older Herald, which
     * knows nothing of the hash, can have written it there after the hash.
     *
     * @return how many cookies were still in the clear
     */
    @Transactional(Transactional.TxType.REQUIRED)
    public int hashClearCookies() {
        List<OpenBazaarNode> clear = em.createNamedQuery(OpenBazaarNode.COOKIE_STILL_CLEAR, OpenBazaarNode.class)
                .getResultList();
        for (OpenBazaarNode node : clear) {
            node.setCookieSha256(Secrets.sha256Hex(node.getClearCookie()));
            node.setClearCookie(null);
        }
        return clear.size();
    }

    /** What an administrator sets for a node (the password in clear, hashed before storing). */
    public record NodeSettings(String id, boolean enabled, String username, String password, String cookie,
                               List<String> allowedIps) {
        @Override
        public String toString() {
            return "NodeSettings[id=" + id + ", enabled=" + enabled + ", username=" + username + ", password="
                    + Secrets.redacted(password) + ", cookie=" + Secrets.redacted(cookie) + ", allowedIps=" + allowedIps
                    + "]";
        }
    }

    private static NodeAccess access(OpenBazaarNode node) {
        String ips = node.getAllowedIps();
        Set<String> allowed = ips == null || ips.isBlank() ? Set.of()
                : Arrays.stream(ips.split(",")).map(String::trim).filter(s -> !s.isEmpty()).collect(Collectors.toSet());
        return new NodeAccess(node.getId(), node.isEnabled(), node.getUsername(), node.getPasswordSha256(),
                node.getCookieSha256(), allowed);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
