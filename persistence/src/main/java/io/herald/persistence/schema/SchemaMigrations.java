package io.herald.persistence.schema;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings a database to Herald's current schema: the migrations in {@code db/migration/common}, and those
 * of its kind in {@code db/migration/h2} or {@code db/migration/postgresql} where the two differ. A
 * database that Herald's earlier schema update ({@code hbm2ddl}) made holds tables but no migration
 * history: it is recorded as being at version 1 (which is exactly that schema) and only the later
 * versions run on it, so its rows stay as they are.
 */
public final class SchemaMigrations {

    /** The version that equals the schema Hibernate's {@code hbm2ddl} made before Herald had migrations. */
    static final String HBM2DDL_VERSION = "1";

    /** The databases Herald runs on, with what hbm2ddl wrote differently for each (V1's placeholders). */
    private enum Database {
        H2("h2", Map.of("lob", "clob",
                "transaction_kind", "enum ('CONSUMPTION','REQUEST') not null")),
        POSTGRESQL("postgresql", Map.of("lob", "oid",
                "transaction_kind", "varchar(20) not null check (kind in ('REQUEST','CONSUMPTION'))"));

        final String folder;
        final Map<String, String> placeholders;

        Database(String folder, Map<String, String> placeholders) {
            this.folder = folder;
            this.placeholders = placeholders;
        }
    }

    private SchemaMigrations() {
    }

    /** Runs every pending migration; returns once the schema is current, or throws. */
    public static MigrateResult migrate(DataSource dataSource) {
        return configure(dataSource).load().migrate();
    }

    /** Herald's migrations on {@code dataSource}, ready to load. */
    static FluentConfiguration configure(DataSource dataSource) {
        Database database = databaseOf(dataSource);
        List<String> locations = new ArrayList<>(List.of("classpath:db/migration/common"));
        // A database with no migration of its own yet has no folder, and Flyway warns of a missing location.
        if (SchemaMigrations.class.getClassLoader().getResource("db/migration/" + database.folder) != null) {
            locations.add("classpath:db/migration/" + database.folder);
        }
        return Flyway.configure(SchemaMigrations.class.getClassLoader())
                .dataSource(dataSource)
                .locations(locations.toArray(String[]::new))
                .placeholders(database.placeholders)
                .baselineOnMigrate(true)
                .baselineVersion(HBM2DDL_VERSION)
                .baselineDescription("schema made by hbm2ddl before migrations");
    }

    private static Database databaseOf(DataSource dataSource) {
        String product;
        try (Connection connection = dataSource.getConnection()) {
            product = connection.getMetaData().getDatabaseProductName();
        } catch (SQLException e) {
            throw new IllegalStateException("Herald cannot reach its database to migrate the schema", e);
        }
        return switch (product.toLowerCase(Locale.ROOT)) {
            case "h2" -> Database.H2;
            case "postgresql" -> Database.POSTGRESQL;
            default -> throw new IllegalStateException("Herald's schema migrations exist for H2 and PostgreSQL,"
                    + " not for " + product);
        };
    }
}
