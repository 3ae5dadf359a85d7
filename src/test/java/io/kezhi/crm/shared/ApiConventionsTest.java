package io.kezhi.crm.shared;

import static org.assertj.core.api.Assertions.assertThat;

import io.kezhi.crm.testsupport.ApiTest;
import io.kezhi.crm.testsupport.TestCompany;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/** The conventions every endpoint shares: documented, paged, refusing bad list parameters. */
class ApiConventionsTest extends ApiTest {

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    private RequestMappingHandlerMapping handlerMapping;

    private static final List<String> LISTS = List.of("/api/v1/users", "/api/v1/roles", "/api/v1/login-history",
            "/api/v1/me/login-history", "/api/v1/recycle-bin", "/api/v1/test/memos");

    @Test
    void theApiIsDocumented() throws Exception {
        Response docs = call(null, MockMvcRequestBuilders.get("/v3/api-docs")).expect(200);
        assertThat(docs.body().get("paths").propertyNames()).contains("/api/v1/users", "/api/v1/departments",
                "/api/v1/roles", "/api/v1/auth/login", "/api/v1/history/{type}/{id}", "/api/v1/recycle-bin");
        Response ui = call(null, MockMvcRequestBuilders.get("/swagger-ui.html"));
        assertThat(ui.status()).isEqualTo(302);
        assertThat(ui.raw().getRedirectedUrl()).contains("swagger-ui/index.html");
    }

    /**
     * springdoc names schemas by simple class name and silently merges two types of the same name,
     * so every record the API takes or returns must have a name of its own.
     */
    @Test
    void everyApiTypeHasItsOwnSchemaName() {
        Map<String, Set<Class<?>>> byName = new HashMap<>();
        handlerMapping.getHandlerMethods().values().forEach(method -> {
            collect(method.getMethod().getGenericReturnType(), byName);
            for (java.lang.reflect.Parameter parameter : method.getMethod().getParameters()) {
                if (parameter.isAnnotationPresent(org.springframework.web.bind.annotation.RequestBody.class)) {
                    collect(parameter.getParameterizedType(), byName);
                }
            }
        });
        byName.forEach((name, types) -> assertThat(types).as("schema name %s", name).hasSize(1));
        assertThat(byName).containsKeys("CreateDepartment", "CreateUser", "DirectoryDepartment", "LoginHistoryEntry");
    }

    @Test
    void operationIdsAreStable() throws Exception {
        Response docs = call(null, MockMvcRequestBuilders.get("/v3/api-docs")).expect(200);
        Set<String> ids = new HashSet<>();
        docs.body().get("paths").forEach(path -> path.forEach(operation -> {
            String id = operation.get("operationId").asString();
            assertThat(id).matches("[a-zA-Z]+_[a-zA-Z]+");
            assertThat(ids.add(id)).as("unique %s", id).isTrue();
        }));
        assertThat(ids).contains("user_list", "department_tree", "role_list");
    }

    private static void collect(Type type, Map<String, Set<Class<?>>> byName) {
        if (type instanceof ParameterizedType parameterized) {
            collect(parameterized.getRawType(), byName);
            for (Type argument : parameterized.getActualTypeArguments()) {
                collect(argument, byName);
            }
        } else if (type instanceof Class<?> type1 && type1.isRecord()) {
            if (byName.computeIfAbsent(type1.getSimpleName(), k -> new HashSet<>()).add(type1)) {
                for (RecordComponent component : type1.getRecordComponents()) {
                    collect(component.getGenericType(), byName);
                }
            }
        }
    }

    @Test
    void everyListIsPagedAndRefusesBadParameters() throws Exception {
        TestCompany company = fixtures.company();
        for (String list : LISTS) {
            Response page = get(company.admin(), list + "?page=1&size=200&total=true").expect(200);
            assertThat(page.body().has("items")).as(list).isTrue();
            assertThat(page.body().has("hasMore")).as(list).isTrue();
            assertThat(get(company.admin(), list + "?size=201").errorFields()).as(list).containsExactly("size");
            assertThat(get(company.admin(), list + "?size=0").errorFields()).as(list).containsExactly("size");
            assertThat(get(company.admin(), list + "?page=0").errorFields()).as(list).containsExactly("page");
            assertThat(get(company.admin(), list + "?sort=nonsense,asc").errorFields()).as(list)
                    .containsExactly("sort");
        }
    }

    @Test
    void unauthenticatedCallsGetProblemDetailsNotRedirects() throws Exception {
        for (String list : LISTS) {
            Response anonymous = call(null, MockMvcRequestBuilders.get(list));
            assertThat(anonymous.status()).as(list).isEqualTo(401);
            assertThat(anonymous.body().get("code").asString()).isEqualTo("unauthenticated");
            assertThat(anonymous.raw().getContentType()).startsWith("application/problem+json");
        }
    }
}
