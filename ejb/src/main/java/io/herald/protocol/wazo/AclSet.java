package io.herald.protocol.wazo;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A token's whole ACL list, compiled once per token. An ACL name is allowed when some grant
 * matches it and no denial ({@code !pattern}) does. Patterns are indexed by their first literal
 * segment, so a check only looks at the few patterns that can possibly match.
 */
public final class AclSet {

    private final Index grants;
    private final Index denials;

    private AclSet(Index grants, Index denials) {
        this.grants = grants;
        this.denials = denials;
    }

    /** @param userUuid what {@code me} stands for; null for a token without a user */
    public static AclSet compile(Collection<String> acl, String userUuid) {
        Index.Builder grants = new Index.Builder();
        Index.Builder denials = new Index.Builder();
        for (String entry : acl) {
            AclPattern pattern = AclPattern.compile(entry, userUuid);
            (pattern.isDenial() ? denials : grants).add(pattern);
        }
        return new AclSet(grants.build(), denials.build());
    }

    public boolean allows(AclName name) {
        return grants.anyMatches(name) && !denials.anyMatches(name);
    }

    public boolean allows(String name) {
        return allows(AclName.of(name));
    }

    private record Index(Map<String, AclPattern[]> byFirstSegment, AclPattern[] wildcardFirst) {

        boolean anyMatches(AclName name) {
            AclPattern[] candidates = byFirstSegment.get(name.segment(0));
            return candidates != null && anyMatches(candidates, name) || anyMatches(wildcardFirst, name);
        }

        private static boolean anyMatches(AclPattern[] patterns, AclName name) {
            for (AclPattern pattern : patterns) {
                if (pattern.matches(name)) {
                    return true;
                }
            }
            return false;
        }

        static final class Builder {
            private final Map<String, List<AclPattern>> byFirstSegment = new HashMap<>();
            private final List<AclPattern> wildcardFirst = new ArrayList<>();

            void add(AclPattern pattern) {
                String literal = pattern.firstLiteral();
                AclPattern.Me me = pattern.firstMe();
                if (literal != null) {
                    keyed(literal).add(pattern);
                } else if (me != null) {
                    keyed("me").add(pattern);
                    if (me.userUuid() != null && !me.userUuid().equals("me")) {
                        keyed(me.userUuid()).add(pattern);
                    }
                } else {
                    wildcardFirst.add(pattern);
                }
            }

            private List<AclPattern> keyed(String key) {
                return byFirstSegment.computeIfAbsent(key, k -> new ArrayList<>(2));
            }

            Index build() {
                Map<String, AclPattern[]> map = new HashMap<>();
                byFirstSegment.forEach((key, list) -> map.put(key, list.toArray(AclPattern[]::new)));
                return new Index(Map.copyOf(map), wildcardFirst.toArray(AclPattern[]::new));
            }
        }
    }
}
