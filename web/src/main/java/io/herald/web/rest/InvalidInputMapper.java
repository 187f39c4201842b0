package io.herald.web.rest;

import static io.herald.core.JsonProviders.JSON;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** {@code 400 {"error":"...","field":"..."}} for every invalid request. */
@Provider
public class InvalidInputMapper implements ExceptionMapper<InvalidInput> {

    @Override
    public Response toResponse(InvalidInput invalid) {
        return Response.status(Response.Status.BAD_REQUEST)
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(JSON.createObjectBuilder()
                        .add("error", invalid.getMessage())
                        .add("field", invalid.field())
                        .build()
                        .toString())
                .build();
    }
}
