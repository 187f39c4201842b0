/** Haraj chat's stored state: access tokens, registered devices, p2p links and the FCM push outbox. */
package io.herald.persistence.chat;
