package io.herald.testserver;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * A server base directory of a test's own ({@code jboss.server.base.dir}), made from the
 * configuration the build provisioned, so that a second WildFly runs from the same installation
 * beside the shared test server without touching its data, deployments or log.
 */
public final class ServerDirectory {

    private ServerDirectory() {
    }

    /**
     * Empties {@code base} and gives it a copy of the provisioned server's configuration, without the
     * shared test server's deployment. Returns {@code base}.
     */
    public static Path fresh(Path base) throws IOException {
        return fresh(base, Path.of(System.getProperty("herald.server.dir"), "standalone", "configuration"));
    }

    /** Like {@link #fresh(Path)}, with the configuration of another server base directory. */
    public static Path fresh(Path base, Path configurationSource) throws IOException {
        deleteTree(base);
        Path configuration = Files.createDirectories(base.resolve("configuration"));
        try (Stream<Path> files = Files.list(configurationSource)) {
            // logging.properties names the shared server's log file by its absolute path, and the boot logs
            // there until the logging subsystem starts: without it, this server's early lines go to its console.
            for (Path file : files.filter(Files::isRegularFile)
                    .filter(file -> !file.getFileName().toString().equals("logging.properties")).toList()) {
                Files.copy(file, configuration.resolve(file.getFileName()));
            }
        }
        // The shared test server records its own deployment in the configuration; this server deploys its own.
        Path config = configuration.resolve("standalone-full.xml");
        Files.writeString(config, Files.readString(config).replaceAll("(?s)<deployments>.*?</deployments>", ""));
        return base;
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.delete(path);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
