/**
 * The eWallet socket (a Phoenix-channels envelope): its frames, their codec and the state of one
 * connection. Who may join what is decided in {@code io.herald.protocol.ewallet}, not here.
 */
package io.herald.web.protocol.ewallet;
