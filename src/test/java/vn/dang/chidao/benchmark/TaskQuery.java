package vn.dang.chidao.benchmark;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.Task;

/**
 * Item 4 (our application only). Open tasks in the hundred thousands across a thousand units, authorization
 * on; a unit user's Tasklist: the filter "Việc của đơn vị" as Tasklist lists it (FilterService.listPage 0–15,
 * newest first) and the filter's count (FilterService.count, Tasklist's counter), both as that user.
 *
 * How the tasks are made, through the processes and nothing else: one directive to Q units with P assignments
 * each; every unit acknowledges (a few client threads), and each acknowledgement opens the unit's P parallel
 * "Thực hiện nhiệm vụ" tasks, each with its reminder and escalation timer: Q × P tasks, 2 × Q × P timers.
 */
final class TaskQuery {

    static final String ITEM = "task query";
    static final String FILTER = "Việc của đơn vị";
    static final String SUBJECT = "V/v thử tải danh sách việc của đơn vị";
    static final String LIST_P50 = "filter list page (0–15), p50";
    static final String LIST_P95 = "filter list page (0–15), p95";
    static final String COUNT_P50 = "filter count, p50";
    static final String COUNT_P95 = "filter count, p95";

    private final BenchmarkSettings settings;
    private final Results results;
    private final List<String> units;
    private final LocalDate deadline;

    private List<String> users;
    private String filterId;
    private int openTasks;

    TaskQuery(BenchmarkSettings settings, Results results, List<String> units, LocalDate deadline) {
        this.settings = settings;
        this.results = results;
        this.units = units.subList(0, settings.queryUnits());
        this.deadline = deadline;
    }

    String filterId() {
        return filterId;
    }

    List<String> users() {
        return users;
    }

    String item() {
        return ITEM + ", " + openTasks + " open tasks";
    }

    /** Creates the tasks through the processes; returns what it took. */
    Map<String, Object> setUp(AppEngine e) {
        int perUnit = settings.queryTasksPerUnit();
        Probe probe = new Probe();
        long start = System.nanoTime();
        String pi = e.draftedDirective(EngineUnderTest.draft(SUBJECT, units,
                Collections.nCopies(perUnit, units), deadline));
        java.sql.Timestamp since = EngineUnderTest.justBefore();
        e.approve(pi);
        e.await("acknowledgement tasks", settings.timeout(), () -> e.countTasksCreatedSince(FanOut.ACK, since) >= units.size());
        e.awaitJobsDone(settings.timeout());
        double dispatchSeconds = (System.nanoTime() - start) / 1e9;
        String number = e.documentNumber(pi);
        ParallelCompletion.Outcome acks = ParallelCompletion.run(e, e.unitTasks(number, FanOut.ACK),
                settings.fanOutThreads(), Map.of("leadPerson", "Bí thư chi bộ"));
        e.awaitJobsDone(settings.timeout());
        int created = e.jdbc.queryForObject("select count(*) from act_ru_task t join act_ru_execution pi on "
                + "pi.id_ = t.proc_inst_id_ where pi.business_key_ like ? and t.task_def_key_ = 'Task_CarryOutAssignment'",
                Integer.class, number + " %");
        if (created != units.size() * perUnit) {
            throw new IllegalStateException("ours: " + created + " assignment tasks, expected " + units.size() * perUnit);
        }
        Probe.Result p = probe.stop();
        openTasks = e.jdbc.queryForObject("select count(*) from act_ru_task", Integer.class);

        IdentityService identity = e.engine.getIdentityService();
        users = new ArrayList<>();
        int sample = Math.min(settings.queryUsers(), units.size());
        for (int i = 0; i < sample; i++) {
            String unit = units.get(i * units.size() / sample);
            String id = "bench-u-" + unit.substring(unit.lastIndexOf('-') + 1);
            if (identity.createUserQuery().userId(id).count() == 0) {
                User user = identity.newUser(id);
                user.setFirstName("Cán bộ");
                user.setLastName(unit);
                user.setPassword("bench-" + unit);
                // a fixed test password, set past the password policy
                ((org.camunda.bpm.engine.impl.IdentityServiceImpl) identity).saveUser(user, true);
                identity.createMembership(id, unit);
            }
            this.users.add(id);
        }
        filterId = e.engine.getFilterService().createFilterQuery().filterName(FILTER).singleResult().getId();

        Map<String, Object> d = new LinkedHashMap<>();
        d.put("how", "one directive to " + units.size() + " units with " + perUnit + " assignments each; every unit "
                + "acknowledges (" + settings.fanOutThreads() + " client threads), which opens its " + perUnit
                + " parallel assignment tasks");
        d.put("assignmentTasksCreated", created);
        d.put("dispatchSeconds", dispatchSeconds);
        d.put("acknowledgeAllSeconds", acks.seconds());
        d.put("tasksCreatedPerSecond", created / acks.seconds());
        d.put("acknowledgementP50Ms", Probe.percentile(acks.all(), 50));
        d.put("acknowledgementP95Ms", Probe.percentile(acks.all(), 95));
        d.put("setupSeconds", (System.nanoTime() - start) / 1e9);
        d.put("openTasks", openTasks);
        for (String table : List.of("act_ru_task", "act_ru_identitylink", "act_ru_authorization", "act_ru_execution",
                "act_ru_variable", "act_ru_job")) {
            d.put(table, e.jdbc.queryForObject("select count(*) from " + table, Integer.class));
        }
        d.put("probe", p.toMap());
        results.detail("task-query-setup", d);
        return d;
    }

    /**
     * Experiment on the same data: the filter queries and a few task completions under each value of the engine's
     * authorizationCheckRevokes, switched at run time and alternated in rounds (it is read per command). "auto"
     * (the engine's default) first asks whether any REVOKE authorization exists for the user or the groups, a
     * query that reads all of ACT_RU_AUTHORIZATION, one row per open task and candidate group.
     */
    void compareRevokeModes(AppEngine e) {
        org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl cfg =
                (org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl) e.engine.getProcessEngineConfiguration();
        String configured = cfg.getAuthorizationCheckRevokes();
        List<String> modes = List.of("auto", "always", "never");
        Map<String, List<Double>> list = new LinkedHashMap<>();
        Map<String, List<Double>> count = new LinkedHashMap<>();
        Map<String, List<Double>> complete = new LinkedHashMap<>();
        Map<String, List<String>> refusals = new LinkedHashMap<>();
        String number = e.jdbc.queryForObject("select document_number from directive where subject = ?", String.class,
                SUBJECT);
        List<String> unitsToComplete = units.subList(units.size() / 2, units.size());
        int next = 0;
        Probe probe = new Probe();
        try {
            for (int round = 0; round < 6; round++) {
                for (String mode : modes) {
                    cfg.setAuthorizationCheckRevokes(mode);
                    for (String user : users) {
                        List<String> groups = e.engine.getIdentityService().createGroupQuery().groupMember(user).list()
                                .stream().map(Group::getId).toList();
                        e.engine.getIdentityService().setAuthentication(user, groups);
                        try {
                            long t0 = System.nanoTime();
                            e.engine.getFilterService().listPage(filterId,
                                    e.engine.getTaskService().createTaskQuery().orderByTaskCreateTime().desc(), 0, 15);
                            long t1 = System.nanoTime();
                            e.engine.getFilterService().count(filterId);
                            long t2 = System.nanoTime();
                            list.computeIfAbsent(mode, k -> new ArrayList<>()).add((t1 - t0) / 1e6);
                            count.computeIfAbsent(mode, k -> new ArrayList<>()).add((t2 - t1) / 1e6);
                        } finally {
                            e.engine.getIdentityService().clearAuthentication();
                        }
                    }
                    for (int k = 0; k < 5 && next < unitsToComplete.size(); k++, next++) {
                        String unit = unitsToComplete.get(next);
                        String instance = e.unitInstance(number, unit);
                        String task = e.tasksOfInstance(instance, "Task_CarryOutAssignment").get(0);
                        long t0 = System.nanoTime();
                        try {
                            e.completeAsUnit(unit, task, Map.of("resultNote", "Đã triển khai"));
                            complete.computeIfAbsent(mode, k2 -> new ArrayList<>()).add((System.nanoTime() - t0) / 1e6);
                        } catch (org.camunda.bpm.engine.AuthorizationException refused) {
                            // a mode that refuses a unit its own task is not an option, whatever it costs
                            refusals.computeIfAbsent(mode, k2 -> new ArrayList<>()).add(unit + ": " + refused.getMessage());
                        }
                    }
                }
            }
        } finally {
            cfg.setAuthorizationCheckRevokes(configured);
        }
        Probe.Result p = probe.stop();
        String item = ITEM + ", " + openTasks + " open tasks: authorizationCheckRevokes (experiment)";
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("configured", configured);
        for (String mode : modes) {
            results.add(item, "list p95, " + mode, "ms", e.label, Probe.percentile(list.get(mode), 95), p);
            results.add(item, "count p95, " + mode, "ms", e.label, Probe.percentile(count.get(mode), 95), p);
            if (complete.containsKey(mode)) {
                results.add(item, "one completion (median), " + mode, "ms", e.label, Probe.median(complete.get(mode)), p);
            }
            d.put(mode, Map.of("listMs", list.get(mode), "countMs", count.get(mode),
                    "completeMs", complete.getOrDefault(mode, List.of()),
                    "refused", refusals.getOrDefault(mode, List.of())));
            results.add(item, "completions refused (AuthorizationException), " + mode, "", e.label,
                    refusals.getOrDefault(mode, List.of()).size(), p);
        }
        results.detail("task-query-revoke-modes", d);
    }

    void run(AppEngine e, int repetition, boolean record) {
        FilterService filters = e.engine.getFilterService();
        List<Double> list = new ArrayList<>();
        List<Double> count = new ArrayList<>();
        long seen = -1;
        Probe probe = new Probe();
        for (int round = 0; round < settings.queryRounds(); round++) {
            for (String user : users) {
                List<String> groups = e.engine.getIdentityService().createGroupQuery().groupMember(user).list().stream()
                        .map(Group::getId).toList();
                e.engine.getIdentityService().setAuthentication(user, groups);
                try {
                    long t0 = System.nanoTime();
                    List<Task> page = filters.listPage(filterId,
                            e.engine.getTaskService().createTaskQuery().orderByTaskCreateTime().desc(), 0, 15);
                    long t1 = System.nanoTime();
                    long n = filters.count(filterId);
                    long t2 = System.nanoTime();
                    list.add((t1 - t0) / 1e6);
                    count.add((t2 - t1) / 1e6);
                    if (page.size() != Math.min(15, settings.queryTasksPerUnit()) || n < settings.queryTasksPerUnit()) {
                        throw new IllegalStateException("ours: " + user + " sees " + page.size() + " of " + n
                                + " tasks in " + FILTER);
                    }
                    seen = n;
                } finally {
                    e.engine.getIdentityService().clearAuthentication();
                }
            }
        }
        Probe.Result p = probe.stop();
        if (!record) {
            return;
        }
        String item = item();
        results.add(item, LIST_P50, "ms", e.label, Probe.percentile(list, 50), p);
        results.add(item, LIST_P95, "ms", e.label, Probe.percentile(list, 95), p);
        results.add(item, COUNT_P50, "ms", e.label, Probe.percentile(count, 50), p);
        results.add(item, COUNT_P95, "ms", e.label, Probe.percentile(count, 95), p);
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("repetition", repetition);
        d.put("users", users);
        d.put("samplesPerQuery", list.size());
        d.put("tasksSeenByLastUser", seen);
        d.put("listMs", list);
        d.put("countMs", count);
        d.put("probe", p.toMap());
        results.detail("task-query", d);
    }
}
