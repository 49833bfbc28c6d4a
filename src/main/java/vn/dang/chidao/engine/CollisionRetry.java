package vn.dang.chidao.engine;

import java.sql.BatchUpdateException;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.exception.NotFoundException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.ClaimTaskCmd;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * A clerk's click on "Hoàn thành" is run again when it lost a race with another transaction on the same
 * process instance, instead of showing an error. The race is real: a unit acknowledges while the job that mails
 * it ends its parallel branch; PostgreSQL reports it as an optimistic-locking failure or a deadlock. Each attempt rolled back
 * whole, so running it again is the same as the user clicking again; only outermost calls with no surrounding
 * transaction are retried.
 */
@Component
@ConditionalOnProperty(name = "directive.engine.collision-retry.enabled", havingValue = "true", matchIfMissing = true)
public class CollisionRetry extends AbstractProcessEnginePlugin {

    static final int ATTEMPTS = 4;

    private static final Logger log = LoggerFactory.getLogger(CollisionRetry.class);

    /** What a user does in Tasklist; nothing else is retried (jobs have their own retries). */
    private static final Set<Class<?>> USER_COMMANDS = Set.of(CompleteTaskCmd.class, SubmitTaskFormCmd.class,
            ClaimTaskCmd.class);

    private final AtomicLong retried = new AtomicLong();

    /** User commands run again since start-up (each one a click the user did not have to repeat). */
    public long retriedCommands() {
        return retried.get();
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<CommandInterceptor> pre = configuration.getCustomPreCommandInterceptorsTxRequired() == null
                ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPreCommandInterceptorsTxRequired());
        pre.add(new Interceptor(retried));
        configuration.setCustomPreCommandInterceptorsTxRequired(pre);
    }

    static class Interceptor extends CommandInterceptor {
        private final AtomicLong retried;

        Interceptor(AtomicLong retried) {
            this.retried = retried;
        }

        @Override
        public <T> T execute(Command<T> command) {
            if (USER_COMMANDS.stream().noneMatch(type -> type.isInstance(command)) || Context.getCommandContext() != null
                    || TransactionSynchronizationManager.isActualTransactionActive()) {
                return next.execute(command);
            }
            for (int attempt = 1; ; attempt++) {
                try {
                    return next.execute(command);
                } catch (RuntimeException e) {
                    if (attempt >= ATTEMPTS || !isCollision(e)) {
                        throw e;
                    }
                    retried.incrementAndGet();
                    log.info("{} collided with another transaction ({}); attempt {} of {}",
                            command.getClass().getSimpleName(), e.getClass().getSimpleName(), attempt + 1, ATTEMPTS);
                    pause(25L * attempt);
                }
            }
        }
    }

    static boolean isCollision(Throwable e) {
        if (e instanceof NotFoundException) {
            return false; // the task is gone: done by someone else, or never existed
        }
        // not NullValueException or NullPointerException: a missing task or a bug stays one, however often it runs
        if (e instanceof OptimisticLockingException) {
            return true;
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && isConcurrencyState(sql)) {
                return true;
            }
            if (t instanceof BatchUpdateException batch && batch.getNextException() != null
                    && isConcurrencyState(batch.getNextException())) {
                return true;
            }
        }
        return false;
    }

    /** PostgreSQL: deadlock_detected, serialization_failure. */
    private static boolean isConcurrencyState(SQLException e) {
        return "40P01".equals(e.getSQLState()) || "40001".equals(e.getSQLState());
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
