package db.migration;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Binds the process instances that were running before bindings existed (V8), from the variables they were started
 * with, so an upgraded installation carries on: who asked for each directive (its drafter), which parent recipient
 * a unit's own directive answers, which recipient and assignment each recurring round works for. On a new database
 * there is nothing to bind (before EngineSchema the engine's tables did not even exist yet when this ran).
 */
public class V9__BindRunningInstances extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        if (!tableExists(connection, "ACT_RU_EXECUTION")) {
            return;
        }
        try (Statement st = connection.createStatement()) {
            st.executeUpdate("insert into directive_request (process_instance_id, requested_by, parent_recipient_id) "
                    + "select e.ID_, "
                    + "(select v.TEXT_ from ACT_RU_VARIABLE v where v.EXECUTION_ID_ = e.ID_ and v.NAME_ = 'initiator'), "
                    + "(select v.LONG_ from ACT_RU_VARIABLE v where v.EXECUTION_ID_ = e.ID_ "
                    + "and v.NAME_ = 'parentRecipientId') "
                    + "from ACT_RU_EXECUTION e join ACT_RE_PROCDEF p on p.ID_ = e.PROC_DEF_ID_ "
                    + "where e.ID_ = e.PROC_INST_ID_ and p.KEY_ in ('cong-van', 'ke-hoach', 'huong-dan') "
                    + "and not exists (select 1 from directive_request r where r.process_instance_id = e.ID_)");
            st.executeUpdate("insert into recurring_work (process_instance_id, recipient_id, assignment_id) "
                    + "select e.ID_, "
                    + "(select v.LONG_ from ACT_RU_VARIABLE v where v.EXECUTION_ID_ = e.ID_ and v.NAME_ = 'recipientId'), "
                    + "(select v.LONG_ from ACT_RU_VARIABLE v where v.EXECUTION_ID_ = e.ID_ and v.NAME_ = 'assignmentId') "
                    + "from ACT_RU_EXECUTION e join ACT_RE_PROCDEF p on p.ID_ = e.PROC_DEF_ID_ "
                    + "where e.ID_ = e.PROC_INST_ID_ and p.KEY_ = 'periodic-assignment' "
                    + "and not exists (select 1 from recurring_work w where w.process_instance_id = e.ID_)");
        }
    }

    private static boolean tableExists(Connection connection, String name) throws SQLException {
        DatabaseMetaData meta = connection.getMetaData();
        for (String candidate : new String[] {name, name.toLowerCase()}) {
            try (ResultSet rs = meta.getTables(null, null, candidate, new String[] {"TABLE"})) {
                if (rs.next()) {
                    return true;
                }
            }
        }
        return false;
    }
}
