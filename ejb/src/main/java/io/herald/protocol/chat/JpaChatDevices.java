package io.herald.protocol.chat;

import io.herald.persistence.chat.ChatDevice;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/** The devices registered for offline pushes, stored with JPA. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class JpaChatDevices implements ChatDevices {

    @PersistenceContext(unitName = "herald")
    EntityManager em;

    private final Clock clock = Clock.systemUTC();

    /** A registration as the admin API shows it. */
    public record Registration(String fcmToken, long userId, Platform platform, Instant registeredAt) {
    }

    @Override
    public List<Device> devices(long userId) {
        return registrations(userId).stream().map(r -> new Device(r.fcmToken(), r.platform())).toList();
    }

    public List<Registration> registrations(long userId) {
        return em.createNamedQuery(ChatDevice.OF_USER, ChatDevice.class).setParameter("userId", userId)
                .getResultStream().map(JpaChatDevices::view).toList();
    }

    /** Registers a token for a user; a token registered before moves to this user and platform. */
    @Transactional(Transactional.TxType.REQUIRED)
    public Registration register(String fcmToken, long userId, Platform platform) {
        ChatDevice device = em.find(ChatDevice.class, fcmToken);
        if (device == null) {
            device = new ChatDevice(fcmToken, userId, platform.name(), clock.instant());
            em.persist(device);
        } else {
            device.reassign(userId, platform.name(), clock.instant());
        }
        return view(device);
    }

    /** @return false when no device has that token */
    @Transactional(Transactional.TxType.REQUIRED)
    public boolean remove(String fcmToken) {
        ChatDevice device = em.find(ChatDevice.class, fcmToken);
        if (device == null) {
            return false;
        }
        em.remove(device);
        return true;
    }

    private static Registration view(ChatDevice device) {
        return new Registration(device.getFcmToken(), device.getUserId(), Platform.valueOf(device.getPlatform()),
                device.getRegisteredAt());
    }
}
