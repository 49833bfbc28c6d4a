package vn.dang.chidao.web;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import vn.dang.chidao.input.InvalidInputException;

/**
 * Input the server refuses is the caller's error: 400, with the message Tasklist shows to the user.
 * The shape matches the engine's own error bodies ({"type", "message"}).
 */
@Provider
public class ValidationExceptionMapper implements ExceptionMapper<InvalidInputException> {

    @Override
    public Response toResponse(InvalidInputException e) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "ValidationError");
        body.put("message", e.getMessage());
        body.put("problems", e.problems());
        return Response.status(Response.Status.BAD_REQUEST).type(MediaType.APPLICATION_JSON_TYPE).entity(body)
                .build();
    }
}
