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
            # wildcards inside a segment stay inside it
            calls.call*      | calls.call_created    | true
            calls.call*      | calls.call            | true
            calls.call*      | calls.call.created    | false
            calls.*ed        | calls.call_created    | true
            calls.c*l*d      | calls.call_created    | true
            calls.c*l*d      | calls.call_create     | false
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

    @ParameterizedTest
    @CsvSource({"users.me, users.me, true", "users.me, users.null, false"})
    void meWithoutAUserIsOnlyTheLiteral(String pattern, String name, boolean expected) {
        assertEquals(expected, AclPattern.compile(pattern, null).matches(name));
    }
}
