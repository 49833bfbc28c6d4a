package vn.dang.chidao.web.admin;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import vn.dang.chidao.administration.AdminDirectory;
import vn.dang.chidao.administration.AdminGroups;
import vn.dang.chidao.administration.ChangeLog;
import vn.dang.chidao.administration.GroupForm;
import vn.dang.chidao.administration.OpenWork;
import vn.dang.chidao.administration.People;
import vn.dang.chidao.administration.PersonForm;
import vn.dang.chidao.administration.Role;
import vn.dang.chidao.administration.SignersAndTerms;
import vn.dang.chidao.administration.UnitForm;
import vn.dang.chidao.administration.UnitMerge;
import vn.dang.chidao.administration.UnitNode;
import vn.dang.chidao.directory.SignerPosition;
import vn.dang.chidao.directory.SigningAuthority;
import vn.dang.chidao.directory.UnitKind;
import vn.dang.chidao.input.InvalidInputException;

/**
 * {@code /api/admin}: what the administrator does to set an installation up (docs/administration.md). Every endpoint
 * is for camunda-admin only (AdminAccess); the Admin webapp's plugin "Danh mục và người dùng" calls the same.
 */
@RestController
@RequestMapping("/api/admin")
class AdminController {

    record MoveRequest(String parentCode) {
    }

    record MergeRequest(String intoCode) {
    }

    record RolesRequest(String unitCode, List<String> roles) {
    }

    record SignerRequest(String userId, String issuerCode, String position, String authority) {
    }

    private final AdminAccess access;
    private final AdminDirectory directory;
    private final AdminGroups groups;
    private final People people;
    private final SignersAndTerms signing;
    private final UnitMerge merger;
    private final ChangeLog changes;

    AdminController(AdminAccess access, AdminDirectory directory, AdminGroups groups, People people,
                    SignersAndTerms signing, UnitMerge merger, ChangeLog changes) {
        this.access = access;
        this.directory = directory;
        this.groups = groups;
        this.people = people;
        this.signing = signing;
        this.merger = merger;
        this.changes = changes;
    }

    /** The words of the lists the forms offer: kinds, roles, positions, authorities. */
    @GetMapping("/labels")
    Map<String, Object> labels(HttpServletRequest request) {
        access.administrator(request);
        Map<String, Object> labels = new LinkedHashMap<>();
        labels.put("unitKinds", Arrays.stream(UnitKind.values()).map(k -> option(k.name(), k.label())).toList());
        labels.put("bodyKinds", List.of(option("CAP_UY", "Cấp ủy (ký T/M Ban Thường vụ)"),
                option("BAN", "Ban, cơ quan tham mưu (Trưởng ban ký)")));
        labels.put("roles", Arrays.stream(Role.values()).map(r -> option(r.name(), r.label())).toList());
        labels.put("positions", Arrays.stream(SignerPosition.values())
                .map(p -> option(p.name(), p.title())).toList());
        labels.put("authorities", List.of(option(SigningAuthority.ON_BEHALF.name(), "T/M (thay mặt)"),
                option(SigningAuthority.DEPUTY.name(), "K/T (ký thay)"),
                option(SigningAuthority.BY_ORDER.name(), "T/L (thừa lệnh)"),
                option(SigningAuthority.BY_AUTHORIZATION.name(), "T/UQ (thừa ủy quyền)"),
                option(SigningAuthority.OWN_NAME.name(), "Ký trực tiếp (Trưởng ban)")));
        labels.put("entities", ChangeView.ENTITIES);
        labels.put("actions", ChangeView.ACTIONS);
        return labels;
    }

    private static Map<String, String> option(String code, String label) {
        return Map.of("code", code, "label", label);
    }

    // ------------------------------------------------------------------ units

    @GetMapping("/units")
    List<UnitNode> units(HttpServletRequest request) {
        access.administrator(request);
        return directory.tree();
    }

    @PostMapping("/units")
    @ResponseStatus(HttpStatus.CREATED)
    UnitNode addUnit(@RequestBody UnitForm form, HttpServletRequest request) {
        return directory.add(access.administrator(request), required(form));
    }

    @PutMapping("/units/{code}")
    UnitNode updateUnit(@PathVariable String code, @RequestBody UnitForm form, HttpServletRequest request) {
        return directory.update(access.administrator(request), code, required(form));
    }

    @PostMapping("/units/{code}/move")
    UnitNode move(@PathVariable String code, @RequestBody MoveRequest move, HttpServletRequest request) {
        return directory.move(access.administrator(request), code, required(move).parentCode());
    }

    @PostMapping("/units/{code}/close")
    Map<String, Object> close(@PathVariable String code, HttpServletRequest request) {
        List<OpenWork> open = directory.close(access.administrator(request), code);
        return Map.of("closed", code, "openWork", open);
    }

    @GetMapping("/units/{code}/open-work")
    List<OpenWork> openWork(@PathVariable String code, HttpServletRequest request) {
        access.administrator(request);
        return directory.openWork(code);
    }

    @PostMapping("/units/{code}/merge")
    UnitMerge.Result merge(@PathVariable String code, @RequestBody MergeRequest merge, HttpServletRequest request) {
        return merger.merge(access.administrator(request), code, required(merge).intoCode());
    }

    // ------------------------------------------------------------------ recipient groups

    @GetMapping("/groups")
    List<AdminGroups.GroupView> groups(@RequestParam String owner, HttpServletRequest request) {
        access.administrator(request);
        return groups.of(owner);
    }

    @PostMapping("/groups")
    @ResponseStatus(HttpStatus.CREATED)
    AdminGroups.GroupView addGroup(@RequestBody GroupForm form, HttpServletRequest request) {
        return groups.create(access.administrator(request), required(form));
    }

    @PutMapping("/groups/{code}")
    AdminGroups.GroupView updateGroup(@PathVariable String code, @RequestBody GroupForm form,
                                      HttpServletRequest request) {
        return groups.update(access.administrator(request), code, required(form));
    }

    @DeleteMapping("/groups/{code}")
    Map<String, String> deleteGroup(@PathVariable String code, HttpServletRequest request) {
        groups.delete(access.administrator(request), code);
        return Map.of("deleted", code);
    }

    // ------------------------------------------------------------------ people

    @GetMapping("/people")
    List<People.PersonView> people(HttpServletRequest request) {
        access.administrator(request);
        return people.list();
    }

    @GetMapping("/people/{id}")
    People.PersonView person(@PathVariable String id, HttpServletRequest request) {
        access.administrator(request);
        return people.get(id);
    }

    @PostMapping("/people")
    @ResponseStatus(HttpStatus.CREATED)
    People.PersonView addPerson(@RequestBody PersonForm form, HttpServletRequest request) {
        return people.create(access.administrator(request), required(form));
    }

    @PutMapping("/people/{id}/roles")
    People.PersonView roles(@PathVariable String id, @RequestBody RolesRequest roles, HttpServletRequest request) {
        String actor = access.administrator(request);
        return people.setRoles(actor, id, required(roles).unitCode(), roles.roles());
    }

    @PostMapping("/people/{id}/deactivate")
    Map<String, Object> deactivate(@PathVariable String id, HttpServletRequest request) {
        int tasks = people.deactivate(access.administrator(request), id);
        return Map.of("deactivated", id, "tasksReturned", tasks);
    }

    // ------------------------------------------------------------------ signers and terms

    @GetMapping("/signers")
    List<SignersAndTerms.SignerView> signers(@RequestParam String issuer, HttpServletRequest request) {
        access.administrator(request);
        return signing.signersOf(issuer);
    }

    @PostMapping("/signers")
    @ResponseStatus(HttpStatus.CREATED)
    SignersAndTerms.SignerView addSigner(@RequestBody SignerRequest s, HttpServletRequest request) {
        String actor = access.administrator(request);
        required(s);
        return signing.addSigner(actor, s.userId(), s.issuerCode(), s.position(), s.authority());
    }

    @DeleteMapping("/signers/{issuer}/{userId}")
    Map<String, String> removeSigner(@PathVariable String issuer, @PathVariable String userId,
                                     HttpServletRequest request) {
        signing.removeSigner(access.administrator(request), userId, issuer);
        return Map.of("removed", userId);
    }

    @GetMapping("/terms")
    List<SignersAndTerms.TermView> terms(@RequestParam String issuer, HttpServletRequest request) {
        access.administrator(request);
        return signing.termsOf(issuer);
    }

    @PostMapping("/terms")
    @ResponseStatus(HttpStatus.CREATED)
    SignersAndTerms.TermView addTerm(@RequestBody SignersAndTerms.TermForm form, HttpServletRequest request) {
        return signing.addTerm(access.administrator(request), required(form));
    }

    @PutMapping("/terms/{id}")
    SignersAndTerms.TermView updateTerm(@PathVariable long id, @RequestBody SignersAndTerms.TermForm form,
                                        HttpServletRequest request) {
        return signing.updateTerm(access.administrator(request), id, required(form));
    }

    // ------------------------------------------------------------------ audit

    @GetMapping("/changes")
    List<ChangeView> changes(@RequestParam(required = false) String entity,
                             @RequestParam(required = false) String key,
                             @RequestParam(defaultValue = "200") int limit, HttpServletRequest request) {
        access.administrator(request);
        if (limit < 1 || limit > 1000) {
            throw new InvalidInputException("Số dòng nhật ký (limit) phải từ 1 đến 1.000.");
        }
        if (entity != null && entity.length() > 32 || key != null && key.length() > 128) {
            throw new InvalidInputException("Bộ lọc nhật ký quá dài.");
        }
        return changes.recent(blankToNull(entity), blankToNull(key), limit).stream().map(ChangeView::of).toList();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static <T> T required(T body) {
        if (body == null) {
            throw new InvalidInputException("Thiếu nội dung yêu cầu.");
        }
        return body;
    }
}
