package io.herald.persistence.ewallet;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A provider's account (only providers may follow its channel). */
@Entity
@Table(name = "ewallet_account")
public class EwalletAccount {

    @Id
    @Column(length = 200)
    private String id;

    protected EwalletAccount() {
    }

    public EwalletAccount(String id) {
        this.id = id;
    }

    public String getId() {
        return id;
    }
}
