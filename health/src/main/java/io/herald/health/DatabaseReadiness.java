package io.herald.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** DOWN while the database does not answer a trivial query: nothing can be stored, so nothing should be taken. */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    @PersistenceContext(unitName = "herald")
    EntityManager entities;

    @Override
    public HealthCheckResponse call() {
        try {
            entities.createNativeQuery("SELECT 1").getSingleResult();
            return HealthCheckResponse.up("herald-database");
        } catch (RuntimeException e) {
            // The class only: a driver's message may carry the connection URL.
            return HealthCheckResponse.named("herald-database").down().withData("error", e.getClass().getSimpleName()).build();
        }
    }
}
