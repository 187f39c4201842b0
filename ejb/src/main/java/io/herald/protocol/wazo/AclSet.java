package io.herald.protocol.wazo;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A token's whole ACL list, compiled once per token. An ACL name is allowed when no denial
 * ({@code !pattern}) matches it and some grant does: a denial wins whatever the order of the
 * entries.
 */
public final class AclSet {

    private final AclPattern[] grants;
    private final AclPattern[] denials;

    private AclSet(AclPattern[] grants, AclPattern[] denials) {
        this.grants = grants;
        this.denials = denials;
    }

    /** @param userUuid what {@code me} stands for; null for a token without a user */
    public static AclSet compile(Collection<String> acl, String userUuid) {
        Map<Boolean, List<AclPattern>> byDenial = acl.stream()
                .map(entry -> AclPattern.compile(entry, userUuid))
                .collect(Collectors.partitioningBy(AclPattern::isDenial));
        return new AclSet(byDenial.get(false).toArray(AclPattern[]::new), byDenial.get(true).toArray(AclPattern[]::new));
    }

    public boolean allows(String name) {
        return !anyMatches(denials, name) && anyMatches(grants, name);
    }

    private static boolean anyMatches(AclPattern[] patterns, String name) {
        for (AclPattern pattern : patterns) {
            if (pattern.matches(name)) {
                return true;
            }
        }
        return false;
    }
}
