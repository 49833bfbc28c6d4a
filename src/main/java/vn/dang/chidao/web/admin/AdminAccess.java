package vn.dang.chidao.web.admin;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.camunda.bpm.engine.authorization.Groups;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import vn.dang.chidao.web.ApiError;
import vn.dang.chidao.web.WebCaller;

/**
 * Only administrators (camunda-admin) reach /api/admin, by HTTP Basic or the Admin webapp's session. A change made
 * through the session must carry X-Requested-With (the plugin sends it): a page of another site cannot add that
 * header without the browser asking first, so it cannot act in the administrator's name.
 */
@Component
class AdminAccess implements HandlerInterceptor, WebMvcConfigurer {

    private static final String ADMIN = AdminAccess.class.getName() + ".admin";

    private final WebCaller callers;

    AdminAccess(WebCaller callers) {
        this.callers = callers;
    }

    /** Before the body is read: a stranger learns nothing about what the body should have been. */
    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        request.setAttribute(ADMIN, check(request));
        return true;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).addPathPatterns("/api/admin", "/api/admin/**");
    }

    /** @return the administrator's user id */
    String administrator(HttpServletRequest request) {
        Object checked = request.getAttribute(ADMIN);
        return checked instanceof String admin ? admin : check(request);
    }

    private String check(HttpServletRequest request) {
        WebCaller.Caller caller = callers.resolve(request).orElseThrow(ApiError::unauthenticated);
        if (!caller.groupIds().contains(Groups.CAMUNDA_ADMIN)) {
            throw new ApiError(HttpStatus.FORBIDDEN, "Chỉ quản trị hệ thống được quản lý danh mục đơn vị, "
                    + "người dùng, người ký và nhiệm kỳ.");
        }
        boolean change = !"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod());
        if (change && request.getHeader("Authorization") == null
                && !"XMLHttpRequest".equals(request.getHeader("X-Requested-With"))) {
            throw new ApiError(HttpStatus.FORBIDDEN, "Yêu cầu thay đổi phải gửi từ trang quản trị "
                    + "(thiếu tiêu đề X-Requested-With).");
        }
        return caller.userId();
    }
}
