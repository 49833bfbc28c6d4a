package vn.dang.chidao.web;

import jakarta.annotation.Priority;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;

import org.camunda.bpm.engine.rest.exception.JsonMappingExceptionHandler;
import org.camunda.bpm.engine.rest.exception.JsonParseExceptionHandler;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.JsonMappingException;

/**
 * Unreadable JSON is answered by the engine's handlers (a JSON error body, which {@link EngineRestErrors} turns
 * into Vietnamese). Jersey's Jackson feature brings mappers for the same exception types that answer in plain
 * English text; with equal type distance Jersey picks by priority, and without one it picked either, run to run.
 */
public final class JsonErrorMappers {

    static final int PRIORITY = 1;

    private JsonErrorMappers() {
    }

    @Priority(PRIORITY)
    public static final class Mapping implements ExceptionMapper<JsonMappingException> {
        private final JsonMappingExceptionHandler engine = new JsonMappingExceptionHandler();

        @Override
        public Response toResponse(JsonMappingException e) {
            return engine.toResponse(e);
        }
    }

    @Priority(PRIORITY)
    public static final class Parse implements ExceptionMapper<JsonParseException> {
        private final JsonParseExceptionHandler engine = new JsonParseExceptionHandler();

        @Override
        public Response toResponse(JsonParseException e) {
            return engine.toResponse(e);
        }
    }
}
