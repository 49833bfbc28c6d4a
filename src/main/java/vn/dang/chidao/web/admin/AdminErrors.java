package vn.dang.chidao.web.admin;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

import vn.dang.chidao.administration.AdminNotFoundException;
import vn.dang.chidao.input.InvalidInputException;
import vn.dang.chidao.web.ApiError;

/**
 * Errors of /api/admin as {"message": "…", "problems": [{"field", "message"}]} in Vietnamese. Refused input is logged
 * in one line (no stack trace); only a real server failure logs its trace.
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
@RestControllerAdvice(assignableTypes = AdminController.class)
class AdminErrors {

    private static final Logger log = LoggerFactory.getLogger(AdminErrors.class);

    @ExceptionHandler(ApiError.class)
    ResponseEntity<Map<String, Object>> api(ApiError e, HttpServletRequest request) {
        var response = ResponseEntity.status(e.getStatusCode()).contentType(MediaType.APPLICATION_JSON);
        if (e.getStatusCode().value() == 401 && !"XMLHttpRequest".equals(request.getHeader("X-Requested-With"))) {
            response.header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"directive-workflow\", charset=\"UTF-8\"");
        }
        return response.body(Map.of("message", e.getReason()));
    }

    @ExceptionHandler(InvalidInputException.class)
    ResponseEntity<Map<String, Object>> invalid(InvalidInputException e, HttpServletRequest request) {
        log.warn("Admin change refused ({} {}): {}", request.getMethod(), shorten(request.getRequestURI()),
                shorten(e.getMessage()));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("message", e.getMessage());
        body.put("problems", e.details().stream().map(p -> {
            Map<String, String> m = new LinkedHashMap<>();
            m.put("field", p.field());
            m.put("message", p.message());
            return m;
        }).toList());
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_JSON).body(body);
    }

    @ExceptionHandler(AdminNotFoundException.class)
    ResponseEntity<Map<String, Object>> notFound(AdminNotFoundException e, HttpServletRequest request) {
        log.warn("Admin request for something unknown ({} {}): {}", request.getMethod(),
                shorten(request.getRequestURI()),
                shorten(e.getMessage()));
        return error(HttpStatus.NOT_FOUND, e.getMessage());
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<Map<String, Object>> unreadable(HttpMessageNotReadableException e) {
        log.warn("Admin request unreadable: {}", shorten(e.getMostSpecificCause().getMessage()));
        return error(HttpStatus.BAD_REQUEST, "Nội dung yêu cầu không đúng dạng JSON mong đợi.");
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<Map<String, Object>> badParameter(MethodArgumentTypeMismatchException e) {
        return error(HttpStatus.BAD_REQUEST, "Tham số '" + e.getName() + "' không hợp lệ.");
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<Map<String, Object>> missingParameter(MissingServletRequestParameterException e) {
        return error(HttpStatus.BAD_REQUEST, "Thiếu tham số '" + e.getParameterName() + "'.");
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<Map<String, Object>> mediaType(HttpMediaTypeNotSupportedException e) {
        return error(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Gửi nội dung dạng application/json (UTF-8).");
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<Map<String, Object>> method(HttpRequestMethodNotSupportedException e) {
        return error(HttpStatus.METHOD_NOT_ALLOWED, "Phương thức " + e.getMethod() + " không dùng được ở đây.");
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Map<String, Object>> failure(Exception e, HttpServletRequest request) {
        log.error("Admin request failed ({} {})", request.getMethod(), shorten(request.getRequestURI()), e);
        return error(HttpStatus.INTERNAL_SERVER_ERROR, "Không thực hiện được do lỗi máy chủ; không có thay đổi nào "
                + "được ghi. Vui lòng thử lại sau hoặc báo bộ phận kỹ thuật.");
    }

    private static ResponseEntity<Map<String, Object>> error(HttpStatus status, String message) {
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("message", message, "problems", List.of()));
    }

    private static String shorten(String text) {
        return text == null || text.length() <= 200 ? text : text.substring(0, 200) + "…";
    }
}
