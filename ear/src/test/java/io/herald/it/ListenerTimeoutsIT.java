package io.herald.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Silent clients stay connected. Loom and OpenBazaar clients send nothing after subscribing, and
 * WildFly's listeners would close such a connection after 90 s of no reads; the provisioned
 * server must have that timeout off on every listener that serves Herald's WebSockets. Waiting
 * out the 90 s here would cost every test run a minute and a half; the benchmark's full mode
 * holds connections silent for longer (bench/README.md).
 */
class ListenerTimeoutsIT {

    @ParameterizedTest
    @ValueSource(strings = {"http-listener=default", "https-listener=herald-wss", "https-listener=https"})
    void theListenerNeverClosesAConnectionForNotReading(String listener) throws Exception {
        String output = Herald.cliOutput("/subsystem=undertow/server=default-server/" + listener
                + ":read-attribute(name=read-timeout)");
        assertTrue(output.replaceAll("\\s", "").contains("\"result\"=>0"), listener + ": " + output);
    }
}
