package io.herald.protocol.loom;

import io.herald.persistence.loom.LoomApp;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Loom apps and their subscribed event names, stored with JPA. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class JpaLoomApps implements LoomApps {

    @PersistenceContext(unitName = "herald")
    EntityManager em;

    @Override
    public Set<String> subscribedEventNames(String appId) {
        return Optional.ofNullable(em.find(LoomApp.class, appId))
                .map(app -> Set.copyOf(app.getEventNames()))
                .orElse(Set.of());
    }

    public List<LoomApp> all() {
        return em.createQuery("select a from LoomApp a order by a.appId", LoomApp.class).getResultList();
    }

    /** Creates the app or replaces its event names. */
    @Transactional(Transactional.TxType.REQUIRED)
    public void put(String appId, Set<String> eventNames) {
        LoomApp app = em.find(LoomApp.class, appId);
        if (app == null) {
            app = new LoomApp(appId);
            em.persist(app);
        }
        app.setEventNames(eventNames);
    }

    @Transactional(Transactional.TxType.REQUIRED)
    public boolean delete(String appId) {
        LoomApp app = em.find(LoomApp.class, appId);
        if (app == null) {
            return false;
        }
        em.remove(app);
        return true;
    }
}
