/** The Wazo tokens Herald issued, with their ACLs and revocation. */
package io.herald.persistence.wazo;
