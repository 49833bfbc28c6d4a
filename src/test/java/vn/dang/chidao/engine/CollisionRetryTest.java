package vn.dang.chidao.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.exception.NotFoundException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.GetTaskVariableCmd;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionSynchronizationManager;


class CollisionRetryTest {

    private final AtomicLong retried = new AtomicLong();
    private final CollisionRetry.Interceptor interceptor = new CollisionRetry.Interceptor(retried);

    CollisionRetryTest() {
        interceptor.setNext(new org.camunda.bpm.engine.impl.interceptor.CommandExecutor() {
            @Override
            public <T> T execute(org.camunda.bpm.engine.impl.interceptor.Command<T> command) {
                return command.execute(null);
            }
        });
    }

    @AfterEach
    void noTransaction() {
        TransactionSynchronizationManager.setActualTransactionActive(false);
    }

    /** A completion that fails the given number of times with the given exception, then succeeds. */
    static final class Completion extends CompleteTaskCmd {
        final AtomicInteger runs = new AtomicInteger();
        private final int failures;
        private final Supplier<RuntimeException> failure;

        Completion(int failures, Supplier<RuntimeException> failure) {
            super("task-1", Map.of());
            this.failures = failures;
            this.failure = failure;
        }

        @Override
        public VariableMap execute(CommandContext context) {
            if (runs.incrementAndGet() <= failures) {
                throw failure.get();
            }
            return Variables.createVariables().putValue("done", true);
        }
    }

    @Test
    void aCompletionThatLostARaceIsRunAgain() {
        Completion c = new Completion(2, () -> new OptimisticLockingException("updated by another transaction"));
        assertThat(interceptor.execute(c).get("done")).isEqualTo(true);
        assertThat(c.runs).hasValue(3);
        assertThat(retried).hasValue(2);
    }

    @Test
    void aDeadlockCountsAsARace() {
        Completion deadlock = new Completion(1, () -> new ProcessEngineException("flush failed",
                new SQLException("deadlock detected", "40P01")));
        interceptor.execute(deadlock);
        assertThat(deadlock.runs).hasValue(2);
    }

    @Test
    void aMissingTaskOrABugIsNotRunAgain() {
        Completion missing = new Completion(1, () -> new NullValueException("Cannot find task with id x"));
        assertThatThrownBy(() -> interceptor.execute(missing)).isInstanceOf(NullValueException.class);
        assertThat(missing.runs).hasValue(1);

        Completion bug = new Completion(1, NullPointerException::new);
        assertThatThrownBy(() -> interceptor.execute(bug)).isInstanceOf(NullPointerException.class);
        assertThat(bug.runs).hasValue(1);
    }

    @Test
    void itGivesUpAfterTheLastAttempt() {
        Completion c = new Completion(99, () -> new OptimisticLockingException("again"));
        assertThatThrownBy(() -> interceptor.execute(c)).isInstanceOf(OptimisticLockingException.class);
        assertThat(c.runs).hasValue(CollisionRetry.ATTEMPTS);
    }

    @Test
    void otherErrorsAreNotRetried() {
        Completion gone = new Completion(1, () -> new NotFoundException("Cannot find task with id task-1"));
        assertThatThrownBy(() -> interceptor.execute(gone)).isInstanceOf(NotFoundException.class);
        assertThat(gone.runs).hasValue(1);

        Completion invalid = new Completion(1, () -> new ProcessEngineException("Hạn không hợp lệ"));
        assertThatThrownBy(() -> interceptor.execute(invalid)).isInstanceOf(ProcessEngineException.class);
        assertThat(invalid.runs).hasValue(1);
    }

    @Test
    void insideASurroundingTransactionTheCallerDecides() {
        TransactionSynchronizationManager.setActualTransactionActive(true);
        Completion c = new Completion(1, () -> new OptimisticLockingException("updated by another transaction"));
        assertThatThrownBy(() -> interceptor.execute(c)).isInstanceOf(OptimisticLockingException.class);
        assertThat(c.runs).hasValue(1);
    }

    @Test
    void onlyWhatAUserDoesIsRetried() {
        AtomicInteger runs = new AtomicInteger();
        GetTaskVariableCmd read = new GetTaskVariableCmd("task-1", "x", false) {
            @Override
            public Object execute(CommandContext context) {
                runs.incrementAndGet();
                throw new OptimisticLockingException("not a user command");
            }
        };
        assertThatThrownBy(() -> interceptor.execute(read)).isInstanceOf(OptimisticLockingException.class);
        assertThat(runs).hasValue(1);
    }
}
