package io.herald.persistence.schema;

import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.util.HashMap;
import java.util.Map;
import javax.sql.DataSource;

/**
 * Herald's persistence unit (its persistence.xml, so {@code hbm2ddl.auto=validate}) outside WildFly, on a
 * given data source, with local transactions instead of JTA.
 */
final class HeraldUnit {

    private HeraldUnit() {
    }

    /**
     * Starts the unit as WildFly does: the migrations run (through {@link MigrateBeforeValidation}), then
     * Hibernate validates the schema; throws when either fails.
     */
    static EntityManagerFactory start(DataSource dataSource) {
        return Persistence.createEntityManagerFactory("herald", on(dataSource));
    }

    /** Creates the tables the way Herald did before migrations: Hibernate's hbm2ddl from the entities. */
    static void createSchemaWithHbm2ddl(DataSource dataSource) {
        Map<String, Object> properties = on(dataSource);
        properties.put("jakarta.persistence.schema-generation.database.action", "create");
        // Schema generation alone builds no session factory, so no integrator (no migration) runs.
        Persistence.generateSchema("herald", properties);
    }

    private static Map<String, Object> on(DataSource dataSource) {
        Map<String, Object> properties = new HashMap<>();
        properties.put("jakarta.persistence.transactionType", "RESOURCE_LOCAL");
        properties.put("jakarta.persistence.jtaDataSource", dataSource);
        properties.put("jakarta.persistence.nonJtaDataSource", dataSource);
        // The unit's setting suits JTA in WildFly; with local transactions Hibernate's default is right.
        properties.put("hibernate.connection.handling_mode", "DELAYED_ACQUISITION_AND_HOLD");
        return properties;
    }
}
