/**
 * {@code herald-tools.jar}: a command-line JMS producer ({@code send}) and WebSocket listener
 * ({@code listen}) for trying Herald by hand, as the README shows.
 */
package io.herald.tools;
