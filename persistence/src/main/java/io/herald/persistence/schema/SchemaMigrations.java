package io.herald.persistence.schema;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings a database to Herald's current schema with the migrations of its kind ({@code db/migration/h2}
 * or {@code db/migration/postgresql}). A database that Herald's earlier schema update ({@code hbm2ddl})
 * made holds tables but no migration history: it is recorded as being at version 1 (which is exactly
 * that schema) and only the later versions run on it, so its rows stay as they are.
 */
public final class SchemaMigrations {

    /** The version that equals the schema Hibernate's {@code hbm2ddl} made before Herald had migrations. */
    static final String HBM2DDL_VERSION = "1";

    private SchemaMigrations() {
    }

    /** Runs every pending migration; returns once the schema is current, or throws. */
    public static MigrateResult migrate(DataSource dataSource) {
        return Flyway.configure(SchemaMigrations.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration/" + folderOf(dataSource))
                .baselineOnMigrate(true)
                .baselineVersion(HBM2DDL_VERSION)
                .baselineDescription("schema made by hbm2ddl before migrations")
                .load()
                .migrate();
    }

    /** The migrations' folder for the database behind {@code dataSource}. */
    static String folderOf(DataSource dataSource) {
        String product;
        try (Connection connection = dataSource.getConnection()) {
            product = connection.getMetaData().getDatabaseProductName();
        } catch (SQLException e) {
            throw new IllegalStateException("Herald cannot reach its database to migrate the schema", e);
        }
        return switch (product.toLowerCase(Locale.ROOT)) {
            case "h2" -> "h2";
            case "postgresql" -> "postgresql";
            default -> throw new IllegalStateException("Herald's schema migrations exist for H2 and PostgreSQL,"
                    + " not for " + product);
        };
    }
}
