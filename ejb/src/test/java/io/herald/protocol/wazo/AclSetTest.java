package io.herald.protocol.wazo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AclSetTest {

    private static final String USER = "u-42";

    @ParameterizedTest(name = "{0} allows {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            foo.*.bar ; !foo.123.bar                | foo.123.bar            | false
            foo.*.bar ; !foo.123.bar                | foo.124.bar            | true
            !foo.123.bar ; foo.*.bar                | foo.123.bar            | false
            # a denial wins over a more specific grant
            foo.123.bar ; !foo.#                    | foo.123.bar            | false
            # a denial wins even when a grant repeats it, or when it covers the grant's whole subtree
            foo.me.bar ; !foo.me.bar ; foo.me.bar   | foo.u-42.bar           | false
            foo.# ; !foo.me.bar.# ; foo.me.bar.1    | foo.me.bar.1           | false
            !*.bar ; foo.bar                        | foo.bar                | false
            !*.bar ; foo.#                          | foo.x.bar              | true
            # a denial alone grants nothing
            !foo.123.bar                            | foo.124.bar            | false
            # denials understand me too
            events.# ; !events.users.me.secret      | events.users.u-42.secret | false
            events.# ; !events.users.me.secret      | events.users.u-7.secret  | true
            # and edit
            confd.# ; !confd.users.edit             | confd.users.update     | false
            # patterns starting with me, a wildcard or a literal are all found
            me.calls                                | u-42.calls             | true
            me.calls                                | me.calls               | true
            me.calls                                | u-7.calls              | false
            *.calls                                 | anyone.calls           | true
            '#'                                       | any.thing.at.all       | true
            a.b ; c.d ; e.#                         | e.f.g                  | true
            a.b ; c.d ; e.#                         | c.e                    | false
            # nothing granted
            websocketd                              | calls.read             | false
            """)
    void allows(String acl, String name, boolean expected) {
        List<String> entries = Arrays.stream(acl.split(";")).map(String::strip).toList();
        assertEquals(expected, AclSet.compile(entries, USER).allows(name));
    }

    @org.junit.jupiter.api.Test
    void anEmptyListAllowsNothing() {
        assertEquals(false, AclSet.compile(List.of(), USER).allows("websocketd"));
    }
}
