package io.herald.persistence.openbazaar;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/**
 * One OpenBazaar node served at {@code /ws}: its API switch, the addresses it accepts, and its
 * credentials (HTTP Basic with a SHA-256 password hash, or an auth cookie when it has no username).
 */
@Entity
@Table(name = "ob_node")
@NamedQuery(name = OpenBazaarNode.BY_USERNAME, query = "select n from OpenBazaarNode n where n.username = :username")
@NamedQuery(name = OpenBazaarNode.BY_COOKIE, query = "select n from OpenBazaarNode n where n.cookie = :cookie")
public class OpenBazaarNode {

    public static final String BY_USERNAME = "OpenBazaarNode.byUsername";
    public static final String BY_COOKIE = "OpenBazaarNode.byCookie";
    /** Column sizes, in characters. */
    public static final int ID_LENGTH = 100;
    public static final int USERNAME_LENGTH = 100;
    public static final int COOKIE_LENGTH = 200;

    /** The node's identity, typically its peer ID. */
    @Id
    @Column(length = ID_LENGTH)
    private String id;

    @Column(length = USERNAME_LENGTH, unique = true)
    private String username;

    /** Lower-case hex of SHA-256(password). */
    @Column(name = "password_sha256", length = 64)
    private String passwordSha256;

    @Column(length = COOKIE_LENGTH, unique = true)
    private String cookie;

    /** Comma-separated IP addresses; empty means any address. */
    @Column(name = "allowed_ips", length = 2000)
    private String allowedIps;

    @Column(nullable = false)
    private boolean enabled = true;

    protected OpenBazaarNode() {
    }

    public OpenBazaarNode(String id) {
        this.id = id;
    }

    public String getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPasswordSha256() {
        return passwordSha256;
    }

    public void setPasswordSha256(String passwordSha256) {
        this.passwordSha256 = passwordSha256;
    }

    public String getCookie() {
        return cookie;
    }

    public void setCookie(String cookie) {
        this.cookie = cookie;
    }

    public String getAllowedIps() {
        return allowedIps;
    }

    public void setAllowedIps(String allowedIps) {
        this.allowedIps = allowedIps;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }
}
