package io.herald.tools;

import java.util.Arrays;

/** Entry point of {@code herald-tools.jar}: {@code send} publishes an event, {@code listen} watches a socket. */
public final class HeraldTools {

    private HeraldTools() {
    }

    public static void main(String[] args) throws Exception {
        String command = args.length == 0 ? "" : args[0];
        String[] rest = args.length == 0 ? args : Arrays.copyOfRange(args, 1, args.length);
        try {
            switch (command) {
                case "send" -> HeraldSend.main(rest);
                case "listen" -> HeraldListen.main(rest);
                default -> throw new UsageException(command.isEmpty() ? "a command is required" : "unknown command " + command);
            }
        } catch (UsageException e) {
            System.err.println("herald-tools: " + e.getMessage());
            System.err.println("usage: java -jar herald-tools.jar send [-p NAME=VALUE]... [--host H] [--port N] "
                    + "[--user U] [--password P] QUEUE [JSON]");
            System.err.println("       java -jar herald-tools.jar listen URL [-H 'Name: value']...");
            System.err.println("QUEUE: ewallet | chat | openbazaar | loom | wazo (or a full queue name)");
            System.exit(2);
        }
    }
}
