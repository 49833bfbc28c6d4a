package vn.dang.chidao.administration.workbook;

import java.util.Collection;
import java.util.Set;

/** What the workbook needs from the users and groups of the engine (an adapter implements it). */
public interface DirectoryIdentity {

    /** Those of these accounts that exist. */
    Set<String> existingUsers(Collection<String> userIds);

    /** Creates or renames the groups of these units (and the role groups of those that issue), in the caller's transaction. */
    void unitsChanged(Collection<String> unitCodes);
}
