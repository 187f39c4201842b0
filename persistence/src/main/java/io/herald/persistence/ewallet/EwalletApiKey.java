package io.herald.persistence.ewallet;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A client application's API key: client apps authenticate with {@code OMGClient base64(api_key:token)}. */
@Entity
@Table(name = "ewallet_api_key")
public class EwalletApiKey {

    @Id
    @Column(name = "api_key", length = 200)
    private String apiKey;

    @Column(nullable = false)
    private boolean enabled = true;

    protected EwalletApiKey() {
    }

    public EwalletApiKey(String apiKey) {
        this.apiKey = apiKey;
    }

    public String getApiKey() {
        return apiKey;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }
}
