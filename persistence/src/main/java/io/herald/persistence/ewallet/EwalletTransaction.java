package io.herald.persistence.ewallet;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/**
 * A transaction request or a transaction consumption, with the wallet address it belongs to:
 * what decides whether a user's client may follow its channel.
 */
@Entity
@Table(name = "ewallet_transaction")
@IdClass(EwalletTransaction.Key.class)
public class EwalletTransaction {

    public enum Kind {
        REQUEST,
        CONSUMPTION
    }

    @Id
    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private Kind kind;

    @Id
    @Column(length = 200)
    private String id;

    @Column(name = "wallet_address", nullable = false, length = 200)
    private String walletAddress;

    protected EwalletTransaction() {
    }

    public EwalletTransaction(Kind kind, String id, String walletAddress) {
        this.kind = kind;
        this.id = id;
        this.walletAddress = walletAddress;
    }

    public Kind getKind() {
        return kind;
    }

    public String getId() {
        return id;
    }

    public String getWalletAddress() {
        return walletAddress;
    }

    public void setWalletAddress(String walletAddress) {
        this.walletAddress = walletAddress;
    }

    /** The composite key: a request and a consumption may share an id. */
    public static class Key implements Serializable {
        private Kind kind;
        private String id;

        public Key() {
        }

        public Key(Kind kind, String id) {
            this.kind = kind;
            this.id = id;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && kind == k.kind && Objects.equals(id, k.id);
        }

        @Override
        public int hashCode() {
            return Objects.hash(kind, id);
        }
    }
}
