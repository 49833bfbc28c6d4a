package vn.dang.chidao.engine;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.dang.chidao.WorkflowProperties;

/**
 * A {@link Clock} that reads the engine's clock, so that tests moving time with ClockUtil move the
 * business code's notion of "now" (deadlines, statuses) in step with the timers.
 */
public final class EngineClock extends Clock {

    private final ZoneId zone;

    public EngineClock(ZoneId zone) {
        this.zone = zone;
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return new EngineClock(zone);
    }

    @Override
    public Instant instant() {
        return ClockUtil.getCurrentTime().toInstant();
    }

    @Configuration
    static class Config {
        @Bean
        Clock businessClock(WorkflowProperties properties) {
            return new EngineClock(properties.zone());
        }
    }
}
