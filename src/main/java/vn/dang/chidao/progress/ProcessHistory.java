package vn.dang.chidao.progress;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** What the engine remembers of a process instance tree; the engine adapter answers it. */
public interface ProcessHistory {

    /**
     * Completed user tasks of the instance and of the instances it called, leaving out the subtrees of
     * {@code excluded} (the units' own instances when the directive's steps are asked for).
     */
    List<CompletedStep> completedSteps(String processInstanceId, Set<String> excluded);

    /** Comments written on the tasks of those instances. */
    List<Comment> comments(Collection<String> processInstanceIds);

    /** Full names ("Nguyễn Văn Thắng") of the users known; unknown ids are left out. */
    Map<String, String> fullNames(Collection<String> userIds);

    record CompletedStep(String processInstanceId, String taskName, String userId, Instant startedAt,
                         Instant completedAt) {
    }

    record Comment(String processInstanceId, String userId, Instant at, String text) {
    }
}
