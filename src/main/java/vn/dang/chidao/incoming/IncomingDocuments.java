package vn.dang.chidao.incoming;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.dang.chidao.deadline.DeadlinePhraseException;
import vn.dang.chidao.deadline.DeadlinePhraseParser;
import vn.dang.chidao.deadline.DeadlineRule;
import vn.dang.chidao.directive.ActionNotAllowedException;
import vn.dang.chidao.directive.DirectiveType;
import vn.dang.chidao.directive.DraftValidator;
import vn.dang.chidao.directory.Actor;
import vn.dang.chidao.directory.Unit;
import vn.dang.chidao.directory.UnitDirectory;
import vn.dang.chidao.importing.DocumentImports;
import vn.dang.chidao.importing.ImportedDocument;
import vn.dang.chidao.input.InvalidInputException;
import vn.dang.chidao.input.Problems;

/** The incoming register: receiving, registering and directing documents from outside the system. */
@Service
public class IncomingDocuments {

    /** Types a leader may have implemented by a directive of ours: those with a process of their own. */
    public static final List<DirectiveType> IMPLEMENTING_TYPES = List.of(DirectiveType.CV, DirectiveType.KH,
            DirectiveType.HD);

    /** What the reader proposes for the registration form. */
    public record Proposal(String type, String documentNumber, String issuingBody, LocalDate issuedOn,
                           String subject, LocalDate receivedOn, String reportDeadlinePhrase, String reportTo,
                           List<String> warnings, List<ImportedDocument.Assignment> assignments) {
    }

    private final IncomingRepository repository;
    private final DocumentImports imports;
    private final UnitDirectory directory;
    private final DeadlinePhraseParser deadlines;
    private final ObjectMapper json;
    private final Clock clock;

    public IncomingDocuments(IncomingRepository repository, DocumentImports imports, UnitDirectory directory,
                             DeadlinePhraseParser deadlines, ObjectMapper json, Clock clock) {
        this.repository = repository;
        this.imports = imports;
        this.directory = directory;
        this.deadlines = deadlines;
        this.json = json;
        this.clock = clock;
    }

    /**
     * Reads and stores a received document with its original, for the văn thư to register; refused (nothing
     * stored) when it cannot be read.
     *
     * @throws vn.dang.chidao.importing.ImportRefusedException when the file is empty, too large, scanned or unknown
     */
    @Transactional
    public long receive(byte[] content, String fileName, String contentType, Unit receiver, Actor actor) {
        requireRegistrar(receiver, actor);
        ImportedDocument reading = imports.read(content, fileName, receiver);
        String name = fileName == null || fileName.isBlank() ? "van-ban-den.txt" : fileName.strip();
        if (name.length() > 255) {
            name = name.substring(name.length() - 255);
        }
        return repository.insert(receiver.id(), actor.userId(), write(reading), reading.body(), name,
                contentType == null ? "application/octet-stream" : contentType, content, clock.instant());
    }

    /** The bodies whose incoming documents the user may register: văn thư or office staff. */
    public List<Unit> receiversFor(Actor actor) {
        return directory.listIssuers().stream()
                .filter(u -> actor.actsFor(u.registryGroup()) || actor.actsFor(u.officeGroup())).toList();
    }

    public IncomingDocument get(long id) {
        return repository.get(id);
    }

    public Optional<IncomingDocument> find(long id) {
        return repository.find(id);
    }

    public Optional<IncomingDocument> byProcessInstance(String processInstanceId) {
        return repository.byProcessInstance(processInstanceId);
    }

    public Unit receiver(IncomingDocument document) {
        return directory.get(document.receiverId());
    }

    /** The reader's proposal for the registration form. */
    public Proposal proposal(long id) {
        ImportedDocument reading = read(repository.reading(id));
        LocalDate today = LocalDate.now(clock);
        String everything = Stream.concat(Stream.of(reading.body()),
                        reading.assignments() == null ? Stream.empty()
                                : reading.assignments().stream().map(ImportedDocument.Assignment::text))
                .filter(s -> s != null).collect(Collectors.joining("\n"));
        Optional<UpwardReport.Found> upward = UpwardReport.find(everything);
        String type = reading.type() == null ? null : Stream.of(DirectiveType.values())
                .filter(t -> t.abbreviation().equals(reading.type())).map(Enum::name).findFirst().orElse(null);
        return new Proposal(type, reading.number(), OrganizationNames.of(reading.issuingBody(), reading.superiorBody()),
                reading.issuedOn(), reading.subject(), today, upward.map(UpwardReport.Found::deadlinePhrase).orElse(null),
                upward.map(UpwardReport.Found::to).orElse(null),
                reading.warnings() == null ? List.of() : reading.warnings(),
                reading.assignments() == null ? List.of() : reading.assignments());
    }

    /**
     * Registers the document under the next số đến of the receiving body's year.
     *
     * @return the registered document
     */
    @Transactional
    public IncomingDocument register(long id, Registration r, Actor actor) {
        IncomingDocument document = repository.get(id);
        Unit receiver = directory.get(document.receiverId());
        requireRegistrar(receiver, actor);
        if (document.status() != IncomingStatus.RECEIVED) {
            throw new InvalidInputException("Văn bản đến này đã được vào sổ.");
        }
        LocalDate today = LocalDate.now(clock);
        Problems problems = new Problems();
        if (r.type() == null) {
            problems.add("incomingType", "Chưa chọn loại văn bản.");
        }
        required(problems, "incomingNumber", r.documentNumber(), "Số, ký hiệu văn bản", 64);
        required(problems, "incomingIssuingBody", r.issuingBody(), "Cơ quan ban hành", 255);
        required(problems, "incomingSubject", r.subject(), "Trích yếu", 1000);
        if (r.issuedOn() == null) {
            problems.add("incomingIssuedOn", "Chưa có ngày ban hành (dd/mm/yyyy).");
        }
        if (r.receivedOn() == null) {
            problems.add("receivedOn", "Chưa có ngày đến (dd/mm/yyyy).");
        } else if (r.receivedOn().isAfter(today)) {
            problems.add("receivedOn", "Ngày đến không thể sau hôm nay.");
        } else if (r.issuedOn() != null && r.issuedOn().isAfter(r.receivedOn())) {
            problems.add("incomingIssuedOn", "Ngày ban hành không thể sau ngày đến.");
        }
        LocalDate reportDeadline = null;
        String phrase = blankToNull(r.reportDeadlinePhrase());
        if (phrase != null) {
            if (phrase.length() > 300) {
                problems.add("reportDeadline", "Hạn báo cáo dài quá 300 ký tự.");
            } else {
                try {
                    DeadlineRule rule = deadlines.parse(phrase, r.receivedOn() == null ? today : r.receivedOn());
                    reportDeadline = rule.firstDue(r.receivedOn() == null ? today : r.receivedOn()).orElse(null);
                    if (reportDeadline == null) {
                        problems.add("reportDeadline", "Hạn báo cáo \"" + phrase + "\" không cho một ngày cụ thể.");
                    }
                } catch (DeadlinePhraseException e) {
                    problems.add("reportDeadline", e.getMessage());
                }
            }
            required(problems, "reportTo", r.reportTo(), "Nơi nhận báo cáo", 500);
        } else if (blankToNull(r.reportTo()) != null) {
            problems.add("reportDeadline", "Đã ghi nơi nhận báo cáo nhưng chưa ghi hạn báo cáo.");
        }
        problems.throwIfAny();
        Registration clean = new Registration(r.type(), r.documentNumber().strip(), r.issuingBody().strip(),
                r.issuedOn(), r.subject().strip().replaceAll("\\s+", " "), r.receivedOn(), phrase,
                blankToNull(r.reportTo()));
        int year = r.receivedOn().getYear();
        int number = repository.nextRegisterNumber(receiver.id(), year);
        repository.register(id, clean, reportDeadline, year, number, actor.userId(), clock.instant());
        return repository.get(id);
    }

    /**
     * Records the leader's direction.
     *
     * @param isOfficeMember whether a user works in the receiving body's office (may draft for it)
     */
    @Transactional
    public IncomingDocument direct(long id, String directionValue, String note, String drafter,
                                   String implementingType, Actor leader, Predicate<String> isOfficeMember) {
        IncomingDocument document = repository.get(id);
        Unit receiver = directory.get(document.receiverId());
        if (!leader.actsFor(receiver.signerGroup())) {
            throw new ActionNotAllowedException("Chỉ lãnh đạo của " + receiver.name()
                    + " được cho ý kiến chỉ đạo văn bản đến này.");
        }
        if (document.status() != IncomingStatus.REGISTERED) {
            throw new InvalidInputException("Văn bản đến này đã có ý kiến chỉ đạo.");
        }
        Problems problems = new Problems();
        Direction direction = Direction.parse(directionValue).orElse(null);
        if (direction == null) {
            problems.add("direction", "Chưa chọn hướng xử lý.");
        }
        String noteProblem = DraftValidator.textProblem(note, "Ý kiến chỉ đạo");
        if (noteProblem != null) {
            problems.add("directionNote", noteProblem);
        }
        DirectiveType type = null;
        String chosenDrafter = null;
        if (direction == Direction.IMPLEMENT) {
            type = IMPLEMENTING_TYPES.stream().filter(t -> t.name().equals(implementingType)).findFirst().orElse(null);
            if (type == null) {
                problems.add("implementingType", "Chưa chọn loại văn bản triển khai (công văn, kế hoạch hoặc hướng dẫn).");
            }
            chosenDrafter = blankToNull(drafter);
            if (chosenDrafter == null || !isOfficeMember.test(chosenDrafter)) {
                problems.add("drafter", "Người soạn thảo phải là cán bộ Văn phòng của " + receiver.name() + ".");
            }
        }
        problems.throwIfAny();
        repository.direct(id, direction, blankToNull(note), leader.userId(), chosenDrafter, type, clock.instant());
        return repository.get(id);
    }

    /** An implementing directive's start: subject and căn cứ citing the incoming document. */
    public String implementingSubject(IncomingDocument document) {
        return "V/v triển khai thực hiện " + document.citation();
    }

    public String basis(IncomingDocument document) {
        return "Thực hiện " + document.citation() + (document.subject() == null ? "" : " về "
                + document.subjectInSentence()) + ".";
    }

    /** The báo cáo is signed and numbered: the document is done with. */
    @Transactional
    public void reported(long id) {
        repository.setStatus(id, IncomingStatus.REPORTED);
    }

    @Transactional
    public void linkReport(long id, long reportDirectiveId, String signer) {
        repository.setReport(id, reportDirectiveId, signer);
    }

    public List<Long> implementingDirectives(long id) {
        return repository.implementingDirectives(id);
    }

    public Optional<IncomingRepository.Original> original(long id) {
        return repository.original(id);
    }

    /** Who may see the original and the register entry: the receiving body's registry, office and leaders. */
    public boolean mayRead(IncomingDocument document, Actor actor) {
        Unit receiver = directory.get(document.receiverId());
        return actor.isAdmin() || actor.actsFor(receiver.registryGroup()) || actor.actsFor(receiver.officeGroup())
                || actor.actsFor(receiver.signerGroup()) || actor.actsFor(receiver.officeHeadGroup());
    }

    public void requireRegistrar(Unit receiver, Actor actor) {
        if (!actor.actsFor(receiver.registryGroup()) && !actor.actsFor(receiver.officeGroup())) {
            throw new ActionNotAllowedException("Chỉ văn thư hoặc Văn phòng của " + receiver.name()
                    + " được vào sổ văn bản đến của cơ quan này.");
        }
    }

    private static void required(Problems problems, String field, String value, String label, int max) {
        if (value == null || value.isBlank()) {
            problems.add(field, "Chưa có " + label.toLowerCase() + ".");
        } else if (value.strip().length() > max) {
            problems.add(field, label + " dài quá " + max + " ký tự.");
        } else {
            String bad = DraftValidator.textProblem(value, label);
            if (bad != null) {
                problems.add(field, bad);
            }
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private String write(ImportedDocument reading) {
        try {
            return json.writeValueAsString(reading);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("reading not serialisable", e);
        }
    }

    private ImportedDocument read(String reading) {
        try {
            return json.readValue(reading, ImportedDocument.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored reading unreadable", e);
        }
    }
}
