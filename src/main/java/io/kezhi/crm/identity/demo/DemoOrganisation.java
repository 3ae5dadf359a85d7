package io.kezhi.crm.identity.demo;

import io.kezhi.crm.identity.DataScope;
import io.kezhi.crm.identity.DemoCompanyReady;
import io.kezhi.crm.identity.DemoRoleGrants;
import io.kezhi.crm.identity.Operation;
import io.kezhi.crm.identity.company.CompanySetup;
import io.kezhi.crm.identity.company.NewCompany;
import io.kezhi.crm.identity.department.DepartmentRequests;
import io.kezhi.crm.identity.department.DepartmentService;
import io.kezhi.crm.identity.login.KezhiPrincipal;
import io.kezhi.crm.identity.role.RoleRequests;
import io.kezhi.crm.identity.role.RoleService;
import io.kezhi.crm.identity.role.RoleView;
import io.kezhi.crm.identity.user.UserRequests;
import io.kezhi.crm.identity.user.UserService;
import io.kezhi.crm.shared.jpa.TenantJdbc;
import io.kezhi.crm.shared.tenant.TenantContext;
import io.kezhi.crm.shared.web.ListQuery;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The demo company of seed 002, 天意华广告有限公司: a headquarters with national marketing and
 * national sales, branches and offices, the roles the seed names (general manager, marketing
 * director, branch sales director, sales rep, sales assistant) and people in each.
 */
@Component
public class DemoOrganisation {

    public static final String COMPANY_CODE = "tianyihua";
    public static final String PASSWORD = "Kezhi2026";

    /** A demo login: user name, name, role and department, as printed at start-up. */
    public record Login(String username, String displayName, String role, String department) {
    }

    private record Person(String username, String name, String role, String department, String superior) {
    }

    /** The people of the demo company; superiors come before their subordinates. */
    private static final List<Person> PEOPLE = List.of(
            new Person("wangjianguo", "王建国", "总经理", "总经理办公室", null),
            new Person("limin", "李敏", "全国市场总监", "全国市场部", "wangjianguo"),
            new Person("zhaoqiang", "赵强", "销售总监", "北京分公司", "wangjianguo"),
            new Person("wufang", "吴芳", "销售助理", "北京分公司", "zhaoqiang"),
            new Person("sunli", "孙丽", "销售代表", "北京销售一部", "zhaoqiang"),
            new Person("zhouxin", "周鑫", "销售代表", "北京销售一部", "zhaoqiang"),
            new Person("qianyu", "钱宇", "销售代表", "北京销售二部", "zhaoqiang"),
            new Person("chenjie", "陈杰", "销售总监", "上海分公司", "wangjianguo"),
            new Person("zhengting", "郑婷", "销售助理", "上海分公司", "chenjie"),
            new Person("fengyu", "冯雨", "销售代表", "南京办事处", "chenjie"),
            new Person("jiangtao", "蒋涛", "销售代表", "杭州办事处", "chenjie"),
            new Person("huangwei", "黄伟", "销售总监", "广州分公司", "wangjianguo"),
            new Person("linna", "林娜", "销售代表", "广州分公司", "huangwei"),
            new Person("xuhao", "许浩", "销售总监", "深圳分公司", "wangjianguo"),
            new Person("hexue", "何雪", "销售代表", "深圳分公司", "xuhao"));

    /** Every demo login, the administrator first. */
    public static final List<Login> LOGINS = java.util.stream.Stream.concat(
            java.util.stream.Stream.of(new Login("admin", "系统管理员", "系统管理员", "天意华广告有限公司")),
            PEOPLE.stream().map(p -> new Login(p.username(), p.name(), p.role(), p.department()))).toList();

    private final CompanySetup setup;
    private final DepartmentService departments;
    private final RoleService roles;
    private final UserService users;
    private final List<DemoRoleGrants> moduleGrants;
    private final TenantJdbc jdbc;
    private final ApplicationEventPublisher events;

    DemoOrganisation(CompanySetup setup, DepartmentService departments, RoleService roles, UserService users,
            List<DemoRoleGrants> moduleGrants, TenantJdbc jdbc, ApplicationEventPublisher events) {
        this.setup = setup;
        this.departments = departments;
        this.roles = roles;
        this.users = users;
        this.moduleGrants = moduleGrants;
        this.jdbc = jdbc;
        this.events = events;
    }

    /** Creates the company and returns its logins; the caller checks it does not exist yet. */
    public List<Login> create() {
        CompanySetup.CreatedCompany created = setup.create(new NewCompany(COMPANY_CODE, "天意华广告有限公司", "Asia/Shanghai",
                "admin", "系统管理员", PASSWORD));
        return TenantContext.callAs(created.companyId(), () -> as("admin", () -> build(created)));
    }

    /**
     * Brings an existing demo company up to date with the modules (grants their demo roles lack) and
     * lets every module add its demo records ({@link DemoCompanyReady}).
     */
    public void ready(long companyId) {
        TenantContext.runAs(companyId, () -> as("admin", () -> {
            addMissingModuleGrants();
            Map<String, Long> userIds = new LinkedHashMap<>();
            jdbc.sql("SELECT username, id FROM app_user WHERE tenant_id = :tenantId AND deleted_at IS NULL")
                    .query((rs, i) -> userIds.put(rs.getString(1), rs.getLong(2))).list();
            Map<String, Long> departmentIds = new LinkedHashMap<>();
            jdbc.sql("SELECT name, id FROM department WHERE tenant_id = :tenantId AND deleted_at IS NULL")
                    .query((rs, i) -> departmentIds.put(rs.getString(1), rs.getLong(2))).list();
            events.publishEvent(new DemoCompanyReady(companyId, Map.copyOf(userIds), Map.copyOf(departmentIds),
                    new DemoCompanyReady.Actors() {
                        @Override
                        public <T> T as(String username, Supplier<T> work) {
                            return DemoOrganisation.this.as(username, work);
                        }
                    }));
            return null;
        }));
    }

    /** Runs work in the current company signed in as a demo user. */
    private <T> T as(String username, Supplier<T> work) {
        record Row(long id, String displayName) {
        }
        Row user = jdbc.sql("SELECT id, display_name FROM app_user WHERE tenant_id = :tenantId AND username = :u",
                Map.of("u", username)).query(Row.class).single();
        KezhiPrincipal principal = new KezhiPrincipal(user.id(), TenantContext.require(), username,
                user.displayName(), false);
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null, List.of()));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    private void addMissingModuleGrants() {
        for (RoleView role : roles.list(null, ListQuery.of(1, ListQuery.MAX_SIZE, null, false, Map.of(), null))
                .items()) {
            List<RoleView.Grant> wanted = grantsOf(role.name());
            if (role.builtin() || role.permissions().containsAll(wanted)) {
                continue;
            }
            List<RoleView.Grant> all = new ArrayList<>(role.permissions());
            wanted.stream().filter(g -> role.permissions().stream().noneMatch(
                    p -> p.module().equals(g.module()) && p.operation() == g.operation())).forEach(all::add);
            roles.update(role.id(), new RoleRequests.SaveRole(role.name(), role.description(), all,
                    role.fieldPolicies(), role.version()), role.version());
        }
    }

    /** The grants the modules declare for a demo role. */
    private List<RoleView.Grant> grantsOf(String roleName) {
        return moduleGrants.stream().flatMap(g -> g.grants().stream()).filter(g -> g.roleName().equals(roleName))
                .map(g -> new RoleView.Grant(g.module(), g.operation(), g.scope())).toList();
    }

    private List<Login> build(CompanySetup.CreatedCompany created) {
        long root = created.rootDepartmentId();
        long gmOffice = department(root, "总经理办公室", 10);
        long marketing = department(root, "全国市场部", 20);
        long sales = department(root, "全国销售中心", 30);
        long beijing = department(sales, "北京分公司（杂志销售中心）", 10);
        long beijing1 = department(beijing, "北京销售一部", 10);
        long beijing2 = department(beijing, "北京销售二部", 20);
        long shanghai = department(sales, "上海分公司", 20);
        long nanjing = department(shanghai, "南京办事处", 10);
        long hangzhou = department(shanghai, "杭州办事处", 20);
        long guangzhou = department(sales, "广州分公司", 30);
        long shenzhen = department(sales, "深圳分公司", 40);

        long gm = role("总经理", "管理指导公司各部门的业务工作；查看全部组织与登录情况",
                grants(DataScope.ALL, "user", Operation.VIEW, Operation.EXPORT, "department", Operation.VIEW,
                        "loginlog", Operation.VIEW), List.of("role", "company"));
        long marketingDirector = role("全国市场总监", "浏览各类信息，把握销售进展与业绩完成情况",
                grants(DataScope.ALL, "user", Operation.VIEW, "department", Operation.VIEW), List.of());
        long salesDirector = role("销售总监", "管理本部门（含下属部门）的销售业务和业务员的工作",
                grants(DataScope.DEPARTMENT_TREE, "user", Operation.VIEW, "user", Operation.EDIT, "department",
                        Operation.VIEW, "loginlog", Operation.VIEW), List.of());
        long rep = role("销售代表", "在角色范围内管理自己的客户与销售机会",
                grants(DataScope.DEPARTMENT, "user", Operation.VIEW, "department", Operation.VIEW), List.of());
        long assistant = role("销售助理", "订单统一录入，处理交付与应收款，通知业务员催款",
                grants(DataScope.DEPARTMENT_TREE, "user", Operation.VIEW, "department", Operation.VIEW), List.of());

        Map<String, Long> departmentIds = Map.ofEntries(Map.entry("总经理办公室", gmOffice),
                Map.entry("全国市场部", marketing), Map.entry("北京分公司", beijing), Map.entry("北京销售一部", beijing1),
                Map.entry("北京销售二部", beijing2), Map.entry("上海分公司", shanghai), Map.entry("南京办事处", nanjing),
                Map.entry("杭州办事处", hangzhou), Map.entry("广州分公司", guangzhou), Map.entry("深圳分公司", shenzhen));
        Map<String, Long> roleIds = Map.of("总经理", gm, "全国市场总监", marketingDirector, "销售总监", salesDirector,
                "销售代表", rep, "销售助理", assistant);
        Map<String, Long> userIds = new LinkedHashMap<>();
        for (Person person : PEOPLE) {
            long id = users.create(new UserRequests.CreateUser(person.username(), person.name(), PASSWORD,
                    person.username() + "@tianyihua.example", null, person.role(),
                    departmentIds.get(person.department()),
                    person.superior() == null ? null : userIds.get(person.superior()),
                    Set.of(roleIds.get(person.role())), "zh-CN")).id();
            userIds.put(person.username(), id);
        }
        return LOGINS;
    }

    private long department(long parent, String name, int order) {
        return departments.create(new DepartmentRequests.CreateDepartment(parent, name, order)).id();
    }

    private long role(String name, String description, List<RoleView.Grant> grants, List<String> viewOnlyModules) {
        List<RoleView.Grant> all = new ArrayList<>(grants);
        all.addAll(grantsOf(name));
        viewOnlyModules.forEach(module -> all.add(new RoleView.Grant(module, Operation.VIEW, DataScope.ALL)));
        return roles.create(new RoleRequests.SaveRole(name, description, all, List.of(), null)).id();
    }

    /** Pairs of module and operation, all with the same scope. */
    private static List<RoleView.Grant> grants(DataScope scope, Object... moduleOperationPairs) {
        List<RoleView.Grant> grants = new ArrayList<>();
        String module = null;
        for (Object item : moduleOperationPairs) {
            if (item instanceof String m) {
                module = m;
            } else {
                grants.add(new RoleView.Grant(module, (Operation) item, scope));
            }
        }
        return grants;
    }
}
