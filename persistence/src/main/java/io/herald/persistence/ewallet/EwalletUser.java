package io.herald.persistence.ewallet;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/** An end user of the wallet, known by its id and, optionally, the provider's own id for it. */
@Entity
@Table(name = "ewallet_user")
@NamedQuery(name = EwalletUser.BY_ID_OR_PROVIDER_USER_ID,
        query = "select u from EwalletUser u where u.id = :name or u.providerUserId = :name")
public class EwalletUser {

    public static final String BY_ID_OR_PROVIDER_USER_ID = "EwalletUser.byIdOrProviderUserId";

    @Id
    @Column(length = 200)
    private String id;

    @Column(name = "provider_user_id", length = 200, unique = true)
    private String providerUserId;

    protected EwalletUser() {
    }

    public EwalletUser(String id) {
        this.id = id;
    }

    public String getId() {
        return id;
    }

    public String getProviderUserId() {
        return providerUserId;
    }

    public void setProviderUserId(String providerUserId) {
        this.providerUserId = providerUserId;
    }
}
