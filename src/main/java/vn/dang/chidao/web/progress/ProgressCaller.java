package vn.dang.chidao.web.progress;

import java.util.List;

/** The authenticated user of a request and the groups the engine knows them in (read fresh, not cached). */
record ProgressCaller(String userId, List<String> groupIds) {
}
