package vn.dang.chidao.process.delegate;

import static vn.dang.chidao.process.UnitWorkVariables.CASCADE_BASIS;
import static vn.dang.chidao.process.UnitWorkVariables.CASCADE_SUBJECT;
import static vn.dang.chidao.process.UnitWorkVariables.CHILD_PROCESS_KEY;
import static vn.dang.chidao.process.UnitWorkVariables.CHILD_TYPE;
import static vn.dang.chidao.process.UnitWorkVariables.IMPLEMENTATION_MODE;
import static vn.dang.chidao.process.UnitWorkVariables.LEAD_PERSON;
import static vn.dang.chidao.process.UnitWorkVariables.SUPPORT_PERSONS;

import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import vn.dang.chidao.directive.DirectiveType;
import vn.dang.chidao.directory.Actor;
import vn.dang.chidao.engine.CurrentUser;
import vn.dang.chidao.input.InvalidInputException;
import vn.dang.chidao.process.ProcessBindings;
import vn.dang.chidao.reporting.UnitAcknowledgements.Cascade;
import vn.dang.chidao.reporting.UnitAcknowledgements;

@Component
public class RecordAcknowledgement implements JavaDelegate {

    private final ProcessBindings bindings;
    private final UnitAcknowledgements acknowledgements;

    public RecordAcknowledgement(ProcessBindings bindings, UnitAcknowledgements acknowledgements) {
        this.bindings = bindings;
        this.acknowledgements = acknowledgements;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long recipientId = bindings.recipient(execution);
        Actor user = CurrentUser.actor(execution);
        boolean cascade = "cascade".equals(IMPLEMENTATION_MODE.get(execution));
        if (cascade) {
            // checked before anything is stored, so a refusal leaves the task open and nothing written
            Cascade plan = acknowledgements.cascade(recipientId, childType(CHILD_TYPE.get(execution)));
            CHILD_PROCESS_KEY.set(execution, PROCESS_KEYS.get(plan.type()));
            CASCADE_SUBJECT.set(execution, plan.subject());
            CASCADE_BASIS.set(execution, plan.basis());
        }
        acknowledgements.acknowledge(recipientId, user, LEAD_PERSON.get(execution), SUPPORT_PERSONS.get(execution));
    }

    private static final Map<DirectiveType, String> PROCESS_KEYS = Map.of(DirectiveType.CV, "cong-van",
            DirectiveType.KH, "ke-hoach", DirectiveType.HD, "huong-dan");

    private static DirectiveType childType(String code) {
        if (code == null) {
            return null;
        }
        return PROCESS_KEYS.keySet().stream().filter(t -> t.name().equals(code)).findFirst()
                .orElseThrow(() -> new InvalidInputException("Loại văn bản triển khai \"" + code
                        + "\" không hợp lệ (công văn, kế hoạch hoặc hướng dẫn)."));
    }
}
