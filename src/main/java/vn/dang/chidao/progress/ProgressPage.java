package vn.dang.chidao.progress;

import java.util.List;

/** One page of the directives the caller may see, newest first; total counts all pages. */
public record ProgressPage(List<DirectiveProgress> items, int total, int page, int size) {
}
