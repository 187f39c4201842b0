/** OpenBazaar's stored state: node identities and which notifications a node has read. */
package io.herald.persistence.openbazaar;
