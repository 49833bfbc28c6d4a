package vn.dang.chidao.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

import org.camunda.bpm.engine.authorization.Groups;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import vn.dang.chidao.directory.Unit;
import vn.dang.chidao.directory.UnitDirectory;
import vn.dang.chidao.importing.DocumentImports;
import vn.dang.chidao.importing.ImportRefusedException;
import vn.dang.chidao.importing.ImportedDocument;
import vn.dang.chidao.importing.TextExtractor;

/**
 * {@code POST /api/imports}: a document's text (text/plain) or file (multipart part {@code file}: .docx, .pdf, .txt)
 * read into a structured draft, for the office staff of a body and administrators. Stores nothing.
 */
@RestController
public class ImportController {

    private static final Logger log = LoggerFactory.getLogger(ImportController.class);
    private static final String OFFICE_SUFFIX = "_van-phong";

    private final DocumentImports imports;
    private final UnitDirectory directory;
    private final WebCaller callers;

    public ImportController(DocumentImports imports, UnitDirectory directory, WebCaller callers) {
        this.imports = imports;
        this.directory = directory;
        this.callers = callers;
    }

    @PostMapping(path = "/api/imports", consumes = MediaType.TEXT_PLAIN_VALUE)
    public ImportedDocument text(HttpServletRequest request) {
        Optional<Unit> importer = importer(request);
        byte[] content;
        try (InputStream in = request.getInputStream()) {
            content = in.readNBytes((int) TextExtractor.MAX_BYTES + 1);
        } catch (IOException e) {
            throw new ApiError(HttpStatus.BAD_REQUEST, "Không nhận được nội dung văn bản.");
        }
        return read(content, null, importer);
    }

    @PostMapping(path = "/api/imports", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    public ImportedDocument file(@RequestParam(name = "file", required = false) MultipartFile file,
                                 HttpServletRequest request) {
        Optional<Unit> importer = importer(request);
        if (file == null) {
            throw refused(new ImportRefusedException("Thiếu tệp văn bản (trường \"file\")."), null);
        }
        try {
            return read(file.getBytes(), file.getOriginalFilename() == null ? "" : file.getOriginalFilename(),
                    importer);
        } catch (IOException e) {
            throw new ApiError(HttpStatus.BAD_REQUEST, "Không nhận được tệp văn bản.");
        }
    }

    @PostMapping(path = "/api/imports")
    public ImportedDocument otherFormat(HttpServletRequest request) {
        importer(request);
        throw new ApiError(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Gửi văn bản dạng text/plain (UTF-8) hoặc "
                + "multipart/form-data với tệp .docx, .pdf, .txt trong trường \"file\".");
    }

    private ImportedDocument read(byte[] content, String fileName, Optional<Unit> importer) {
        try {
            return imports.read(content, fileName, importer.orElse(null));
        } catch (ImportRefusedException e) {
            throw refused(e, fileName);
        }
    }

    private static ApiError refused(ImportRefusedException e, String fileName) {
        log.warn("Import refused ({}): {}", fileName == null ? "text body" : fileName, e.getMessage());
        return new ApiError(e.isTooLarge() ? HttpStatus.PAYLOAD_TOO_LARGE : HttpStatus.BAD_REQUEST, e.getMessage());
    }

    /** The body whose office the caller works in (empty for an administrator without one); others are refused. */
    private Optional<Unit> importer(HttpServletRequest request) {
        var caller = callers.resolve(request).orElseThrow(ApiError::unauthenticated);
        List<String> offices = caller.groupIds().stream().filter(g -> g.endsWith(OFFICE_SUFFIX)).toList();
        if (offices.isEmpty() && !caller.groupIds().contains(Groups.CAMUNDA_ADMIN)) {
            throw new ApiError(HttpStatus.FORBIDDEN, "Đồng chí không có quyền đọc văn bản để soạn thảo hoặc vào sổ: "
                    + "chỉ cán bộ văn phòng của cơ quan ban hành hoặc quản trị viên.");
        }
        return offices.stream().map(g -> g.substring(0, g.length() - OFFICE_SUFFIX.length()))
                .map(directory::findByCode).flatMap(Optional::stream).findFirst();
    }
}
