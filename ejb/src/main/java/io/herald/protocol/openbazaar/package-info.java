/**
 * OpenBazaar's server-side rules: node identities and who may open a node's socket (Basic credentials,
 * the auth cookie, allowed IPs), how a producer's message becomes a node notification, and the
 * notification and chat history the REST API serves.
 */
package io.herald.protocol.openbazaar;
