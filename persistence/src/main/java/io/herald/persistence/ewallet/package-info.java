/** The eWallet directory: users, accounts, wallets, transactions, API and provider keys, auth tokens. */
package io.herald.persistence.ewallet;
