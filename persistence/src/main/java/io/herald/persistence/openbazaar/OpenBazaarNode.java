package io.herald.persistence.openbazaar;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/**
 * One OpenBazaar node served at {@code /ws}: its API switch, the addresses it accepts, and its
 * credentials (HTTP Basic with a SHA-256 password hash, or an auth cookie when it has no username).
 * Neither the password nor the cookie is stored: only their SHA-256, so a stolen table admits no one.
 */
@Entity
@Table(name = "ob_node")
@NamedQuery(name = OpenBazaarNode.BY_USERNAME, query = "select n from OpenBazaarNode n where n.username = :username")
@NamedQuery(name = OpenBazaarNode.BY_COOKIE_SHA256,
        query = "select n from OpenBazaarNode n where n.cookieSha256 = :cookieSha256")
@NamedQuery(name = OpenBazaarNode.COOKIE_STILL_CLEAR, query = "select n from OpenBazaarNode n where n.clearCookie is not null")
public class OpenBazaarNode {

    public static final String BY_USERNAME = "OpenBazaarNode.byUsername";
    public static final String BY_COOKIE_SHA256 = "OpenBazaarNode.byCookieSha256";
    /** Nodes written before cookies were hashed, whose cookie is still in the clear. */
    public static final String COOKIE_STILL_CLEAR = "OpenBazaarNode.cookieStillClear";
    /** Column sizes, in characters. */
    public static final int ID_LENGTH = 100;
    public static final int USERNAME_LENGTH = 100;
    /** The longest cookie accepted: the size of the column that once held it in the clear. */
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

    /** Lower-case hex of SHA-256(cookie); the cookie both names the node and proves who connects. */
    @Column(name = "cookie_sha256", length = 64, unique = true)
    private String cookieSha256;

    /**
     * The cookie in the clear, as written before Herald hashed cookies. Herald only reads it to
     * hash it at deploy time and then empties it: the schema update adds columns but never drops
     * one, so rows that predate the hash still hold their cookie here.
     */
    @Column(name = "cookie", length = COOKIE_LENGTH)
    private String clearCookie;

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

    public String getCookieSha256() {
        return cookieSha256;
    }

    public void setCookieSha256(String cookieSha256) {
        this.cookieSha256 = cookieSha256;
    }

    /** Non-null only in a row written before cookies were hashed. */
    public String getClearCookie() {
        return clearCookie;
    }

    public void setClearCookie(String clearCookie) {
        this.clearCookie = clearCookie;
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
