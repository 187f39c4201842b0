package io.herald.protocol.chat;

import java.util.List;
import java.util.Objects;

/** Port to the devices users registered for push notifications. */
public interface ChatDevices {

    /** The user's devices, empty when none is registered. */
    List<Device> devices(long userId);

    enum Platform {
        IOS,
        ANDROID
    }

    record Device(String fcmToken, Platform platform) {
        public Device {
            Objects.requireNonNull(fcmToken, "fcmToken");
            Objects.requireNonNull(platform, "platform");
        }
    }
}
