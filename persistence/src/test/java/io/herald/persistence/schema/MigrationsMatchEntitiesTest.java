package io.herald.persistence.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.persistence.EntityManagerFactory;
import java.util.List;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * The migrations make, on an empty database of each kind, exactly the schema Hibernate derives from
 * today's entities, and Herald's unit starts on it (validation passes). An entity changed without a
 * migration fails here first.
 */
class MigrationsMatchEntitiesTest {

    @Test
    void onH2() throws Exception {
        assertMigrationsMatchEntities(TestDatabases::h2);
    }

    @Test
    void onPostgreSql() throws Exception {
        assertMigrationsMatchEntities(() -> {
            try {
                return TestDatabases.postgresql();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private static void assertMigrationsMatchEntities(Supplier<DataSource> emptyDatabase) throws Exception {
        DataSource migrated = emptyDatabase.get();
        SchemaMigrations.migrate(migrated);
        DataSource generated = emptyDatabase.get();
        HeraldUnit.createSchemaWithHbm2ddl(generated);

        List<String> expected = SchemaDescription.of(generated);
        assertEquals(String.join("\n", expected), String.join("\n", SchemaDescription.of(migrated)));

        try (EntityManagerFactory unit = HeraldUnit.start(migrated)) {
            assertEquals(0L, unit.createEntityManager().createQuery("select count(e) from StoredEvent e").getSingleResult());
        }
    }
}
