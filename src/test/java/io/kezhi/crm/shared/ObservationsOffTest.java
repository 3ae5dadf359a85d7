package io.kezhi.crm.shared;

import static org.assertj.core.api.Assertions.assertThat;

import io.kezhi.crm.testsupport.ApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.ApplicationContext;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.web.filter.ServerHttpObservationFilter;

/**
 * Nothing observes every request for metrics or traces that are exported nowhere: with a real
 * observation registry (as in production; tests run with a no-op one) Spring Security would wrap every
 * filter of its chain and Spring MVC would time every request, together ~6 % of the application's CPU
 * samples under the benchmark's mixed load.
 */
class ObservationsOffTest extends ApiTest {

    @Autowired
    private SecurityObservationSettings securityObservations;

    @Autowired
    private ApplicationContext context;

    @Test
    void securityObservesNoRequestAuthenticationOrAuthorization() {
        assertThat(securityObservations.shouldObserveRequests()).isFalse();
        assertThat(securityObservations.shouldObserveAuthentications()).isFalse();
        assertThat(securityObservations.shouldObserveAuthorizations()).isFalse();
    }

    @Test
    void noFilterTimesEveryRequest() {
        assertThat(context.getBeansOfType(FilterRegistrationBean.class).values())
                .extracting(FilterRegistrationBean::getFilter)
                .noneMatch(ServerHttpObservationFilter.class::isInstance);
        assertThat(context.getBeanNamesForType(ServerHttpObservationFilter.class)).isEmpty();
    }
}
