/**
 * The eWallet protocol's server-side rules: who is connected ({@link io.herald.protocol.ewallet.EwalletHandshake},
 * {@link io.herald.protocol.ewallet.EwalletPrincipal}),
 * which channels exist ({@link io.herald.protocol.ewallet.EwalletTopics}), who may join them
 * ({@link io.herald.protocol.ewallet.EwalletPolicy}) and how a producer's message becomes a publication
 * ({@link io.herald.protocol.ewallet.EwalletEventMapper}, {@link io.herald.protocol.ewallet.EwalletIngest}).
 */
package io.herald.protocol.ewallet;
