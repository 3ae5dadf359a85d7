package io.kezhi.crm.platform.view;

import static org.assertj.core.api.Assertions.assertThat;

import io.kezhi.crm.customer.CustomerApiTest;
import io.kezhi.crm.identity.login.KezhiPrincipal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Saved views of the customer list: owner-only changes, visibility, pins and their order, validation. */
class SavedViewTest extends CustomerApiTest {

    private static final String VIEWS = "/api/v1/saved-views";

    @Test
    void onlyTheOwnerRenamesAndDeletesAView() throws Exception {
        Sales s = sales();
        Map<String, Object> filters = new LinkedHashMap<>();
        filters.put("valueClass", List.of("KEY", "MAJOR"));
        filters.put("staleDays", 30);
        filters.put("q", "科技");
        JsonNode created = post(s.rep1(), VIEWS, view("重点客户", filters, List.of("name", "phone"), "points,desc",
                "DEPARTMENT")).expect(201).body();
        long id = created.get("id").asLong();
        assertThat(created.get("filters").get("valueClass").get(1).asString()).isEqualTo("MAJOR");
        assertThat(created.get("filters").get("staleDays").asInt()).isEqualTo(30);
        assertThat(created.get("columns").get(1).asString()).isEqualTo("phone");
        assertThat(created.get("sort").asString()).isEqualTo("points,desc");
        assertThat(created.get("mine").asBoolean()).isTrue();

        Map<String, Object> renamed = view("重点客户（新）", filters, List.of("name"), null, "DEPARTMENT");
        assertThat(put(s.rep2(), VIEWS + "/" + id, renamed, created.get("version").asLong()).status()).isEqualTo(404);
        assertThat(delete(s.rep2(), VIEWS + "/" + id).status()).isEqualTo(404);
        assertThat(delete(s.director(), VIEWS + "/" + id).status()).isEqualTo(404);
        JsonNode seenByRep2 = find(s.rep2(), id);
        assertThat(seenByRep2.get("name").asString()).isEqualTo("重点客户");
        assertThat(seenByRep2.get("mine").asBoolean()).isFalse();

        put(s.rep1(), VIEWS + "/" + id, renamed, created.get("version").asLong()).expect(200);
        assertThat(put(s.rep1(), VIEWS + "/" + id, renamed, created.get("version").asLong()).status())
                .as("stale version").isEqualTo(409);
        assertThat(find(s.rep1(), id).get("name").asString()).isEqualTo("重点客户（新）");
        delete(s.rep1(), VIEWS + "/" + id).expect(204);
        assertThat(names(s.rep1())).isEmpty();
        assertThat(names(s.rep2())).isEmpty();
    }

    @Test
    void visibilityDecidesWhoSeesAView() throws Exception {
        Sales s = sales();
        post(s.rep1(), VIEWS, view("私人", Map.of(), null, null, "PRIVATE")).expect(201);
        post(s.rep1(), VIEWS, view("部门", Map.of(), null, null, "DEPARTMENT")).expect(201);
        post(s.rep1(), VIEWS, view("全公司", Map.of(), null, null, "COMPANY")).expect(201);
        post(s.rep3(), VIEWS, view("二部私人", Map.of(), null, null, "PRIVATE")).expect(201);

        assertThat(names(s.rep1())).containsExactlyInAnyOrder("私人", "部门", "全公司");
        assertThat(names(s.rep2())).containsExactlyInAnyOrder("部门", "全公司");
        assertThat(names(s.rep3())).containsExactlyInAnyOrder("全公司", "二部私人");
        assertThat(names(s.director())).containsExactlyInAnyOrder("全公司");
        assertThat(names(s.outsider())).containsExactlyInAnyOrder("全公司");
        assertThat(names(fixtures.company().admin())).isEmpty();
    }

    @Test
    void pinsKeepTheirOrder() throws Exception {
        Sales s = sales();
        long a = post(s.rep1(), VIEWS, view("va", Map.of(), null, null, "PRIVATE")).expect(201).id();
        long b = post(s.rep1(), VIEWS, view("vb", Map.of(), null, null, "PRIVATE")).expect(201).id();
        long c = post(s.rep1(), VIEWS, view("vc", Map.of(), null, null, "PRIVATE")).expect(201).id();
        long d = post(s.rep1(), VIEWS, view("v0", Map.of(), null, null, "PRIVATE")).expect(201).id();
        for (long id : List.of(a, b, c)) {
            post(s.rep1(), VIEWS + "/" + id + "/pin", Map.of()).expect(204);
        }
        post(s.rep1(), VIEWS + "/" + a + "/pin", Map.of()).expect(204);
        assertThat(pinned(s.rep1())).as("pinning twice changes nothing").containsExactly(a, b, c);

        put(s.rep1(), VIEWS + "/pinned/order", Map.of("ids", List.of(c, a, b)), 0).expect(204);
        assertThat(pinned(s.rep1())).containsExactly(c, a, b);
        delete(s.rep1(), VIEWS + "/" + a + "/pin").expect(204);
        assertThat(pinned(s.rep1())).containsExactly(c, b);
        post(s.rep1(), VIEWS + "/" + d + "/pin", Map.of()).expect(204);
        assertThat(pinned(s.rep1())).as("a new pin goes last").containsExactly(c, b, d);

        assertThat(put(s.rep1(), VIEWS + "/pinned/order", Map.of("ids", List.of(c, b)), 0).errorFields())
                .containsExactly("ids");
        assertThat(put(s.rep1(), VIEWS + "/pinned/order", Map.of("ids", List.of(c, b, a)), 0).errorFields())
                .containsExactly("ids");
        assertThat(pinned(s.rep1())).containsExactly(c, b, d);
    }

    @Test
    void othersPinSharedViewsButLoseThemWhenTheyAreDeletedOrMadePrivate() throws Exception {
        Sales s = sales();
        JsonNode shared = post(s.rep1(), VIEWS, view("共享", Map.of(), null, null, "COMPANY")).expect(201).body();
        long sharedId = shared.get("id").asLong();
        long other = post(s.rep1(), VIEWS, view("另一个", Map.of(), null, null, "COMPANY")).expect(201).id();
        long own = post(s.rep2(), VIEWS, view("自己的", Map.of(), null, null, "PRIVATE")).expect(201).id();
        long privateOne = post(s.rep1(), VIEWS, view("私人", Map.of(), null, null, "PRIVATE")).expect(201).id();

        assertThat(post(s.rep2(), VIEWS + "/" + privateOne + "/pin", Map.of()).status()).isEqualTo(404);
        post(s.rep2(), VIEWS + "/" + sharedId + "/pin", Map.of()).expect(204);
        post(s.rep2(), VIEWS + "/" + own + "/pin", Map.of()).expect(204);
        post(s.rep2(), VIEWS + "/" + other + "/pin", Map.of()).expect(204);
        assertThat(pinned(s.rep2())).containsExactly(sharedId, own, other);
        assertThat(pinned(s.rep1())).as("pins are per user").isEmpty();

        put(s.rep1(), VIEWS + "/" + sharedId, view("共享", Map.of(), null, null, "PRIVATE"),
                shared.get("version").asLong()).expect(200);
        assertThat(pinned(s.rep2())).containsExactly(own, other);
        put(s.rep2(), VIEWS + "/pinned/order", Map.of("ids", List.of(other, own)), 0).expect(204);
        assertThat(pinned(s.rep2())).containsExactly(other, own);

        delete(s.rep1(), VIEWS + "/" + other).expect(204);
        assertThat(pinned(s.rep2())).containsExactly(own);
    }

    @Test
    void unknownListsFiltersColumnsAndSortsAreNamed() throws Exception {
        Sales s = sales();
        Response bad = post(s.rep1(), VIEWS, view("坏视图", Map.of("shoeSize", 42, "q", Map.of("nested", true)),
                List.of("name", "secretColumn"), "remark,asc", "PRIVATE"));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.errorFields()).containsExactlyInAnyOrder("filters.shoeSize", "filters.q", "columns", "sort");
        Map<String, Object> unknownList = view("坏视图", Map.of(), null, null, "PRIVATE");
        unknownList.put("list", "spaceships");
        assertThat(post(s.rep1(), VIEWS, unknownList).errorFields()).containsExactly("list");
        assertThat(get(s.rep1(), VIEWS + "?list=spaceships").errorFields()).containsExactly("list");
        assertThat(post(s.rep1(), VIEWS, view(" ", Map.of(), null, null, "PRIVATE")).errorFields())
                .containsExactly("name");
        assertThat(post(s.rep1(), VIEWS, view("无可见性", Map.of(), null, null, null)).errorFields())
                .containsExactly("visibility");
        assertThat(names(s.rep1())).isEmpty();

        JsonNode ok = post(s.rep1(), VIEWS, view("好视图", Map.of(), null, "name", "PRIVATE")).expect(201).body();
        Map<String, Object> moved = view("好视图", Map.of(), null, null, "PRIVATE");
        moved.put("list", "contacts");
        assertThat(put(s.rep1(), VIEWS + "/" + ok.get("id").asLong(), moved, ok.get("version").asLong()).status())
                .isEqualTo(400);
    }

    private static Map<String, Object> view(String name, Map<String, Object> filters, List<String> columns,
            String sort, String visibility) {
        Map<String, Object> body = new HashMap<>();
        body.put("list", "customers");
        body.put("name", name);
        body.put("filters", filters);
        body.put("columns", columns);
        body.put("sort", sort);
        body.put("visibility", visibility);
        return body;
    }

    private List<String> names(KezhiPrincipal as) throws Exception {
        List<String> names = new ArrayList<>();
        get(as, VIEWS + "?list=customers").expect(200).body().forEach(v -> names.add(v.get("name").asString()));
        return names;
    }

    private JsonNode find(KezhiPrincipal as, long id) throws Exception {
        for (JsonNode v : get(as, VIEWS + "?list=customers").expect(200).body()) {
            if (v.get("id").asLong() == id) {
                return v;
            }
        }
        throw new AssertionError("view " + id + " not visible");
    }

    private List<Long> pinned(KezhiPrincipal as) throws Exception {
        return ids(get(as, VIEWS + "/pinned").expect(200).body());
    }
}
