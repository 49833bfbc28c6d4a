package vn.dang.chidao.web;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.camunda.bpm.engine.authorization.Groups;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import vn.dang.chidao.directive.ActionNotAllowedException;
import vn.dang.chidao.directive.Directive;
import vn.dang.chidao.directive.DirectiveService;
import vn.dang.chidao.directory.Actor;
import vn.dang.chidao.directory.Unit;
import vn.dang.chidao.directory.UnitDirectory;
import vn.dang.chidao.document.DirectiveDocuments;
import vn.dang.chidao.document.DirectiveDocuments.Format;
import vn.dang.chidao.document.DirectiveDocuments.StoredDocument;
import vn.dang.chidao.document.DraftNotAvailableException;
import vn.dang.chidao.process.identity.IdentitySetup;

/**
 * The issued document, for the people of the issuing body, of its recipient units and managers:
 * {@code GET /api/directives/{id}/document.pdf} and {@code .docx}; the draft, for its reviewers:
 * {@code GET /api/directives/{id}/draft.pdf} and {@code .docx}.
 */
@RestController
public class DocumentController {

    private final DirectiveDocuments documents;
    private final DirectiveService directives;
    private final UnitDirectory directory;
    private final WebCaller callers;

    public DocumentController(DirectiveDocuments documents, DirectiveService directives, UnitDirectory directory,
                              WebCaller callers) {
        this.documents = documents;
        this.directives = directives;
        this.directory = directory;
        this.callers = callers;
    }

    @GetMapping("/api/directives/{id}/document.{format}")
    public ResponseEntity<byte[]> download(@PathVariable long id, @PathVariable String format,
                                           HttpServletRequest request) {
        var caller = callers.resolve(request).orElseThrow(ApiError::unauthenticated);
        Format wanted = format(format);
        Directive directive;
        try {
            directive = directives.get(id);
        } catch (org.springframework.dao.EmptyResultDataAccessException e) {
            throw new ApiError(HttpStatus.NOT_FOUND, "Không tìm thấy văn bản.");
        }
        if (!caller.memberOfAny(readers(directive))) {
            throw ApiError.forbidden();
        }
        StoredDocument doc = documents.find(id, wanted)
                .orElseThrow(() -> new ApiError(HttpStatus.NOT_FOUND, "Văn bản chưa được cấp số, chưa có bản phát hành."));
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(wanted.mediaType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(doc.fileName(), StandardCharsets.UTF_8).build().toString())
                .body(doc.content());
    }

    /**
     * The draft as it will be issued, marked "DỰ THẢO" and without number, for the format check and the signer:
     * the PDF opens in the browser, the DOCX downloads. Rendered from the draft as stored now, never cached.
     */
    @GetMapping("/api/directives/{id}/draft.{format}")
    public ResponseEntity<byte[]> draft(@PathVariable long id, @PathVariable String format,
                                        HttpServletRequest request) {
        var caller = callers.resolve(request).orElseThrow(ApiError::unauthenticated);
        Format wanted = format(format);
        StoredDocument doc;
        try {
            doc = documents.draft(id, wanted, new Actor(caller.userId(), new HashSet<>(caller.groupIds())));
        } catch (org.springframework.dao.EmptyResultDataAccessException e) {
            throw new ApiError(HttpStatus.NOT_FOUND, "Không tìm thấy văn bản.");
        } catch (ActionNotAllowedException e) {
            throw new ApiError(HttpStatus.FORBIDDEN, e.getMessage());
        } catch (DraftNotAvailableException e) {
            throw new ApiError(HttpStatus.CONFLICT, e.getMessage());
        }
        ContentDisposition disposition = (wanted == Format.PDF ? ContentDisposition.inline()
                : ContentDisposition.attachment()).filename(doc.fileName()).build();
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(wanted.mediaType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
                .cacheControl(CacheControl.noStore())
                .body(doc.content());
    }

    private static Format format(String format) {
        return switch (format.toLowerCase()) {
            case "pdf" -> Format.PDF;
            case "docx" -> Format.DOCX;
            default -> throw new ApiError(HttpStatus.NOT_FOUND, "Chỉ có bản PDF hoặc DOCX.");
        };
    }

    /** The issuing body's role groups, every Kính gửi unit, managers and administrators. */
    private List<String> readers(Directive directive) {
        Unit issuer = directory.get(directive.issuerId());
        List<String> groups = new ArrayList<>(List.of(issuer.officeGroup(), issuer.officeHeadGroup(),
                issuer.signerGroup(), issuer.registryGroup(), IdentitySetup.MANAGER_GROUP, Groups.CAMUNDA_ADMIN));
        groups.addAll(directives.recipientUnitCodes(directive.id()));
        return groups;
    }
}
