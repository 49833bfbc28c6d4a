package vn.dang.chidao.web;

import java.util.Map;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** {"message": "…"} in Vietnamese, with the status the error carries; Basic realm on 401 for API clients. */
@RestControllerAdvice(basePackageClasses = ApiErrorHandler.class)
class ApiErrorHandler {

    @ExceptionHandler(ApiError.class)
    ResponseEntity<Map<String, String>> handle(ApiError error) {
        var response = ResponseEntity.status(error.getStatusCode());
        if (error.getStatusCode().value() == 401) {
            response.header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"directive-workflow\", charset=\"UTF-8\"");
        }
        return response.body(Map.of("message", error.getReason()));
    }
}
