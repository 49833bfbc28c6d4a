package vn.dang.chidao.web.progress;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.servlet.http.HttpServletRequest;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.dang.chidao.directory.Unit;
import vn.dang.chidao.directory.UnitDirectory;
import vn.dang.chidao.engine.EngineAdmins;
import vn.dang.chidao.incoming.IncomingRegister;
import vn.dang.chidao.process.identity.IdentitySetup;
import vn.dang.chidao.WorkflowProperties;
import vn.dang.chidao.directive.DirectiveStatus;
import vn.dang.chidao.directive.DirectiveType;
import vn.dang.chidao.progress.DirectiveAccess;
import vn.dang.chidao.progress.DirectiveHistory;
import vn.dang.chidao.progress.DirectiveHistoryService;
import vn.dang.chidao.progress.DirectiveNotFoundException;
import vn.dang.chidao.progress.DirectiveProgress;
import vn.dang.chidao.progress.ProgressFilter;
import vn.dang.chidao.progress.ProgressPage;
import vn.dang.chidao.progress.ProgressService;
import vn.dang.chidao.progress.ProgressService.InstanceOwner;
import vn.dang.chidao.progress.ProgressWorkbook;
import vn.dang.chidao.progress.UnitProgress;
import vn.dang.chidao.reporting.UnitStatus;

/**
 * Managers' view of the directives and their units (the Cockpit plugin "Theo dõi thực hiện" reads it).
 * Authenticated callers only (Cockpit session or HTTP Basic); each sees the directives whose process
 * instance the engine lets them read. Errors are {"message": "…"} in Vietnamese.
 */
@RestController
@RequestMapping("/api/progress")
public class ProgressController {

    static final MediaType XLSX = MediaType.parseMediaType(
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final ProgressService progress;
    private final ProgressCallers callers;
    private final ProcessEngine engine;
    private final HistoryService history;
    private final ProgressWorkbook workbook;
    private final DirectiveHistoryService histories;
    private final IncomingRegister register;
    private final UnitDirectory directory;

    ProgressController(ProgressService progress, ProgressCallers callers, ProcessEngine engine,
                       WorkflowProperties properties, DirectiveHistoryService histories, IncomingRegister register,
                       UnitDirectory directory) {
        this.register = register;
        this.directory = directory;
        this.histories = histories;
        this.progress = progress;
        this.callers = callers;
        this.engine = engine;
        this.history = engine.getHistoryService();
        this.workbook = new ProgressWorkbook(properties.zone());
    }

    /** GET /api/progress?issuer=&type=&from=&to=&status=&page=&size=&q= (q: part of the số or the trích yếu) */
    @GetMapping
    ResponseEntity<ProgressJson.Page> list(HttpServletRequest request,
                                           @RequestParam(required = false) String issuer,
                                           @RequestParam(required = false) String type,
                                           @RequestParam(required = false) String from,
                                           @RequestParam(required = false) String to,
                                           @RequestParam(required = false) String status,
                                           @RequestParam(required = false) String page,
                                           @RequestParam(required = false) String size,
                                           @RequestParam(required = false) String q) {
        DirectiveAccess access = access(request);
        ProgressFilter filter = ProgressFilter.parse(issuer, type, from, to, status, page, size, q);
        ProgressPage found = progress.list(filter, access);
        return json(ProgressJson.Page.of(found, progress.today(),
                running(found.items().stream().map(DirectiveProgress::processInstanceId))));
    }

    /** GET /api/progress/{directiveId}: the directive with every unit's line. */
    @GetMapping("/{directiveId:\\d+}")
    ResponseEntity<ProgressJson.Detail> detail(HttpServletRequest request, @PathVariable long directiveId) {
        DirectiveAccess access = access(request);
        DirectiveProgress directive = progress.detail(directiveId, access);
        return json(new ProgressJson.Detail(progress.today(), ProgressJson.Directive.withUnits(directive,
                running(directive))));
    }

    /** GET /api/progress/{directiveId}.xlsx: sheets "Tổng hợp" and "Nhiệm vụ". */
    @GetMapping("/{directiveId:\\d+}.xlsx")
    ResponseEntity<byte[]> export(HttpServletRequest request, @PathVariable long directiveId) throws IOException {
        DirectiveAccess access = access(request);
        DirectiveProgress directive = progress.detail(directiveId, access);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        workbook.write(directive, progress.assignments(directiveId, access), progress.today(), out);
        return ResponseEntity.ok().contentType(XLSX).cacheControl(CacheControl.noStore())
                .header("Content-Disposition", ContentDisposition.attachment().filename(fileName(directive)).build()
                        .toString())
                .body(out.toByteArray());
    }

    /** "theo-doi-09-KH-DU.xlsx": the number in plain ASCII, so that every browser and mail program keeps it. */
    static String fileName(DirectiveProgress directive) {
        String number = directive.documentNumber() == null ? "van-ban-" + directive.directiveId()
                : directive.documentNumber();
        String ascii = Normalizer.normalize(number.replace('Đ', 'D').replace('đ', 'd'), Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "").replaceAll("[^A-Za-z0-9-]+", "-");
        return "theo-doi-" + ascii + ".xlsx";
    }

    /**
     * GET /api/progress/process-instance/{processInstanceId}: the directive a Cockpit process instance page
     * shows — the directive's own instance, a unit's unit-work instance, or a sub-process they called.
     */
    @GetMapping("/process-instance/{processInstanceId}")
    ResponseEntity<ProgressJson.ForInstance> forInstance(HttpServletRequest request,
                                                         @PathVariable String processInstanceId) {
        DirectiveAccess access = access(request);
        InstanceOwner owner = progress.ownerOfProcessInstance(processInstanceId)
                .or(() -> rootOf(processInstanceId).flatMap(progress::ownerOfProcessInstance))
                .orElseThrow(() -> new DirectiveNotFoundException(
                        "Quy trình này không gắn với văn bản chỉ đạo nào."));
        DirectiveProgress directive = progress.detail(owner.directiveId(), access);
        return json(new ProgressJson.ForInstance(progress.today(), owner.recipientId(),
                ProgressJson.Directive.withUnits(directive, running(directive))));
    }

    /** GET /api/progress/{directiveId}/history: the directive's steps and review decisions. */
    @GetMapping("/{directiveId:\\d+}/history")
    ResponseEntity<ProgressJson.History> history(HttpServletRequest request, @PathVariable long directiveId) {
        DirectiveHistory h = histories.directive(directiveId, access(request));
        return json(ProgressJson.History.of(h, progress.today(), running(h.directive())));
    }

    /** GET /api/progress/{directiveId}/units/{recipientId}/history: one unit's steps, decisions and reports. */
    @GetMapping("/{directiveId:\\d+}/units/{recipientId:\\d+}/history")
    ResponseEntity<ProgressJson.History> unitHistory(HttpServletRequest request, @PathVariable long directiveId,
                                                     @PathVariable long recipientId) {
        DirectiveHistory h = histories.unit(directiveId, recipientId, access(request));
        return json(ProgressJson.History.of(h, progress.today(), running(h.directive())));
    }

    /** GET /api/progress/labels: Vietnamese names for the codes Cockpit shows (see ProgressJson.Labels). */
    @GetMapping("/labels")
    ResponseEntity<ProgressJson.Labels> labels(HttpServletRequest request) {
        callers.resolve(request);
        Map<String, String> processes = new TreeMap<>();
        engine.getRepositoryService().createProcessDefinitionQuery().latestVersion().list().stream()
                .filter(p -> p.getName() != null)
                .forEach(p -> processes.put(p.getKey(), p.getName()));
        Map<String, String> groups = new TreeMap<>();
        engine.getIdentityService().createGroupQuery().list().stream().filter(g -> g.getName() != null)
                .forEach(g -> groups.put(g.getId(), g.getName()));
        // the board's legends and filters, so the plugin repeats none of the server's words
        List<ProgressJson.Option> unitStatuses = Arrays.stream(UnitStatus.values())
                .map(st -> new ProgressJson.Option(st.name(), st.label())).toList();
        List<ProgressJson.Option> types = Stream.of(DirectiveType.CV, DirectiveType.KH, DirectiveType.HD)
                .map(t -> new ProgressJson.Option(t.name(), t.label())).toList();
        List<ProgressJson.Option> directiveStatuses = Stream.of(DirectiveStatus.ISSUED, DirectiveStatus.COMPLETED,
                DirectiveStatus.ARCHIVED)
                .map(st -> new ProgressJson.Option(st.name(), ProgressJson.DIRECTIVE_STATUS.get(st))).toList();
        return json(new ProgressJson.Labels(processes, groups, VariableLabels.NAMES, VariableLabels.VALUES,
                unitStatuses, types, directiveStatuses));
    }

    /** GET /api/progress/issuers: the issuing bodies, for the filter. */
    @GetMapping("/issuers")
    ResponseEntity<ProgressJson.Issuers> issuers(HttpServletRequest request) {
        callers.resolve(request);
        return json(new ProgressJson.Issuers(progress.issuers()));
    }

    /** Anything else under /api/progress: a Vietnamese 404 rather than the container's page. */
    @GetMapping("/**")
    ResponseEntity<ProgressJson.Error> unknown(HttpServletRequest request) {
        callers.resolve(request);
        throw new DirectiveNotFoundException("Không có địa chỉ này trong API theo dõi thực hiện.");
    }

    private Optional<String> rootOf(String processInstanceId) {
        HistoricProcessInstance instance = history.createHistoricProcessInstanceQuery()
                .processInstanceId(processInstanceId).singleResult();
        return instance == null || instance.getRootProcessInstanceId() == null
                || instance.getRootProcessInstanceId().equals(processInstanceId)
                ? Optional.empty() : Optional.of(instance.getRootProcessInstanceId());
    }

    private Set<String> running(DirectiveProgress directive) {
        return running(Stream.concat(Stream.of(directive.processInstanceId()),
                directive.units().stream().map(UnitProgress::processInstanceId)));
    }

    /** Which of these instances still run: one query (Cockpit links only to running instances). */
    private Set<String> running(Stream<String> processInstanceIds) {
        Set<String> ids = processInstanceIds.filter(Objects::nonNull).collect(Collectors.toSet());
        if (ids.isEmpty()) {
            return Set.of();
        }
        return engine.getRuntimeService().createProcessInstanceQuery().processInstanceIds(ids).list().stream()
                .map(ProcessInstance::getId).collect(Collectors.toSet());
    }

    /**
     * GET /api/progress/incoming: the sổ văn bản đến, newest first (at most 200 lines), with the direction, what
     * carries each document out and its báo cáo upward. Managers and administrators read every body's register;
     * others the registers of the bodies whose văn thư, office or leaders they are.
     */
    @GetMapping("/incoming")
    ResponseEntity<List<ProgressJson.IncomingLine>> incoming(HttpServletRequest request) {
        ProgressCaller caller = callers.resolve(request);
        boolean everything = EngineAdmins.seesEverything(engine, caller.userId(), caller.groupIds())
                || caller.groupIds().contains(IdentitySetup.MANAGER_GROUP);
        List<String> receivers = everything ? null : directory.listIssuers().stream()
                .filter(u -> Stream.of(u.registryGroup(), u.officeGroup(), u.officeHeadGroup(), u.signerGroup())
                        .anyMatch(caller.groupIds()::contains))
                .map(Unit::code).toList();
        LocalDate today = progress.today();
        return json(register.list(receivers, 200).stream().map(l -> ProgressJson.IncomingLine.of(l, today)).toList());
    }

    private DirectiveAccess access(HttpServletRequest request) {
        return new CamundaDirectiveAccess(engine, callers.resolve(request));
    }

    private static <T> ResponseEntity<T> json(T body) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).cacheControl(CacheControl.noStore())
                .body(body);
    }
}
