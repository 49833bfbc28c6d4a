package vn.dang.chidao.demo;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.dang.chidao.directory.UnitDirectory;
import vn.dang.chidao.process.identity.IdentitySetup;

/**
 * Demo committee (Huyện ủy Bảo Yên under Tỉnh ủy Lào Cai, as in the seed documents), its units and
 * users. Only in the "demo" profile; every demo password is "demo".
 */
@Component
@Profile("demo")
public class DemoData {

    public static final String PASSWORD = "demo";

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final UnitDirectory directory;
    private final IdentityService identity;
    private final NamedParameterJdbcTemplate jdbc;
    private final IdentitySetup identitySetup;

    public DemoData(UnitDirectory directory, IdentityService identity, NamedParameterJdbcTemplate jdbc,
                    IdentitySetup identitySetup) {
        this.directory = directory;
        this.identity = identity;
        this.jdbc = jdbc;
        this.identitySetup = identitySetup;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(0)
    @Transactional
    public void load() {
        if (directory.findByCode("tu-lao-cai").isPresent()) {
            return;
        }
        long province = directory.insert("tu-lao-cai", "Tỉnh ủy Lào Cai", null, "TU", "Lào Cai",
                "ĐẢNG BỘ TỈNH LÀO CAI", "vanphong@tulaocai.dcs.vn", true);
        long district = directory.insert("hu-bao-yen", "Huyện ủy Bảo Yên", province, "HU", "Bảo Yên",
                "ĐẢNG BỘ TỈNH LÀO CAI", "vanphong@hubaoyen.dcs.vn", true);
        directory.insert("btg-bao-yen", "Ban Tuyên giáo Huyện ủy", district, "BTGHU", "Bảo Yên",
                "HUYỆN ỦY BẢO YÊN", "bantuyengiao@hubaoyen.dcs.vn", false);
        directory.insert("mttq-bao-yen", "Ủy ban MTTQ huyện Bảo Yên", district, null, "Bảo Yên", null,
                "mttq@baoyen.laocai.gov.vn", false);
        long commune = directory.insert("du-bao-ha", "Đảng ủy xã Bảo Hà", district, "ĐU", "Bảo Hà",
                "ĐẢNG BỘ HUYỆN BẢO YÊN", "danguy@baoha.baoyen.vn", false);
        directory.insert("cb-thpt-bao-yen", "Chi bộ Trường THPT số 1 Bảo Yên", district, null, "Bảo Yên", null,
                "chibo@thpt1baoyen.edu.vn", false);
        directory.insert("cb-thon-bong-2", "Chi bộ thôn Bông 2", commune, null, "Bảo Hà", null, null, false);
        for (long issuer : List.of(province, district)) {
            jdbc.update("insert into term (issuer_id, name, starts_on, ends_on) values (:i, :n, :s, :e)",
                    Map.of("i", issuer, "n", "2025-2030", "s", Date.valueOf(LocalDate.of(2025, 7, 1)),
                            "e", Date.valueOf(LocalDate.of(2030, 12, 31))));
        }
        identitySetup.synchronize();

        user("soanthao", "Nguyễn Thị", "Lan", "hu-bao-yen_van-phong");
        user("chanhvanphong", "Trần Văn", "Hùng", "hu-bao-yen_chanh-van-phong", "hu-bao-yen_van-phong");
        user("phobithu", "Hoàng Văn", "Minh", "hu-bao-yen_lanh-dao");
        user("vanthu", "Lê Thị", "Hoa", "hu-bao-yen_van-thu", "hu-bao-yen_van-phong");
        user("mttq", "Vàng Thị", "Dung", "mttq-bao-yen");
        user("tuyengiao", "Phạm Văn", "Tuấn", "btg-bao-yen");
        user("tuyengiao2", "Đỗ Thị", "Mai", "btg-bao-yen");
        user("baoha", "Lù Văn", "Sáng", "du-bao-ha");
        user("thpt", "Ngô Thị", "Thu", "cb-thpt-bao-yen");
        user("quanly", "Nguyễn Văn", "Thắng", IdentitySetup.MANAGER_GROUP);
        log.info("Demo data loaded: Huyện ủy Bảo Yên, 5 units, 10 users (password \"{}\")", PASSWORD);
    }

    private void user(String id, String firstName, String lastName, String... groups) {
        if (identity.createUserQuery().userId(id).count() == 0) {
            User user = identity.newUser(id);
            user.setFirstName(firstName);
            user.setLastName(lastName);
            user.setPassword(PASSWORD);
            user.setEmail(id + "@demo.localhost");
            identity.saveUser(user);
        }
        for (String group : groups) {
            if (identity.createUserQuery().userId(id).memberOfGroup(group).count() == 0) {
                identity.createMembership(id, group);
            }
        }
    }
}
