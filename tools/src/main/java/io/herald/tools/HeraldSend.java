package io.herald.tools;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code herald-tools send}: publishes one event to a Herald protocol queue.
 *
 * <pre>
 * java -jar tools/target/herald-tools.jar send [options] QUEUE [JSON]
 *   QUEUE        ewallet | chat | openbazaar | loom | wazo, or a full queue name (herald.loom)
 *   JSON         the message body; read from standard input when absent
 *   -p NAME=VAL  a string property (repeatable), e.g. -p node=demo-node
 *   --host H     broker host (default 127.0.0.1)    --port N  HTTP port (default 8080)
 *   --user U     (default herald-producer)          --password P (default $HERALD_PRODUCER_PASSWORD, else
 *                                                   the demo password)
 * </pre>
 * A password in the environment stays out of the process list and the shell history.
 */
final class HeraldSend {

    private static final List<String> PROTOCOLS = List.of("ewallet", "chat", "openbazaar", "loom", "wazo");

    private HeraldSend() {
    }

    static void main(String[] args) throws Exception {
        String host = "127.0.0.1";
        int port = 8080;
        String user = "herald-producer";
        String password = System.getenv().getOrDefault("HERALD_PRODUCER_PASSWORD", "HeraldProducer1!");
        Map<String, String> properties = new LinkedHashMap<>();
        String queue = null;
        String body = null;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            switch (arg) {
                case "-p" -> {
                    String pair = value(args, ++i, arg);
                    int eq = pair.indexOf('=');
                    if (eq < 1) {
                        throw new UsageException("-p takes NAME=VALUE, got " + pair);
                    }
                    properties.put(pair.substring(0, eq), pair.substring(eq + 1));
                }
                case "--host" -> host = value(args, ++i, arg);
                case "--port" -> port = Integer.parseInt(value(args, ++i, arg));
                case "--user" -> user = value(args, ++i, arg);
                case "--password" -> password = value(args, ++i, arg);
                default -> {
                    if (queue == null) {
                        queue = arg;
                    } else if (body == null) {
                        body = arg;
                    } else {
                        // Not echoed: a mistyped command line may hold the password.
                        throw new UsageException("unexpected argument " + (i + 1) + " after QUEUE and JSON");
                    }
                }
            }
        }
        if (queue == null) {
            throw new UsageException("QUEUE is required");
        }
        if (body == null) {
            body = readStdin();
        }
        String queueName = PROTOCOLS.contains(queue) ? "herald." + queue : queue;
        try (QueueProducer producer = new QueueProducer(host, port, user, password)) {
            String id = producer.send(queueName, body, properties);
            System.out.println("sent " + id + " to " + queueName);
        }
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length) {
            throw new UsageException(option + " needs a value");
        }
        return args[i];
    }

    private static String readStdin() throws IOException {
        return new String(System.in.readAllBytes(), StandardCharsets.UTF_8).trim();
    }
}
