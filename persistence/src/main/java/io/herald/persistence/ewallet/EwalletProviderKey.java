package io.herald.persistence.ewallet;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A provider's key pair: back-end servers authenticate with {@code OMGProvider
 * base64(access_key:secret_key)}. Only a hash of the secret is kept.
 */
@Entity
@Table(name = "ewallet_provider_key")
public class EwalletProviderKey {

    @Id
    @Column(name = "access_key", length = 200)
    private String accessKey;

    /** Hex SHA-256 of the secret key. Secret keys are long random strings, so no slow hash is needed. */
    @Column(name = "secret_sha256", nullable = false, length = 64)
    private String secretSha256;

    @Column(nullable = false)
    private boolean enabled = true;

    protected EwalletProviderKey() {
    }

    public EwalletProviderKey(String accessKey, String secretSha256) {
        this.accessKey = accessKey;
        this.secretSha256 = secretSha256;
    }

    public String getAccessKey() {
        return accessKey;
    }

    public String getSecretSha256() {
        return secretSha256;
    }

    public void setSecretSha256(String secretSha256) {
        this.secretSha256 = secretSha256;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }
}
