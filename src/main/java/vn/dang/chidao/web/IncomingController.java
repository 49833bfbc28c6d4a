package vn.dang.chidao.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import jakarta.servlet.http.HttpServletRequest;
import vn.dang.chidao.directive.ActionNotAllowedException;
import vn.dang.chidao.directory.Actor;
import vn.dang.chidao.directory.Unit;
import vn.dang.chidao.importing.ImportRefusedException;
import vn.dang.chidao.importing.TextExtractor;
import vn.dang.chidao.incoming.IncomingDocument;
import vn.dang.chidao.incoming.IncomingDocuments;
import vn.dang.chidao.incoming.IncomingRepository.Original;
import vn.dang.chidao.process.IncomingIntake;

/**
 * Văn bản đến: {@code POST /api/incoming} takes a received document (text/plain, or multipart part {@code file}:
 * .docx, .pdf, .txt), keeps the original, reads it and starts its registration in Tasklist; {@code GET
 * /api/incoming/{id}/original} gives the original back to the receiving body. For its văn thư and office.
 */
@RestController
public class IncomingController {

    private static final Logger log = LoggerFactory.getLogger(IncomingController.class);

    private final IncomingIntake intake;
    private final IncomingDocuments incoming;
    private final WebCaller callers;

    public IncomingController(IncomingIntake intake, IncomingDocuments incoming, WebCaller callers) {
        this.intake = intake;
        this.incoming = incoming;
        this.callers = callers;
    }

    /** The bodies the caller may register documents for. */
    @GetMapping("/api/incoming/receivers")
    public List<ReceiverJson> receivers(HttpServletRequest request) {
        return incoming.receiversFor(actor(request)).stream().map(u -> new ReceiverJson(u.code(), u.name())).toList();
    }

    public record ReceiverJson(String code, String name) {
    }

    @PostMapping(path = "/api/incoming", consumes = MediaType.TEXT_PLAIN_VALUE)
    public ResponseEntity<IncomingIntake.Received> text(@RequestParam(name = "receiver", required = false) String receiver,
                                                        HttpServletRequest request) {
        Actor actor = actor(request);
        Unit body = receiver(actor, receiver);
        byte[] content;
        try (InputStream in = request.getInputStream()) {
            content = in.readNBytes((int) TextExtractor.MAX_BYTES + 1);
        } catch (IOException e) {
            throw new ApiError(HttpStatus.BAD_REQUEST, "Không nhận được nội dung văn bản.");
        }
        return receive(content, null, "text/plain; charset=UTF-8", body, actor);
    }

    @PostMapping(path = "/api/incoming", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    public ResponseEntity<IncomingIntake.Received> file(@RequestParam(name = "file", required = false) MultipartFile file,
                                                        @RequestParam(name = "receiver", required = false) String receiver,
                                                        HttpServletRequest request) {
        Actor actor = actor(request);
        Unit body = receiver(actor, receiver);
        if (file == null || file.isEmpty()) {
            throw new ApiError(HttpStatus.BAD_REQUEST, "Chưa chọn tệp văn bản đến (trường \"file\").");
        }
        try {
            return receive(file.getBytes(), file.getOriginalFilename(), file.getContentType(), body, actor);
        } catch (IOException e) {
            throw new ApiError(HttpStatus.BAD_REQUEST, "Không nhận được tệp văn bản.");
        }
    }

    @PostMapping(path = "/api/incoming")
    public void otherFormat(HttpServletRequest request) {
        actor(request);
        throw new ApiError(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Gửi văn bản dạng text/plain (UTF-8) hoặc "
                + "multipart/form-data với tệp .docx, .pdf, .txt trong trường \"file\".");
    }

    @GetMapping("/api/incoming/{id}/original")
    public ResponseEntity<byte[]> original(@PathVariable long id, HttpServletRequest request) {
        Actor actor = actor(request);
        IncomingDocument document = incoming.find(id)
                .orElseThrow(() -> new ApiError(HttpStatus.NOT_FOUND, "Không tìm thấy văn bản đến."));
        if (!incoming.mayRead(document, actor)) {
            throw new ApiError(HttpStatus.FORBIDDEN, "Đồng chí không có quyền xem văn bản đến này.");
        }
        Original original = incoming.original(id)
                .orElseThrow(() -> new ApiError(HttpStatus.NOT_FOUND, "Văn bản đến này không có tệp gốc."));
        MediaType type;
        try {
            type = MediaType.parseMediaType(original.contentType());
        } catch (RuntimeException e) {
            type = MediaType.APPLICATION_OCTET_STREAM;
        }
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(original.fileName(), StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(original.content());
    }

    private ResponseEntity<IncomingIntake.Received> receive(byte[] content, String fileName, String contentType,
                                                            Unit receiver, Actor actor) {
        try {
            return ResponseEntity.status(HttpStatus.CREATED)
                    .body(intake.receive(content, fileName, contentType, receiver, actor));
        } catch (ImportRefusedException e) {
            log.warn("Incoming document refused ({}): {}", fileName == null ? "text body" : fileName, e.getMessage());
            throw new ApiError(e.isTooLarge() ? HttpStatus.PAYLOAD_TOO_LARGE : HttpStatus.BAD_REQUEST, e.getMessage());
        } catch (ActionNotAllowedException e) {
            throw new ApiError(HttpStatus.FORBIDDEN, e.getMessage());
        }
    }

    private Actor actor(HttpServletRequest request) {
        var caller = callers.resolve(request).orElseThrow(ApiError::unauthenticated);
        return new Actor(caller.userId(), new HashSet<>(caller.groupIds()));
    }

    /** The named body, or the only one the caller registers for; refused when none or ambiguous. */
    private Unit receiver(Actor actor, String code) {
        List<Unit> mine = incoming.receiversFor(actor);
        if (code != null && !code.isBlank()) {
            return mine.stream().filter(u -> u.code().equals(code.strip())).findFirst()
                    .orElseThrow(() -> new ApiError(HttpStatus.FORBIDDEN,
                            "Đồng chí không phải văn thư hoặc cán bộ Văn phòng của cơ quan \"" + code.strip()
                                    + "\", không thể vào sổ văn bản đến cho cơ quan này."));
        }
        if (mine.isEmpty()) {
            throw new ApiError(HttpStatus.FORBIDDEN, "Chỉ văn thư hoặc cán bộ Văn phòng của một cơ quan mới được "
                    + "vào sổ văn bản đến.");
        }
        if (mine.size() > 1) {
            throw new ApiError(HttpStatus.BAD_REQUEST, "Đồng chí làm việc cho nhiều cơ quan: chọn cơ quan nhận "
                    + "văn bản (tham số \"receiver\").");
        }
        return mine.get(0);
    }
}
