package vn.dang.chidao.process.delegate;

import static vn.dang.chidao.process.DirectiveVariables.DEADLINE_EXAMPLES;
import static vn.dang.chidao.process.DirectiveVariables.INITIATOR;
import static vn.dang.chidao.process.DirectiveVariables.ISSUER_OPTIONS;
import static vn.dang.chidao.process.DirectiveVariables.RECIPIENTS;
import static vn.dang.chidao.process.DirectiveVariables.SIGNER;
import static vn.dang.chidao.process.DirectiveVariables.SIGNER_OPTIONS;
import static vn.dang.chidao.process.DirectiveVariables.UNIT_OPTIONS;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

import vn.dang.chidao.deadline.DeadlineExamples;
import vn.dang.chidao.directory.RecipientGroup;
import vn.dang.chidao.directory.RecipientGroups;
import vn.dang.chidao.directory.Signers;
import vn.dang.chidao.directory.Signers.Signer;
import vn.dang.chidao.directory.Unit;
import vn.dang.chidao.directory.UnitDirectory;
import vn.dang.chidao.process.DirectiveVariables.Option;
import vn.dang.chidao.process.ProcessBindings;

/**
 * Fills the pickers of the draft form from the directory (issuers the drafter works for, units, signers) as
 * variables of the task itself; the review tasks get the labels of the chosen units only. As process
 * variables, the whole unit list (thousands of units in a province) was copied into every called process and
 * its history with each directive.
 */
@Component
public class DraftOptions implements TaskListener {

    static final String DRAFT_TASK = "Task_DraftDirective";

    private final UnitDirectory directory;
    private final IdentityService identity;
    private final Signers signers;
    private final ProcessBindings bindings;
    private final Clock clock;
    private final RecipientGroups groups;

    public DraftOptions(UnitDirectory directory, IdentityService identity, Signers signers, ProcessBindings bindings,
                        Clock clock, RecipientGroups groups) {
        this.groups = groups;
        this.bindings = bindings;
        this.clock = clock;
        this.directory = directory;
        this.identity = identity;
        this.signers = signers;
    }

    @Override
    public void notify(DelegateTask task) {
        // options only (the server checks the drafter's office); models deployed before the bindings name the initiator
        String drafter = bindings.requestedByOrNull(task.getExecution());
        List<Unit> issuers = issuersOf(drafter != null ? drafter : INITIATOR.get(task));
        boolean review = !DRAFT_TASK.equals(task.getTaskDefinitionKey());
        // a review form shows the chosen units and signer only: no issuer picker, no deadline examples (each JSON
        // variable is a byte array in the runtime and in the history tables)
        if (!review) {
            ISSUER_OPTIONS.setLocal(task, issuers.stream().map(u -> new Option(u.name(), u.code())).toList());
        }
        Set<String> chosen = review ? chosenUnits(task) : null;
        // the draft offers the units its issuers may direct; a review shows the units chosen, whatever they are
        Set<String> directed = new HashSet<>();
        if (chosen == null) {
            issuers.forEach(i -> directory.directedBy(i).forEach(u -> directed.add(u.code())));
        }
        // recipient groups first ("Các chi, đảng bộ trực thuộc"): chosen as one, dispatched to each member
        List<Option> units = new ArrayList<>();
        Set<String> groupTokens = new HashSet<>();
        for (Unit issuer : issuers) {
            for (RecipientGroup group : groups.available(issuer)) {
                if (!group.members().isEmpty() && groupTokens.add(group.token())
                        && (chosen == null || chosen.contains(group.token()))) {
                    units.add(new Option(group.name() + " (nhóm " + group.members().size() + " đơn vị)",
                            group.token()));
                }
            }
        }
        directory.listActive().stream()
                .filter(u -> issuers.stream().noneMatch(i -> i.id() == u.id()))
                .filter(u -> chosen == null ? directed.contains(u.code()) : chosen.contains(u.code()))
                .map(u -> new Option(u.name(), u.code())).forEach(units::add);
        UNIT_OPTIONS.setLocal(task, units);
        if (!review) {
            DEADLINE_EXAMPLES.setLocal(task, DeadlineExamples.asOf(LocalDate.now(clock)));
        }
        String chosenSigner = review ? SIGNER.get(task) : null;
        List<Option> options = new ArrayList<>();
        for (Unit issuer : issuers) {
            for (Signer signer : signers.of(issuer.id())) {
                if (review && !signer.userId().equals(chosenSigner)) {
                    continue;
                }
                User user = identity.createUserQuery().userId(signer.userId()).singleResult();
                String name = user == null ? signer.userId() : displayName(user);
                String line = signer.authorityLine(issuer);
                options.add(new Option(name + " — " + capitalize(signer.position().title())
                        + (line == null ? "" : ", ký " + line) + " (" + issuer.name() + ")", signer.userId()));
            }
        }
        SIGNER_OPTIONS.setLocal(task, options);
    }

    /** The bodies the drafter may issue for (all of them for an administrator). */
    List<Unit> issuersOf(String drafter) {
        Set<String> groups = drafter == null ? Set.of() : identity.createGroupQuery().groupMember(drafter).list()
                .stream().map(Group::getId).collect(Collectors.toSet());
        return directory.listIssuers().stream()
                .filter(u -> groups.contains(u.officeGroup()) || groups.contains("camunda-admin")).toList();
    }

    private static Set<String> chosenUnits(DelegateTask task) {
        List<String> recipients = RECIPIENTS.get(task);
        return recipients == null ? Set.of() : new HashSet<>(recipients);
    }

    /** "PHÓ BÍ THƯ" → "Phó Bí thư": only the first word of a title stays capitalised after the first. */
    static String capitalize(String title) {
        String lower = title.toLowerCase();
        return lower.replace("phó bí thư", "Phó Bí thư").replace("bí thư", "Bí thư")
                .replace("phó trưởng ban", "Phó Trưởng ban").replace("trưởng ban", "Trưởng ban")
                .replace("phó chánh văn phòng", "Phó Chánh Văn phòng").replace("chánh văn phòng", "Chánh Văn phòng");
    }

    static String displayName(User user) {
        String name = ((user.getFirstName() == null ? "" : user.getFirstName()) + " "
                + (user.getLastName() == null ? "" : user.getLastName())).strip();
        return name.isEmpty() ? user.getId() : name;
    }
}
