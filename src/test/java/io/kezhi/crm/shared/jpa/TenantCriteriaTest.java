package io.kezhi.crm.shared.jpa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kezhi.crm.testsupport.ApiTest;
import io.kezhi.crm.testsupport.TestCompany;
import io.kezhi.crm.testsupport.memo.Memo;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Root;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;
import org.hibernate.Filter;
import org.hibernate.Session;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.query.spi.QueryInterpretationCache;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Queries run through {@link TenantCriteria}: translated once per shape, each company's rows only. */
class TenantCriteriaTest extends ApiTest {

    @Autowired
    private TenantCriteria criteria;

    @Autowired
    private EntityManagerFactory emf;

    @PersistenceContext
    private EntityManager em;

    private TestCompany a;
    private TestCompany b;

    @BeforeEach
    void twoCompaniesWithAMemoEach() throws Exception {
        a = fixtures.company();
        b = fixtures.company();
        post(a.admin(), "/api/v1/test/memos", Map.of("title", "A 的备忘")).expect(200);
        post(b.admin(), "/api/v1/test/memos", Map.of("title", "B 的备忘")).expect(200);
    }

    @Test
    void eachCompanyReadsOnlyItsOwnRowsThroughTheSharedPlan() {
        for (int i = 0; i < 2; i++) {
            assertThat(a.inTransaction(this::titles)).containsExactly("A 的备忘");
            assertThat(b.inTransaction(this::titles)).containsExactly("B 的备忘");
        }
    }

    @Test
    void aShapeOfQueryIsTranslatedOnceAndTheFilterIsBackAfterwards() {
        QueryInterpretationCache plans = emf.unwrap(SessionFactoryImplementor.class).getQueryEngine()
                .getInterpretationCache();
        // a shape of query no other test runs: a list of 37 ids
        List<Long> ids = LongStream.rangeClosed(1, 37).boxed().toList();
        int before = plans.getNumberOfCachedQueryPlans();
        a.inTransaction(() -> titlesAmong(ids));
        assertThat(plans.getNumberOfCachedQueryPlans()).isEqualTo(before + 1);
        b.inTransaction(() -> titlesAmong(ids));
        assertThat(plans.getNumberOfCachedQueryPlans()).isEqualTo(before + 1);
        assertThat(a.inTransaction(() -> tenantFilter().getParameterValue(TenantCriteria.TENANT_PARAMETER)))
                .isEqualTo(a.id());
    }

    @Test
    void theFilterIsBackWhenTheQueryFails() {
        Object filtered = a.inTransaction(() -> {
            assertThatThrownBy(() -> criteria.list(memos(), q -> {
                throw new IllegalStateException("refused");
            })).hasMessage("refused");
            return tenantFilter().getParameterValue(TenantCriteria.TENANT_PARAMETER);
        });
        assertThat(filtered).isEqualTo(a.id());
    }

    private List<String> titles() {
        return criteria.list(memos(), q -> { }).stream().map(Memo::getTitle).toList();
    }

    private List<String> titlesAmong(List<Long> ids) {
        CriteriaQuery<Memo> cq = memos();
        cq.where(cq.getRoots().iterator().next().get("id").in(ids));
        return criteria.list(cq, q -> { }).stream().map(Memo::getTitle).toList();
    }

    private CriteriaQuery<Memo> memos() {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Memo> cq = cb.createQuery(Memo.class);
        Root<Memo> root = cq.from(Memo.class);
        return cq.orderBy(cb.asc(root.get("id")));
    }

    private Filter tenantFilter() {
        return em.unwrap(Session.class).getEnabledFilter(TenantCriteria.TENANT_FILTER);
    }
}
