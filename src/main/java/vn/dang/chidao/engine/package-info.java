/**
 * Everything that reaches into Camunda's internals ({@code org.camunda.bpm.engine.impl}), and only that; checked by
 * ArchitectureTest, pinned to the engine release by EngineVersionTest. docs/engine.md has why, switch and tests.
 * <ul>
 * <li>{@link vn.dang.chidao.engine.guard.InputGuard}: command interceptors around CompleteTaskCmd, SubmitTaskFormCmd,
 * ResolveTaskCmd, the start and the variable commands (their fields by reflection); the deployment cache.</li>
 * <li>{@link vn.dang.chidao.engine.GroupAuthorizationChecks}: replaces the AuthorizationManager session
 * (custom session factory); DbSqlSession.</li>
 * <li>{@link vn.dang.chidao.engine.TaskListSort}: a MyBatis interceptor on the engine's SqlSessionFactory
 * (statement selectTaskByQueryCriteria).</li>
 * <li>{@link vn.dang.chidao.engine.CollisionRetry}: a pre-transaction command interceptor (CompleteTaskCmd,
 * SubmitTaskFormCmd, ClaimTaskCmd; Context).</li>
 * <li>{@link vn.dang.chidao.engine.TaskTitles}: a post BPMN parse listener adding a create listener to every user
 * task (UserTaskActivityBehavior, TaskDefinition).</li>
 * <li>{@link vn.dang.chidao.engine.PasswordPolicySetup}: ProcessEngineConfigurationImpl's password policy
 * (DefaultPasswordPolicyImpl).</li>
 * <li>{@link vn.dang.chidao.engine.EngineSchema}: the engine's tables as Flyway migrations (db/engine/{vendor}):
 * Camunda's own create scripts, then the job acquisition indexes on ACT_RU_JOB; reads ACT_GE_SCHEMA_LOG.</li>
 * <li>{@link vn.dang.chidao.engine.rest.EngineRestErrors}: the engine REST API's error bodies (type, message).</li>
 * <li>{@link vn.dang.chidao.engine.EngineClock}: ClockUtil (shared bean, no switch).</li>
 * <li>{@link vn.dang.chidao.engine.CurrentUser}: the Authentication of the IdentityService (no switch).</li>
 * <li>{@link vn.dang.chidao.engine.EngineAdmins}: ProcessEngineConfigurationImpl's admin users and groups
 * (no switch).</li>
 * </ul>
 */
package vn.dang.chidao.engine;
