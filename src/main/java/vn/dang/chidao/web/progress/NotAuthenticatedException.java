package vn.dang.chidao.web.progress;

/** No Cockpit session and no (valid) HTTP Basic credentials: 401. */
class NotAuthenticatedException extends RuntimeException {

    NotAuthenticatedException(String message) {
        super(message);
    }
}
