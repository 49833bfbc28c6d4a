package vn.dang.chidao.administration.workbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import vn.dang.chidao.administration.ChangeLog;
import vn.dang.chidao.administration.workbook.DirectoryState.SignerState;
import vn.dang.chidao.administration.workbook.DirectoryState.TermState;
import vn.dang.chidao.administration.workbook.DirectoryState.UnitState;
import vn.dang.chidao.administration.workbook.WorkbookValidator.Change;
import vn.dang.chidao.administration.workbook.WorkbookValidator.Plan;

/**
 * The whole directory as one Excel workbook (docs/directory-workbook.md): the empty template, the export, and the
 * import, which checks every row first and then writes everything in one transaction, or nothing.
 */
@Service
public class DirectoryWorkbook {

    public static final int MAX_MEGABYTES = 20;
    public static final long MAX_BYTES = MAX_MEGABYTES * 1024L * 1024L;

    private static final Logger log = LoggerFactory.getLogger(DirectoryWorkbook.class);
    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules()
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private final DirectoryStore store;
    private final ChangeLog changeLog;
    private final DirectoryIdentity identity;

    DirectoryWorkbook(DirectoryStore store, ChangeLog changeLog, DirectoryIdentity identity) {
        this.store = store;
        this.changeLog = changeLog;
        this.identity = identity;
    }

    /** The workbook with its sheets, headers, notes and dropdowns, and no rows. */
    public byte[] template() {
        return bytes(new DirectoryState(Map.of(), Map.of(), Map.of(), Map.of()));
    }

    /** Every unit (closed ones too), group, signer and term; recorded in the change log. */
    @Transactional
    public byte[] export(String actor) {
        DirectoryState directory = store.load();
        byte[] workbook = bytes(directory);
        changeLog.record(actor, "EXPORT", "directory.xlsx", "EXPORT", null, json(Map.of("units",
                directory.units().size(), "groups", directory.groups().size(), "signers", directory.signers().size(),
                "terms", directory.terms().size())));
        return workbook;
    }

    /**
     * Reads, checks and writes a workbook: all or nothing.
     *
     * @throws vn.dang.chidao.input.InvalidInputException with every problem, each naming its row and sheet
     */
    @Transactional
    public ImportSummary importWorkbook(byte[] content, String fileName, String actor) {
        long started = System.nanoTime();
        WorkbookReader.Parsed parsed = WorkbookReader.read(content);
        long read = System.nanoTime();
        DirectoryState current = store.load();
        Set<String> accounts = new LinkedHashSet<>();
        parsed.sheet(WorkbookSheet.SIGNERS).rows().stream().map(r -> r.get(WorkbookColumn.SIGNER_USER))
                .filter(u -> u != null).forEach(accounts::add);
        Plan plan = WorkbookValidator.check(parsed, current, accounts.isEmpty() ? Set.of()
                : identity.existingUsers(accounts));
        long checked = System.nanoTime();
        long[] phases = write(plan, actor);
        ImportSummary summary = new ImportSummary(plan.rows(),
                counts(plan.newUnits().size(), plan.changedUnits().size(), parsed, WorkbookSheet.UNITS),
                counts(plan.newGroups().size(), plan.changedGroups().size(), parsed, WorkbookSheet.GROUPS),
                counts(plan.newSigners().size(), plan.changedSigners().size(), parsed, WorkbookSheet.SIGNERS),
                counts(plan.newTerms().size(), plan.changedTerms().size(), parsed, WorkbookSheet.TERMS),
                (System.nanoTime() - started) / 1_000_000);
        Map<String, Object> counts = new LinkedHashMap<>();
        counts.put("file", fileName);
        counts.put("rows", summary.rows());
        counts.put("units", summary.units());
        counts.put("groups", summary.groups());
        counts.put("signers", summary.signers());
        counts.put("terms", summary.terms());
        changeLog.record(actor, "IMPORT", key(fileName), "IMPORT", null, json(counts));
        log.info("Directory workbook imported by {}: {} rows, units +{} ~{}, groups +{} ~{}, signers +{} ~{}, "
                + "terms +{} ~{}; ms: read {}, check {}, write {}, change log {}, engine groups {}", actor,
                summary.rows(), plan.newUnits().size(), plan.changedUnits().size(), plan.newGroups().size(),
                plan.changedGroups().size(), plan.newSigners().size(), plan.changedSigners().size(),
                plan.newTerms().size(), plan.changedTerms().size(), (read - started) / 1_000_000,
                (checked - read) / 1_000_000, phases[0], phases[1], phases[2]);
        return summary;
    }

    /** @return the milliseconds spent on the tables, the change log and the engine's groups */
    private long[] write(Plan plan, String actor) {
        long started = System.nanoTime();
        // parents before children, as the directory lists units by id
        List<UnitState> newUnits = parentsFirst(plan.newUnits());
        store.insertUnits(newUnits);
        Map<String, Long> ids = store.unitIds();
        List<UnitState> placed = new ArrayList<>(newUnits.stream().filter(u -> u.parent() != null)
                .toList());
        plan.changedUnits().forEach(c -> placed.add(c.after()));
        store.updateUnits(placed, ids);
        store.insertGroups(plan.newGroups(), ids);
        store.updateGroups(plan.changedGroups().stream().map(Change::after).toList(), ids);
        List<DirectoryState.GroupState> regrouped = new ArrayList<>(plan.newGroups());
        plan.changedGroups().stream().filter(c -> !c.before().members().equals(c.after().members()))
                .forEach(c -> regrouped.add(c.after()));
        store.replaceMembers(regrouped, ids);
        store.insertSigners(plan.newSigners(), ids);
        store.updateSigners(plan.changedSigners().stream().map(Change::after).toList(), ids);
        store.insertTerms(plan.newTerms(), ids);
        store.updateTerms(plan.changedTerms().stream().map(Change::after).toList(), ids);

        long written = System.nanoTime();
        log(actor, "UNIT", newUnits, plan.changedUnits(), UnitState::code);
        log(actor, "GROUP", plan.newGroups(), plan.changedGroups(), DirectoryState.GroupState::code);
        log(actor, "SIGNER", plan.newSigners(), plan.changedSigners(), SignerState::key);
        log(actor, "TERM", plan.newTerms(), plan.changedTerms(), TermState::key);

        long logged = System.nanoTime();
        // the engine's groups of new units, and of units renamed, opened to issuing or closed
        Set<String> regroup = new LinkedHashSet<>();
        plan.newUnits().forEach(u -> regroup.add(u.code()));
        plan.changedUnits().stream().filter(c -> !c.before().name().equals(c.after().name())
                        || c.before().canIssue() != c.after().canIssue() || c.before().active() != c.after().active())
                .forEach(c -> regroup.add(c.after().code()));
        if (!regroup.isEmpty()) {
            identity.unitsChanged(regroup);
        }
        return new long[] {(written - started) / 1_000_000, (logged - written) / 1_000_000,
                (System.nanoTime() - logged) / 1_000_000};
    }

    private static List<UnitState> parentsFirst(List<UnitState> units) {
        Map<String, UnitState> byCode = new LinkedHashMap<>();
        units.forEach(u -> byCode.put(u.code(), u));
        Set<String> placed = new LinkedHashSet<>();
        for (UnitState unit : units) {
            Deque<String> chain = new ArrayDeque<>();
            for (UnitState u = unit; u != null && !placed.contains(u.code()); u = byCode.get(u.parent())) {
                chain.push(u.code());
            }
            chain.forEach(placed::add);
        }
        return placed.stream().map(byCode::get).toList();
    }

    private <T> void log(String actor, String entity, List<T> created, List<Change<T>> changed,
                         Function<T, String> key) {
        created.forEach(row -> changeLog.record(actor, entity, key(key.apply(row)), "CREATE", null, json(row)));
        changed.forEach(c -> changeLog.record(actor, entity, key(key.apply(c.after())), "UPDATE", json(c.before()),
                json(c.after())));
    }

    private static ImportSummary.Counts counts(int created, int updated, WorkbookReader.Parsed parsed,
                                               WorkbookSheet sheet) {
        return new ImportSummary.Counts(created, updated, parsed.sheet(sheet).rows().size() - created - updated);
    }

    private static String key(String text) {
        String value = text == null || text.isBlank() ? "directory.xlsx" : text;
        return value.length() > 128 ? value.substring(0, 128) : value;
    }

    private static byte[] bytes(DirectoryState directory) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            WorkbookWriter.write(directory, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
