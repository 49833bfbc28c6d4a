package vn.dang.chidao.progress;

import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which directives the caller may see. The engine adapter answers it from the engine's authorizations
 * (READ on the directive's process instance); the business code only asks.
 */
@FunctionalInterface
public interface DirectiveAccess {

    /** The ids of those candidates the caller may read. */
    Set<Long> readable(Collection<DirectiveRef> candidates);

    /** Whether the caller belongs to the unit (its group): a unit may read its own part of a directive. */
    default boolean isMemberOf(String unitCode) {
        return false;
    }

    default boolean canRead(DirectiveRef directive) {
        return readable(Set.of(directive)).contains(directive.id());
    }

    /** Everything (system use and tests). */
    static DirectiveAccess all() {
        return candidates -> candidates.stream().map(DirectiveRef::id).collect(Collectors.toSet());
    }
}
