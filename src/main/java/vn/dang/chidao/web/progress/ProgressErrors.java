package vn.dang.chidao.web.progress;

import jakarta.servlet.http.HttpServletRequest;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

import vn.dang.chidao.progress.DirectiveNotFoundException;
import vn.dang.chidao.progress.DirectiveNotReadableException;
import vn.dang.chidao.progress.InvalidProgressFilterException;

/** Errors of /api/progress as {"message": "…"} in Vietnamese, whatever the endpoint would have produced. */
@RestControllerAdvice(assignableTypes = ProgressController.class)
class ProgressErrors {

    private static final Logger log = LoggerFactory.getLogger(ProgressErrors.class);

    @ExceptionHandler(NotAuthenticatedException.class)
    ResponseEntity<ProgressJson.Error> unauthenticated(NotAuthenticatedException e, HttpServletRequest request) {
        var response = ResponseEntity.status(HttpStatus.UNAUTHORIZED);
        // Scripts (the Cockpit plugin) handle 401 themselves; a challenge would pop up the browser's login box.
        if (!"XMLHttpRequest".equals(request.getHeader("X-Requested-With"))) {
            response.header("WWW-Authenticate", "Basic realm=\"van-ban-chi-dao\", charset=\"UTF-8\"");
        }
        return response.contentType(MediaType.APPLICATION_JSON).body(new ProgressJson.Error(e.getMessage()));
    }

    @ExceptionHandler(DirectiveNotReadableException.class)
    ResponseEntity<ProgressJson.Error> forbidden(DirectiveNotReadableException e) {
        return error(HttpStatus.FORBIDDEN, e.getMessage());
    }

    @ExceptionHandler(DirectiveNotFoundException.class)
    ResponseEntity<ProgressJson.Error> notFound(DirectiveNotFoundException e) {
        return error(HttpStatus.NOT_FOUND, e.getMessage());
    }

    @ExceptionHandler(InvalidProgressFilterException.class)
    ResponseEntity<ProgressJson.Error> badRequest(InvalidProgressFilterException e) {
        return error(HttpStatus.BAD_REQUEST, e.getMessage());
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProgressJson.Error> badPath(MethodArgumentTypeMismatchException e) {
        return error(HttpStatus.NOT_FOUND, "Không tìm thấy văn bản chỉ đạo có mã " + e.getValue() + ".");
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProgressJson.Error> failure(Exception e) {
        log.error("/api/progress failed", e);
        return error(HttpStatus.INTERNAL_SERVER_ERROR, "Không lấy được số liệu theo dõi do lỗi máy chủ. "
                + "Vui lòng thử lại sau hoặc báo quản trị hệ thống.");
    }

    private static ResponseEntity<ProgressJson.Error> error(HttpStatus status, String message) {
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON)
                .body(new ProgressJson.Error(message));
    }
}
