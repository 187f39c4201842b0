/**
 * OpenBazaar's WebSocket delivery ({@code /ws}): the node's clients receive its notifications as the
 * node would send them and send nothing; and the REST notification and chat history under {@code /ob}.
 */
package io.herald.web.protocol.openbazaar;
