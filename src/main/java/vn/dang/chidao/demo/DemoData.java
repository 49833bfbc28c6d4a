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

import vn.dang.chidao.directory.SignerPosition;
import vn.dang.chidao.directory.RecipientGroups;
import vn.dang.chidao.directory.Signers;
import vn.dang.chidao.directory.UnitKind;
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
    private final Signers signers;
    private final RecipientGroups groups;

    public DemoData(UnitDirectory directory, IdentityService identity, NamedParameterJdbcTemplate jdbc,
                    IdentitySetup identitySetup, Signers signers, RecipientGroups groups) {
        this.groups = groups;
        this.signers = signers;
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
        long propaganda = directory.insert("btg-bao-yen", "Ban Tuyên giáo Huyện ủy", district, "BTGHU", "Bảo Yên",
                "HUYỆN ỦY BẢO YÊN", "bantuyengiao@hubaoyen.dcs.vn", true);
        directory.setBodyKind(propaganda, SignerPosition.BodyKind.BAN);
        long mttq = directory.insert("mttq-bao-yen", "Ủy ban MTTQ huyện Bảo Yên", district, null, "Bảo Yên", null,
                "mttq@baoyen.laocai.gov.vn", false);
        long commune = directory.insert("du-bao-ha", "Đảng ủy xã Bảo Hà", district, "ĐU", "Bảo Hà",
                "ĐẢNG BỘ HUYỆN BẢO YÊN", "danguy@baoha.baoyen.vn", true);
        long school = directory.insert("cb-thpt-bao-yen", "Chi bộ Trường THPT số 1 Bảo Yên", district, null,
                "Bảo Yên", null, "chibo@thpt1baoyen.edu.vn", false);
        long hamlet = directory.insert("cb-thon-bong-2", "Chi bộ thôn Bông 2", commune, null, "Bảo Hà", null,
                "chibo.bong2@baoha.baoyen.vn", false);
        // HD 36 §1.2: a Tỉnh ủy under the Central Committee prints its own name only, a Huyện ủy its đảng bộ above,
        // a Ban its cấp ủy above and the Ban's short name
        directory.setHeaderLines(province, null, "TỈNH ỦY LÀO CAI");
        directory.setHeaderLines(district, "ĐẢNG BỘ TỈNH LÀO CAI", "HUYỆN ỦY BẢO YÊN");
        directory.setHeaderLines(propaganda, "HUYỆN ỦY BẢO YÊN", "BAN TUYÊN GIÁO");
        directory.setHeaderLines(commune, "ĐẢNG BỘ HUYỆN BẢO YÊN", "ĐẢNG ỦY XÃ BẢO HÀ");
        directory.setKind(province, UnitKind.CAP_UY);
        directory.setKind(district, UnitKind.CAP_UY);
        directory.setKind(propaganda, UnitKind.BAN);
        directory.setKind(mttq, UnitKind.DOAN_THE);
        directory.setKind(commune, UnitKind.DANG_UY);
        directory.setKind(school, UnitKind.CHI_BO);
        directory.setKind(hamlet, UnitKind.CHI_BO);
        // Kính gửi as the Huyện ủy writes it: its chi, đảng bộ and its đoàn thể, each a group
        groups.add(district, "hu-bao-yen_chi-dang-bo", "Các chi, đảng bộ trực thuộc",
                List.of(UnitKind.DANG_UY, UnitKind.CHI_BO), List.of());
        groups.add(district, "hu-bao-yen_doan-the", "MTTQ và các đoàn thể huyện", List.of(UnitKind.DOAN_THE),
                List.of());
        for (long issuer : List.of(province, district, propaganda, commune)) {
            jdbc.update("insert into term (issuer_id, name, starts_on, ends_on) values (:i, :n, :s, :e)",
                    Map.of("i", issuer, "n", "2025-2030", "s", Date.valueOf(LocalDate.of(2025, 7, 1)),
                            "e", Date.valueOf(LocalDate.of(2030, 12, 31))));
        }
        identitySetup.synchronize();

        // Huyện ủy Bảo Yên
        // the Văn phòng also handles what the Huyện ủy receives from the Tỉnh ủy (unit group hu-bao-yen)
        user("soanthao", "Nguyễn Thị", "Lan", "hu-bao-yen_van-phong", "hu-bao-yen");
        user("chanhvanphong", "Trần Văn", "Hùng", "hu-bao-yen_chanh-van-phong", "hu-bao-yen_van-phong");
        user("phobithu", "Hoàng Văn", "Minh", "hu-bao-yen_lanh-dao");
        user("vanthu", "Lê Thị", "Hoa", "hu-bao-yen_van-thu", "hu-bao-yen_van-phong");
        signers.add("phobithu", district, SignerPosition.PHO_BI_THU);
        // recipient units
        user("mttq", "Vàng Thị", "Dung", "mttq-bao-yen");
        user("tuyengiao", "Phạm Văn", "Tuấn", "btg-bao-yen");
        user("tuyengiao2", "Đỗ Thị", "Mai", "btg-bao-yen", "btg-bao-yen_van-phong", "btg-bao-yen_chanh-van-phong");
        user("thpt", "Ngô Thị", "Thu", "cb-thpt-bao-yen");
        // Ban Tuyên giáo also issues (hướng dẫn): signed by the Trưởng ban or "K/T" by a deputy
        user("truongbantg", "Bùi Văn", "Quang", "btg-bao-yen_lanh-dao");
        user("photruongbantg", "Hà Thị", "Yến", "btg-bao-yen_lanh-dao");
        signers.add("truongbantg", propaganda, SignerPosition.TRUONG_BAN);
        signers.add("photruongbantg", propaganda, SignerPosition.PHO_TRUONG_BAN);
        // Tỉnh ủy Lào Cai, above the Huyện ủy
        user("vanphongtinh", "Đặng Thị", "Ngọc", "tu-lao-cai_van-phong", "tu-lao-cai_chanh-van-phong");
        user("phobithutinh", "Giàng Seo", "Phử", "tu-lao-cai_lanh-dao");
        signers.add("phobithutinh", province, SignerPosition.PHO_BI_THU);
        // Đảng ủy xã Bảo Hà and its chi bộ: the commune acts on the Huyện ủy's directives with its own
        user("baoha", "Lù Văn", "Sáng", "du-bao-ha", "du-bao-ha_van-phong", "du-bao-ha_chanh-van-phong");
        user("bithuxa", "Hoàng Thị", "Thơm", "du-bao-ha_lanh-dao");
        signers.add("bithuxa", commune, SignerPosition.BI_THU);
        user("chibobong2", "Lò Văn", "Pảo", "cb-thon-bong-2");
        user("quanly", "Nguyễn Văn", "Thắng", IdentitySetup.MANAGER_GROUP);
        log.info("Demo data loaded: Tỉnh ủy Lào Cai, Huyện ủy Bảo Yên and 6 units, 17 users (password \"{}\")",
                PASSWORD);
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
