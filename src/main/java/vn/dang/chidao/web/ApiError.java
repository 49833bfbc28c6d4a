package vn.dang.chidao.web;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/** An error of the project's own endpoints, with the message the user reads, in Vietnamese. */
public class ApiError extends ResponseStatusException {

    public ApiError(HttpStatus status, String message) {
        super(status, message);
    }

    public static ApiError unauthenticated() {
        return new ApiError(HttpStatus.UNAUTHORIZED, "Vui lòng đăng nhập.");
    }

    public static ApiError forbidden() {
        return new ApiError(HttpStatus.FORBIDDEN, "Đồng chí không có quyền xem văn bản này.");
    }
}
