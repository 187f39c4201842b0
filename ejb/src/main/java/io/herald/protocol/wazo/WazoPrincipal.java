package io.herald.protocol.wazo;

import java.util.Objects;

/** Who is on a Wazo connection: the token and its ACL, compiled once for every event to come. */
public record WazoPrincipal(WazoToken token, AclSet acl) {

    public WazoPrincipal {
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(acl, "acl");
    }

    public static WazoPrincipal of(WazoToken token) {
        return new WazoPrincipal(token, AclSet.compile(token.acl(), token.userUuid()));
    }
}
