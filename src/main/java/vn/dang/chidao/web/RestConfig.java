package vn.dang.chidao.web;

import org.camunda.bpm.spring.boot.starter.rest.CamundaJerseyResourceConfig;
import org.springframework.stereotype.Component;

/** The engine's REST API plus our mapping of refused input (and unreadable JSON) to 400 with a Vietnamese message. */
@Component
public class RestConfig extends CamundaJerseyResourceConfig {

    @Override
    protected void registerAdditionalResources() {
        register(ValidationExceptionMapper.class);
        register(JsonErrorMappers.Mapping.class, JsonErrorMappers.PRIORITY);
        register(JsonErrorMappers.Parse.class, JsonErrorMappers.PRIORITY);
    }
}
