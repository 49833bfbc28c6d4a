package vn.dang.chidao.progress;

import vn.dang.chidao.directive.DirectiveType;

/** What an access check needs to know about a directive: its type and its type-process instance. */
public record DirectiveRef(long id, DirectiveType type, String processInstanceId) {
}
