/** Herald's hooks into WildFly itself, where Jakarta EE offers none. */
package io.herald.web.server;
