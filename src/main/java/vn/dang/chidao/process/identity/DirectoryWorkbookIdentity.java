package vn.dang.chidao.process.identity;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

import vn.dang.chidao.administration.workbook.DirectoryIdentity;
import vn.dang.chidao.directory.UnitDirectory;

/** The directory workbook's view of the engine's users and groups. */
@Component
class DirectoryWorkbookIdentity implements DirectoryIdentity {

    /** Ids per user query: well under any database's limit of bound parameters. */
    private static final int CHUNK = 500;

    private final IdentityService identity;
    private final IdentitySetup setup;
    private final UnitDirectory directory;

    DirectoryWorkbookIdentity(IdentityService identity, IdentitySetup setup, UnitDirectory directory) {
        this.identity = identity;
        this.setup = setup;
        this.directory = directory;
    }

    @Override
    public Set<String> existingUsers(Collection<String> userIds) {
        List<String> ids = List.copyOf(new HashSet<>(userIds));
        Set<String> found = new HashSet<>();
        for (int i = 0; i < ids.size(); i += CHUNK) {
            identity.createUserQuery().userIdIn(ids.subList(i, Math.min(ids.size(), i + CHUNK)).toArray(String[]::new))
                    .list().stream().map(User::getId).forEach(found::add);
        }
        return found;
    }

    @Override
    public void unitsChanged(Collection<String> unitCodes) {
        directory.findByCodes(unitCodes).values().forEach(setup::synchronize);
    }
}
