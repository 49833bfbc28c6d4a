package vn.dang.chidao.web;

import org.camunda.bpm.spring.boot.starter.rest.CamundaJerseyResourceConfig;
import org.springframework.stereotype.Component;

/** The engine's REST API plus our mapping of refused input to 400 with the Vietnamese message. */
@Component
public class RestConfig extends CamundaJerseyResourceConfig {

    @Override
    protected void registerAdditionalResources() {
        register(ValidationExceptionMapper.class);
    }
}
