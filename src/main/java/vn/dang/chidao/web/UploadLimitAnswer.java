package vn.dang.chidao.web;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

import vn.dang.chidao.administration.workbook.DirectoryWorkbook;
import vn.dang.chidao.importing.TextExtractor;

/**
 * An upload over spring.servlet.multipart's limits fails before any controller is chosen, so this advice is not
 * limited to the web package's controllers as {@link ApiErrorHandler} is: 413 with the Vietnamese message.
 */
@RestControllerAdvice
class UploadLimitAnswer {

    private static final Logger log = LoggerFactory.getLogger(UploadLimitAnswer.class);

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<Map<String, String>> tooLarge(MaxUploadSizeExceededException e, HttpServletRequest request) {
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/admin/directory")) {
            // the directory workbook's import (web/admin/DirectoryWorkbookController), same limit
            log.warn("Directory workbook refused: over the {} MB limit", DirectoryWorkbook.MAX_MEGABYTES);
            return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE).body(Map.of("message",
                    "Tệp quá lớn: sổ tính danh mục chỉ nhận đến " + DirectoryWorkbook.MAX_MEGABYTES + " MB."));
        }
        log.warn("Upload refused: over the {} MB limit", TextExtractor.MAX_MEGABYTES);
        return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE).body(Map.of("message",
                "Tệp quá lớn: chỉ nhận văn bản đến " + TextExtractor.MAX_MEGABYTES + " MB."));
    }
}
