package vn.dang.chidao.web;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Outside the demo profile the administrator comes from ADMIN_USER and ADMIN_PASSWORD, and the
 * application refuses to start with an empty, short or well-known password.
 */
public class AdminAccountGuard implements EnvironmentPostProcessor {

    static final int MIN_LENGTH = 12;
    private static final Set<String> WELL_KNOWN = Set.of("demo", "admin", "camunda", "password", "matkhau",
            "123456", "12345678", "123456789", "1234567890", "123456789012", "qwerty", "changeme", "admin123");

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (Arrays.asList(environment.getActiveProfiles()).contains("demo")) {
            return;
        }
        String user = environment.getProperty("camunda.bpm.admin-user.id");
        String password = environment.getProperty("camunda.bpm.admin-user.password");
        if (user == null || user.isBlank()) {
            throw new IllegalStateException("Chưa khai báo tài khoản quản trị: đặt biến môi trường ADMIN_USER và "
                    + "ADMIN_PASSWORD (hoặc chạy với hồ sơ demo để dùng thử).");
        }
        if (password == null || password.length() < MIN_LENGTH
                || WELL_KNOWN.contains(password.toLowerCase(Locale.ROOT))
                || password.toLowerCase(Locale.ROOT).contains(user.toLowerCase(Locale.ROOT))) {
            throw new IllegalStateException("Mật khẩu quản trị (ADMIN_PASSWORD) để trống, quá ngắn (dưới "
                    + MIN_LENGTH + " ký tự) hoặc quá dễ đoán; ứng dụng không khởi động.");
        }
    }
}
