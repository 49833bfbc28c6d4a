package vn.dang.chidao.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.text.SimpleDateFormat;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.rest.dto.task.CommentDto;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The comments ("ý kiến") of a task, for whoever may read the task. Camunda's REST resource looks the task up in
 * history, which needs READ_HISTORY on the whole process definition — a grant no clerk or unit has (it would show
 * every unit's history) — so Tasklist got a 404 on every task it opened. Here the task is looked up with the
 * caller's own authorizations, and only then are its comments read; a task the caller may not read is not found.
 */
@Configuration
public class TaskComments {

    private static final Pattern COMMENTS = Pattern.compile("/(?:camunda/api/engine/engine/default|engine-rest)"
            + "/task/([A-Za-z0-9-]{1,64})/comment/?");

    /** Engine and callers are looked up per request: filters are made as the server starts, before the migrations. */
    @Bean
    FilterRegistrationBean<OncePerRequestFilter> taskCommentsFilter(ObjectProvider<ProcessEngine> engines,
                                                                     ObjectProvider<WebCaller> webCallers) {
        ObjectMapper json = new ObjectMapper().setDateFormat(new SimpleDateFormat("yyyy-MM-dd'T'HH:mm:ss.SSSZ"));
        var registration = new FilterRegistrationBean<OncePerRequestFilter>(new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
                                            FilterChain chain) throws ServletException, IOException {
                Matcher m = COMMENTS.matcher(request.getRequestURI().substring(request.getContextPath().length()));
                Optional<WebCaller.Caller> caller = "GET".equals(request.getMethod()) && m.matches()
                        ? webCallers.getObject().resolve(request) : Optional.empty();
                ProcessEngine engine = engines.getObject();
                if (caller.isEmpty()) {
                    chain.doFilter(request, response); // Camunda answers 401, or the URL is not this one
                    return;
                }
                response.setContentType("application/json");
                response.setCharacterEncoding(StandardCharsets.UTF_8.name());
                if (!readable(engine, caller.get(), m.group(1))) {
                    response.setStatus(404);
                    json.writeValue(response.getOutputStream(), java.util.Map.of("type", "InvalidRequestException",
                            "message", "Không tìm thấy công việc, hoặc đồng chí không có quyền xem công việc này."));
                    return;
                }
                List<CommentDto> comments = engine.getTaskService().getTaskComments(m.group(1)).stream()
                        .map(CommentDto::fromComment).toList();
                response.setStatus(200);
                json.writeValue(response.getOutputStream(), comments);
            }
        });
        registration.setName("task-comments");
        registration.addUrlPatterns("/camunda/api/engine/engine/default/task/*", "/engine-rest/task/*");
        return registration;
    }

    private static boolean readable(ProcessEngine engine, WebCaller.Caller caller, String taskId) {
        IdentityService identity = engine.getIdentityService();
        // the request's own authentication (set by the REST or webapp filters) is put back afterwards
        Authentication before = identity.getCurrentAuthentication();
        identity.setAuthentication(caller.userId(), caller.groupIds());
        try {
            return engine.getTaskService().createTaskQuery().taskId(taskId).count() == 1;
        } finally {
            if (before == null) {
                identity.clearAuthentication();
            } else {
                identity.setAuthentication(before);
            }
        }
    }
}
