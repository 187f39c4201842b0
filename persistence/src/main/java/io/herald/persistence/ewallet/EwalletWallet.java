package io.herald.persistence.ewallet;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/** A wallet address, owned by a user or by an account. */
@Entity
@Table(name = "ewallet_wallet")
@NamedQuery(name = EwalletWallet.ADDRESSES_OF_USER,
        query = "select w.address from EwalletWallet w where w.userId = :userId")
public class EwalletWallet {

    public static final String ADDRESSES_OF_USER = "EwalletWallet.addressesOfUser";

    @Id
    @Column(length = 200)
    private String address;

    @Column(name = "user_id", length = 200)
    private String userId;

    @Column(name = "account_id", length = 200)
    private String accountId;

    protected EwalletWallet() {
    }

    public EwalletWallet(String address) {
        this.address = address;
    }

    public String getAddress() {
        return address;
    }

    public String getUserId() {
        return userId;
    }

    public String getAccountId() {
        return accountId;
    }

    /** Gives the wallet to a user (and takes it from any account), or to an account. */
    public void ownBy(String userId, String accountId) {
        this.userId = userId;
        this.accountId = accountId;
    }
}
