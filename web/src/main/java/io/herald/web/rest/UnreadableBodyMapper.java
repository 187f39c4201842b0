package io.herald.web.rest;

import static io.herald.core.JsonProviders.JSON;

import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A request body that is not the JSON the resource expects: 400 naming the body as the field.
 * Other processing failures stay server errors.
 */
@Provider
public class UnreadableBodyMapper implements ExceptionMapper<ProcessingException> {

    private static final Logger LOG = Logger.getLogger(UnreadableBodyMapper.class.getName());

    @Override
    public Response toResponse(ProcessingException e) {
        if (!causedByJson(e)) {
            LOG.log(Level.WARNING, "request processing failed", e);
            return Response.serverError().build();
        }
        return Response.status(Response.Status.BAD_REQUEST)
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(JSON.createObjectBuilder()
                        .add("error", "the request body is not valid JSON for this resource")
                        .add("field", "body")
                        .build()
                        .toString())
                .build();
    }

    private static boolean causedByJson(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof JsonbException || t instanceof JsonException) {
                return true;
            }
        }
        return false;
    }
}
