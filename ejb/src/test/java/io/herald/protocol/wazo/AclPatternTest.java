package io.herald.protocol.wazo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AclPatternTest {

    private static final String USER = "5e8b6f2a-user";

    @ParameterizedTest(name = "{0} vs {1} -> {2}")
    @CsvSource(delimiter = '|', emptyValue = "", textBlock = """
            # the notes' examples
            foo.bar.#        | foo.bar.x.y           | true
            foo.bar.#        | foo.bar               | false
            foo.*.*          | foo.a.b               | true
            foo.*.*          | foo.a.b.c             | false
            foo.*.bar        | foo.123.bar           | true
            # literals
            websocketd       | websocketd            | true
            websocketd       | websocketd.x          | false
            websocketd       | websocket             | false
            a.b.c            | a.b.c                 | true
            a.b.c            | a.b                   | false
            # * is one segment, possibly empty, never a dot
            *                | anything              | true
            *                | ''                    | true
            *                | a.b                   | false
            a.*              | a.                    | true
            a.*              | a                     | false
            a.*.c            | a..c                  | true
            a.*.c            | a.b.b.c               | false
            # # at the end: any run, dots included, possibly empty
            '#'                | ''                    | true
            '#'                | a.b.c                 | true
            a.#              | a.                    | true
            a.#              | a.b.c.d               | true
            a.#              | a                     | false
            a.#              | ab.c                  | false
            # # at the start
            '#.c'              | a.b.c                 | true
            '#.c'              | .c                    | true
            '#.c'              | c                     | false
            '#.c'              | a.b.cd                | false
            # # in the middle
            a.#.c            | a.b.c                 | true
            a.#.c            | a.b.x.y.c             | true
            a.#.c            | a..c                  | true
            a.#.c            | a.c                   | false
            a.#.c            | a.b.c.d               | false
            a.#.c.#          | a.x.c.y.c.z           | true
            a.#.#            | a.b                   | false
            a.#.#            | a.b.c                 | true
            # empty segments are segments
            a..b             | a..b                  | true
            a..b             | a.b                   | false
            a.               | a.                    | true
            # me: the literal or the token's user
            users.me.calls   | users.me.calls        | true
            users.me.calls   | users.5e8b6f2a-user.calls | true
            users.me.calls   | users.someone-else.calls | false
            me               | 5e8b6f2a-user         | true
            users.mee.calls  | users.5e8b6f2a-user.calls | false
            # me is special only as a whole segment, wherever that segment is
            me.calls         | 5e8b6f2a-user.calls   | true
            me.calls         | me.calls              | true
            users.#.me       | users.a.b.5e8b6f2a-user | true
            users.#.me       | users.a.b.me          | true
            users.#.me       | users.a.5e8b6f2a-user.b | false
            users.me*.calls  | users.mexx.calls      | true
            users.me*.calls  | users.5e8b6f2a-user.calls | false
            users.#me        | users.a.me            | true
            users.#me        | users.a.5e8b6f2a-user | false
            users.me         | users.5e8b6f2a-user.x | false
            # * inside a segment stays inside it
            calls.call*      | calls.call_created    | true
            calls.call*      | calls.call            | true
            calls.call*      | calls.call.created    | false
            calls.*ed        | calls.call_created    | true
            calls.c*l*d      | calls.call_created    | true
            calls.c*l*d      | calls.call_create     | false
            # # inside a segment crosses dots, as everywhere
            calls.call#      | calls.call.created    | true
            calls.call#      | calls.call            | true
            calls.c#d        | calls.c.x.y.d         | true
            calls.c#d        | calls.c.x.y.e         | false
            # * never matches a #, so a wider pattern as a name is refused
            foo.*            | foo.#                 | false
            foo.*            | foo.a#b               | false
            foo.*.*          | foo.*.*               | true
            foo.bar.#        | foo.bar.#             | true
            foo.bar.#        | foo.bar.*.*           | true
            foo.bar.#.titi   | foo.bar.*.titi        | true
            foo.*.*          | foo.bar.#             | false
            # edit is also the action's newer name, update, as a whole segment only
            confd.users.edit | confd.users.update    | true
            confd.users.edit | confd.users.edit      | true
            confd.users.update | confd.users.edit    | false
            confd.edit.x     | confd.update.x        | true
            confd.users.edited | confd.users.updated | false
            confd.users.edit | confd.users.edit.update | false
            # every other character is itself, regular-expression syntax included
            a+b.c            | aab.c                 | false
            a+b.c            | a+b.c                 | true
            (a).[bc]+        | a.b                   | false
            (a).[bc]+        | (a).[bc]+             | true
            x\\E.*            | x\\E.y                | true
            x\\E.*            | xE.y                  | false
            """)
    void matches(String pattern, String name, boolean expected) {
        assertEquals(expected, AclPattern.compile(pattern, USER).matches(name));
    }

    @ParameterizedTest
    @CsvSource({"!foo.123.bar, true", "foo.123.bar, false", "'!', true"})
    void aLeadingBangMakesADenial(String pattern, boolean denial) {
        assertEquals(denial, AclPattern.compile(pattern, USER).isDenial());
    }

    @ParameterizedTest
    @CsvSource({"!foo.*.bar, foo.123.bar, true", "!foo.*.bar, foo.123.baz, false"})
    void aDenialMatchesLikeAGrant(String pattern, String name, boolean expected) {
        assertEquals(expected, AclPattern.compile(pattern, USER).matches(name));
    }

    // Upstream would write Python's "None" for the missing user and so match "users.None"; Herald
    // keeps such an me plain text.
    @ParameterizedTest
    @CsvSource({"users.me, users.me, true", "users.me, users.null, false", "users.me, users.None, false"})
    void meWithoutAUserIsOnlyTheLiteral(String pattern, String name, boolean expected) {
        assertEquals(expected, AclPattern.compile(pattern, null).matches(name));
    }

    @ParameterizedTest
    @CsvSource({"users.me, users.u+1, true", "users.me, users.uu1, false", "users.me, users.u1, false"})
    void theUserUuidIsTextNotAnExpression(String pattern, String name, boolean expected) {
        assertEquals(expected, AclPattern.compile(pattern, "u+1").matches(name));
    }

    /** Upstream's expressions are Python's: "#" stops at a line feed, and the end may come before a final one. */
    @ParameterizedTest(name = "{0} vs {1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            websocketd | 'websocketd\\n'   | true
            websocketd | 'websocketd\\n\\n' | false
            websocketd | 'websocketd\\r'   | false
            a.#        | 'a.b\\nc'         | false
            a.#        | 'a.b\\rc'         | true
            a.#        | 'a.b\\n'          | true
            a.*        | 'a.b\\nc'         | true
            """)
    void lineFeedsAsUpstreamSeesThem(String pattern, String escapedName, boolean expected) {
        String name = escapedName.replace("\\n", "\n").replace("\\r", "\r");
        assertEquals(expected, AclPattern.compile(pattern, USER).matches(name));
    }
}
