package io.herald.persistence.schema;

import javax.sql.DataSource;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.spi.BootstrapContext;
import org.hibernate.engine.jdbc.connections.spi.ConnectionProvider;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.integrator.spi.Integrator;
import org.hibernate.service.spi.SessionFactoryServiceRegistry;

/**
 * Runs {@link SchemaMigrations} through the persistence unit's own data source while Hibernate builds
 * the unit's session factory. Integrators run before Hibernate's schema tooling, and nothing in the
 * deployment (startup beans, message-driven beans, endpoints) can reach the database before the session
 * factory exists: the schema is current before Hibernate validates it and before anything else uses it.
 * Found by Hibernate through {@code META-INF/services/org.hibernate.integrator.spi.Integrator}.
 */
public final class MigrateBeforeValidation implements Integrator {

    @Override
    public void integrate(Metadata metadata, BootstrapContext bootstrapContext, SessionFactoryImplementor sessionFactory) {
        DataSource dataSource = sessionFactory.getServiceRegistry().requireService(ConnectionProvider.class)
                .unwrap(DataSource.class);
        SchemaMigrations.migrate(dataSource);
    }

    @Override
    public void disintegrate(SessionFactoryImplementor sessionFactory, SessionFactoryServiceRegistry serviceRegistry) {
        // Nothing to undo: migrations are not rolled back when the unit stops.
    }
}
