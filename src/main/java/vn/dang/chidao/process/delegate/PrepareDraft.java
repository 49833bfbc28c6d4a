package vn.dang.chidao.process.delegate;

import static vn.dang.chidao.process.DirectiveVariables.DIRECTIVE_TYPE;
import static vn.dang.chidao.process.DirectiveVariables.DIRECTIVE_TYPE_NAME;
import static vn.dang.chidao.process.DirectiveVariables.INITIATOR;
import static vn.dang.chidao.process.DirectiveVariables.ISSUER;
import static vn.dang.chidao.process.DirectiveVariables.ISSUER_OPTIONS;
import static vn.dang.chidao.process.DirectiveVariables.SIGNER_OPTIONS;
import static vn.dang.chidao.process.DirectiveVariables.UNIT_OPTIONS;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

import vn.dang.chidao.directive.DirectiveType;
import vn.dang.chidao.directory.Signers;
import vn.dang.chidao.directory.Signers.Signer;
import vn.dang.chidao.directory.Unit;
import vn.dang.chidao.directory.UnitDirectory;
import vn.dang.chidao.process.DirectiveVariables.Option;

/** Fills the pickers of the draft form from the directory: issuers the drafter works for, units, signers. */
@Component
public class PrepareDraft implements JavaDelegate {

    private final UnitDirectory directory;
    private final IdentityService identity;
    private final Signers signers;

    public PrepareDraft(UnitDirectory directory, IdentityService identity, Signers signers) {
        this.directory = directory;
        this.identity = identity;
        this.signers = signers;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String type = DIRECTIVE_TYPE.get(execution);
        DIRECTIVE_TYPE_NAME.set(execution, type == null ? "văn bản" : DirectiveType.valueOf(type).label().toLowerCase());
        String drafter = INITIATOR.get(execution);
        Set<String> groups = drafter == null ? Set.of() : identity.createGroupQuery().groupMember(drafter).list()
                .stream().map(Group::getId).collect(Collectors.toSet());
        List<Unit> issuers = directory.listIssuers().stream()
                .filter(u -> groups.contains(u.officeGroup()) || groups.contains("camunda-admin")).toList();
        ISSUER_OPTIONS.set(execution, issuers.stream().map(u -> new Option(u.name(), u.code())).toList());
        if (issuers.size() == 1 && ISSUER.get(execution) == null) {
            ISSUER.set(execution, issuers.get(0).code());
        }
        UNIT_OPTIONS.set(execution, directory.listActive().stream()
                .filter(u -> issuers.stream().noneMatch(i -> i.id() == u.id()))
                .map(u -> new Option(u.name(), u.code())).toList());
        List<Option> options = new ArrayList<>();
        for (Unit issuer : issuers) {
            for (Signer signer : signers.of(issuer.id())) {
                User user = identity.createUserQuery().userId(signer.userId()).singleResult();
                String name = user == null ? signer.userId() : displayName(user);
                options.add(new Option(name + " — " + capitalize(signer.position().title()) + " ("
                        + issuer.name() + ")", signer.userId()));
            }
        }
        SIGNER_OPTIONS.set(execution, options);
    }

    /** "PHÓ BÍ THƯ" → "Phó Bí thư": only the first word of a title stays capitalised after the first. */
    static String capitalize(String title) {
        String lower = title.toLowerCase();
        return lower.replace("phó bí thư", "Phó Bí thư").replace("bí thư", "Bí thư")
                .replace("phó trưởng ban", "Phó Trưởng ban").replace("trưởng ban", "Trưởng ban");
    }

    static String displayName(User user) {
        String name = ((user.getFirstName() == null ? "" : user.getFirstName()) + " "
                + (user.getLastName() == null ? "" : user.getLastName())).strip();
        return name.isEmpty() ? user.getId() : name;
    }
}
