package vn.dang.chidao.benchmark;

import java.util.ArrayList;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.TransactionState;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;

/**
 * Test-only engine plugin: counts, per assignment, how often its reminder and its escalation ran <em>and
 * committed</em>. The outbox's dedup key would fold a second run into the first notification, so duplicates
 * are counted here, where nothing can merge them: a listener on the service tasks behind the timers records
 * a key when the job's transaction commits. Rolled-back attempts (optimistic locking, retries) are counted
 * apart, as attempts.
 */
final class TimerRunCounter extends AbstractProcessEnginePlugin {

    static final Set<String> ACTIVITIES = Set.of("Task_SendReminder", "Task_ReportOverdue");

    private final Map<String, AtomicInteger> committed = new ConcurrentHashMap<>();
    private final AtomicInteger attempts = new AtomicInteger();
    private final AtomicLong firstCommitNanos = new AtomicLong();
    private final AtomicLong lastCommitNanos = new AtomicLong();

    private final ExecutionListener listener = this::record;

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        if (configuration.getCustomPostBPMNParseListeners() == null) {
            configuration.setCustomPostBPMNParseListeners(new ArrayList<>());
        }
        configuration.getCustomPostBPMNParseListeners().add(new AbstractBpmnParseListener() {
            @Override
            public void parseServiceTask(Element element, ScopeImpl scope, ActivityImpl activity) {
                if (ACTIVITIES.contains(activity.getId())) {
                    activity.addListener(ExecutionListener.EVENTNAME_START, listener);
                }
            }
        });
    }

    private void record(DelegateExecution execution) {
        attempts.incrementAndGet();
        String key = execution.getProcessInstanceId() + "/" + execution.getVariable("assignmentId") + "/"
                + execution.getCurrentActivityId();
        Context.getCommandContext().getTransactionContext().addTransactionListener(TransactionState.COMMITTED,
                context -> {
                    committed.computeIfAbsent(key, k -> new AtomicInteger()).incrementAndGet();
                    long now = System.nanoTime();
                    firstCommitNanos.compareAndSet(0, now);
                    lastCommitNanos.accumulateAndGet(now, Math::max);
                });
    }

    synchronized void reset() {
        committed.clear();
        attempts.set(0);
        firstCommitNanos.set(0);
        lastCommitNanos.set(0);
    }

    Snapshot snapshot() {
        int runs = 0;
        int keysRunTwiceOrMore = 0;
        int extraRuns = 0;
        for (AtomicInteger c : committed.values()) {
            int n = c.get();
            runs += n;
            if (n > 1) {
                keysRunTwiceOrMore++;
                extraRuns += n - 1;
            }
        }
        return new Snapshot(committed.size(), runs, keysRunTwiceOrMore, extraRuns, attempts.get(),
                firstCommitNanos.get(), lastCommitNanos.get());
    }

    /**
     * @param distinctKeys   assignments × {reminder, escalation} that ran at least once
     * @param committedRuns  committed runs in all
     * @param duplicatedKeys keys that committed more than once
     * @param extraRuns      committed runs beyond the first of their key
     * @param attempts       runs started, committed or not
     */
    record Snapshot(int distinctKeys, int committedRuns, int duplicatedKeys, int extraRuns, int attempts,
                    long firstCommitNanos, long lastCommitNanos) {
    }
}
