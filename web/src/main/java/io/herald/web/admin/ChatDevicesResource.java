package io.herald.web.admin;

import io.herald.protocol.chat.JpaChatDevices;
import io.herald.protocol.chat.ChatDevices;
import io.herald.web.rest.InvalidInput;
import io.herald.web.rest.JsonRequest;
import io.herald.web.rest.MaxLength;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Locale;

/** Admin API for the devices chat users registered for offline pushes, named by their FCM token. */
@Path("/admin/chat/devices")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ChatDevicesResource {

    @Inject
    JpaChatDevices devices;

    /** The body of a PUT. */
    @JsonRequest
    public record DeviceRequest(Long userId, @MaxLength(10) String platform) {
    }

    @GET
    public List<JpaChatDevices.Registration> list(@QueryParam("userId") String userId) {
        return devices.registrations(ChatUserIdParam.required("userId", userId));
    }

    @PUT
    @Path("{fcmToken}")
    public JpaChatDevices.Registration register(@PathParam("fcmToken") String fcmToken, DeviceRequest request) {
        checkFcmToken(fcmToken);
        if (request == null) {
            throw new InvalidInput("body", "a JSON object with the device's userId and platform is required");
        }
        long userId = ChatUserIdParam.required("userId", request.userId());
        return devices.register(fcmToken, userId, platform(request.platform()));
    }

    @DELETE
    @Path("{fcmToken}")
    public void remove(@PathParam("fcmToken") String fcmToken) {
        checkFcmToken(fcmToken);
        if (!devices.remove(fcmToken)) {
            throw new NotFoundException();
        }
    }

    private static void checkFcmToken(String fcmToken) {
        if (fcmToken.isBlank() || fcmToken.length() > 1000) {
            throw new InvalidInput("fcmToken", "an FCM token is 1 to 1000 characters");
        }
    }

    private static ChatDevices.Platform platform(String name) {
        if (name != null) {
            for (ChatDevices.Platform platform : ChatDevices.Platform.values()) {
                if (platform.name().equals(name.toUpperCase(Locale.ROOT))) {
                    return platform;
                }
            }
        }
        throw new InvalidInput("platform", "platform is \"ios\" or \"android\"");
    }
}
