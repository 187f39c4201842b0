package io.herald.web.admin;

import io.herald.persistence.loom.LoomApp;
import io.herald.protocol.loom.JpaLoomApps;
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
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/** Admin API for Loom apps and the event names each may subscribe to. */
@Path("/admin/loom/apps")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class LoomAppsResource {

    private static final Pattern EVENT_NAME = Pattern.compile("[A-Za-z0-9_.:-]{1,200}");

    @Inject
    JpaLoomApps apps;

    /** The body of a PUT. */
    @JsonRequest
    public record AppRequest(@MaxLength(200) List<String> events) {
    }

    /** An app as the API shows it. */
    public record AppView(String id, List<String> events) {
        static AppView of(LoomApp app) {
            return new AppView(app.getAppId(), List.copyOf(new TreeSet<>(app.getEventNames())));
        }
    }

    @GET
    public List<AppView> list() {
        return apps.all().stream().map(AppView::of).toList();
    }

    @PUT
    @Path("{id}")
    public AppView put(@PathParam("id") String id, AppRequest request) {
        checkId(id);
        if (request == null || request.events() == null) {
            throw new InvalidInput("events", "a list of event names is required");
        }
        if (request.events().stream().anyMatch(n -> n == null || !EVENT_NAME.matcher(n).matches())) {
            throw new InvalidInput("events", "event names are 1 to 200 letters, digits, '_', '.', ':' or '-'");
        }
        Set<String> names = Set.copyOf(request.events());
        apps.put(id, names);
        return new AppView(id, List.copyOf(new TreeSet<>(names)));
    }

    @DELETE
    @Path("{id}")
    public void delete(@PathParam("id") String id) {
        checkId(id);
        if (!apps.delete(id)) {
            throw new NotFoundException();
        }
    }

    private static void checkId(String id) {
        if (id.isBlank() || id.length() > 200) {
            throw new InvalidInput("id", "an app id is 1 to 200 characters");
        }
    }
}
