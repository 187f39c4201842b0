package io.herald.protocol.wazo;

import java.util.Objects;

/** The {@code required_acl} of an event, in its three states. */
public sealed interface RequiredAcl {

    /** The key is absent: nobody receives the event. */
    record Missing() implements RequiredAcl {
    }

    /** The key is null: every subscriber in scope receives the event. */
    record Anyone() implements RequiredAcl {
    }

    /** A string: subscribers whose token ACL allows it receive the event. */
    record Named(String acl) implements RequiredAcl {
        public Named {
            Objects.requireNonNull(acl, "acl");
        }
    }

    RequiredAcl MISSING = new Missing();
    RequiredAcl ANYONE = new Anyone();

    static RequiredAcl named(String acl) {
        return new Named(acl);
    }
}
