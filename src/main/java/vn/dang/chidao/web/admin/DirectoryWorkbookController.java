package vn.dang.chidao.web.admin;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import vn.dang.chidao.administration.workbook.DirectoryWorkbook;
import vn.dang.chidao.administration.workbook.ImportSummary;
import vn.dang.chidao.input.InvalidInputException;
import vn.dang.chidao.web.ApiError;

/**
 * The directory as an Excel workbook, for administrators ({@link AdminAccess}: group camunda-admin, by the webapps'
 * session with X-Requested-With on an upload, or HTTP Basic):
 * {@code GET /api/admin/directory/template.xlsx} the empty template, {@code GET /api/admin/directory.xlsx} the
 * export, {@code POST /api/admin/directory.xlsx} the import (multipart part {@code file}, or the file as the body):
 * 200 with the counts, or 400 with every row's problem and nothing written.
 */
@RestController
public class DirectoryWorkbookController {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    /** How many row messages a refusal lists; the count says how many there are in all. */
    static final int LISTED_PROBLEMS = 500;

    private static final Logger log = LoggerFactory.getLogger(DirectoryWorkbookController.class);

    private final DirectoryWorkbook workbook;
    private final AdminAccess access;

    DirectoryWorkbookController(DirectoryWorkbook workbook, AdminAccess access) {
        this.workbook = workbook;
        this.access = access;
    }

    @GetMapping("/api/admin/directory/template.xlsx")
    public ResponseEntity<byte[]> template(HttpServletRequest request) {
        admin(request);
        return file(workbook.template(), "mau-danh-muc-don-vi.xlsx");
    }

    @GetMapping("/api/admin/directory.xlsx")
    public ResponseEntity<byte[]> export(HttpServletRequest request) {
        String actor = admin(request);
        return file(workbook.export(actor), "danh-muc-don-vi-"
                + LocalDate.now().format(DateTimeFormatter.BASIC_ISO_DATE) + ".xlsx");
    }

    @PostMapping(path = "/api/admin/directory.xlsx", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    public Map<String, Object> importFile(@RequestParam(name = "file", required = false) MultipartFile file,
                                          HttpServletRequest request) {
        String actor = admin(request);
        if (file == null || file.isEmpty()) {
            throw new ApiError(HttpStatus.BAD_REQUEST, "Chưa chọn tệp sổ tính (trường \"file\").");
        }
        if (file.getSize() > DirectoryWorkbook.MAX_BYTES) {
            throw tooLarge();
        }
        try {
            return imported(workbook.importWorkbook(file.getBytes(), file.getOriginalFilename(), actor));
        } catch (IOException e) {
            throw new ApiError(HttpStatus.BAD_REQUEST, "Không nhận được tệp sổ tính.");
        }
    }

    @PostMapping(path = "/api/admin/directory.xlsx")
    public Map<String, Object> importBody(HttpServletRequest request) {
        String actor = admin(request);
        if (request.getContentLengthLong() > DirectoryWorkbook.MAX_BYTES) {
            throw tooLarge();
        }
        byte[] content;
        try (InputStream in = request.getInputStream()) {
            content = in.readNBytes((int) DirectoryWorkbook.MAX_BYTES + 1);
        } catch (IOException e) {
            throw new ApiError(HttpStatus.BAD_REQUEST, "Không nhận được tệp sổ tính.");
        }
        if (content.length > DirectoryWorkbook.MAX_BYTES) {
            throw tooLarge();
        }
        if (content.length == 0) {
            throw new ApiError(HttpStatus.BAD_REQUEST, "Tệp sổ tính rỗng.");
        }
        return imported(workbook.importWorkbook(content, null, actor));
    }

    @ExceptionHandler(InvalidInputException.class)
    ResponseEntity<Map<String, Object>> refused(InvalidInputException e) {
        List<String> problems = e.problems();
        log.warn("Directory workbook refused: {} problem(s), first: {}", problems.size(),
                problems.get(0).replaceAll("[\\r\\n]+", " "));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("message", problems.size() == 1 && !problems.get(0).startsWith("Dòng ")
                ? problems.get(0) + " Không có gì được ghi."
                : "Sổ tính có " + problems.size() + " lỗi; không có gì được ghi. Sửa các dòng dưới đây rồi tải lên lại.");
        body.put("problemCount", problems.size());
        body.put("problems", problems.size() > LISTED_PROBLEMS ? problems.subList(0, LISTED_PROBLEMS) : problems);
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_JSON).body(body);
    }

    /** Another import (or an administrator) wrote the same code between this import's check and its write. */
    @ExceptionHandler(DuplicateKeyException.class)
    ResponseEntity<Map<String, Object>> collided(DuplicateKeyException e) {
        log.warn("Directory workbook refused: a concurrent change wrote the same key");
        return ResponseEntity.status(HttpStatus.CONFLICT).contentType(MediaType.APPLICATION_JSON).body(Map.of(
                "message", "Danh mục vừa được thay đổi cùng lúc (cùng một mã); không có gì được ghi. Tải tệp lên lại."));
    }

    private static Map<String, Object> imported(ImportSummary summary) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("message", summary.message());
        body.put("rows", summary.rows());
        body.put("units", summary.units());
        body.put("groups", summary.groups());
        body.put("signers", summary.signers());
        body.put("terms", summary.terms());
        body.put("millis", summary.millis());
        return body;
    }

    static ApiError tooLarge() {
        log.warn("Directory workbook refused: over {} MB", DirectoryWorkbook.MAX_MEGABYTES);
        return new ApiError(HttpStatus.PAYLOAD_TOO_LARGE, "Tệp quá lớn: sổ tính danh mục chỉ nhận đến "
                + DirectoryWorkbook.MAX_MEGABYTES + " MB.");
    }

    private String admin(HttpServletRequest request) {
        return access.administrator(request);
    }

    private static ResponseEntity<byte[]> file(byte[] content, String name) {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(XLSX))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(name, StandardCharsets.UTF_8).build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(content);
    }
}
